"""The list of contributions (one table in one round, or search results).

A QTableView styled as a plain list, with one-line rows of a fixed height, so
10,000 rows open and scroll without measuring or even visiting each one (a
QTreeView asks the model about every row on each reset). Keys: F2 edits the cell in place (the text,
or a name with completion), Space or Ctrl+H highlights, Delete deletes,
Alt+Up/Alt+Down moves within the round, Enter on a search result opens it,
Escape returns to the typing field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.ui.models.contributions import ROW_ROLE, Col, ContributionRowsModel
from erbij_desktop.ui.widgets.names import NameCompleter

from .entry import UndoAwareLineEdit

_Index = QModelIndex | QPersistentModelIndex


class _CellDelegate(QStyledItemDelegate):
    """Line editors for text and names; names complete from the known ones."""

    def __init__(self, names: Callable[[Col], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ContributionRowsModel)
        column = model.columns[index.column()]
        editor = UndoAwareLineEdit(parent)
        editor.setObjectName(f"cellEditor{column.name.title()}")
        editor.setFrame(False)
        editor.setMaxLength(1_000_000)
        if column in (Col.PERSON, Col.ORGANISATION):
            completer = NameCompleter(editor)
            completer.set_names(self._names(column))
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: object, index: _Index) -> None:
        if isinstance(editor, QLineEdit) and isinstance(model, ContributionRowsModel):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ContributionList(QTableView):
    highlight_requested = Signal(object)  # ContributionRow
    delete_requested = Signal(object)
    move_requested = Signal(object, int)  # row, -1 up / +1 down
    opened = Signal(object)  # Enter on a row (search results: go there)
    escaped = Signal()

    def __init__(
        self,
        model: ContributionRowsModel,
        names: Callable[[Col], list[str]],
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.rows_model = model
        self.setModel(model)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setItemDelegate(_CellDelegate(names, self))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        for number, column in enumerate(model.columns):
            if column is Col.TEXT:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(number, _WIDTHS.get(column, 120))
        self.setCurrentIndex(QModelIndex())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint from Python, so the whole paint holds the interpreter once.

        Painted straight from C++, every cell's call into the model (its roles, its flags) has to
        take the interpreter's lock anew, and while the room server's thread is busy each of those
        waits its turn: the paint of a full list took several times as long. Entered here, the
        cells' calls run under the hold this call already has (issue 13's load test: event-loop
        lag p99 about 90 ms without this, about 28 ms with it, same run conditions).
        """
        super().paintEvent(event)

    def current_row(self) -> ContributionRow | None:
        index = self.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ContributionRow) else None

    def select_id(self, contribution_id: int, *, column: Col = Col.TEXT) -> bool:
        at = self.rows_model.index_of(contribution_id)
        if at is None:
            return False
        index = self.rows_model.index(at, self.rows_model.column_of(column))
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def select_last(self) -> bool:
        count = self.rows_model.rowCount()
        if not count:
            return False
        index = self.rows_model.index(count - 1, self.rows_model.column_of(Col.TEXT))
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def edit_current(self, column: Col = Col.TEXT) -> bool:
        index = self.currentIndex()
        if not index.isValid():
            return False
        target = index.siblingAtColumn(self.rows_model.column_of(column))
        self.setCurrentIndex(target)
        return bool(
            self.edit(
                target,
                QAbstractItemView.EditTrigger.EditKeyPressed,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        editing = self.state() == QAbstractItemView.State.EditingState
        row = self.current_row()
        if not editing:
            if key == Qt.Key.Key_Escape:
                self.escaped.emit()
                return
            if row is not None and not modifiers:
                if key == Qt.Key.Key_Space:
                    self.highlight_requested.emit(row)
                    return
                if key == Qt.Key.Key_Delete:
                    self.delete_requested.emit(row)
                    return
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.opened.emit(row)
                    return
            alt = modifiers == Qt.KeyboardModifier.AltModifier
            if row is not None and alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(row, -1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)


_WIDTHS = {
    Col.ROUND: 150,
    Col.TABLE: 90,
    Col.TIME: 76,
    Col.PERSON: 150,
    Col.ORGANISATION: 170,
}
