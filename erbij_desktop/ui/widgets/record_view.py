"""The table view the prepare editors use for lists, plus a name-completing cell editor.

Keyboard: arrows move, F2 or typing edits the current cell, Enter stores it,
Space ticks a check box, Delete asks to delete the row, Alt+Up / Alt+Down
move the row (where the list has an order). Rows can also be dragged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from .names import NameCompleter
from .record_model import RecordTableModel


class RecordTable(QTableView):
    delete_requested = Signal(int)

    def __init__(self, model: RecordTableModel[Any], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if model.move is not None:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.setDragDropOverwriteMode(False)
            for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda s=step: self.move_current(s))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        self._kept: tuple[object, int] | None = None
        model.modelAboutToBeReset.connect(self._keep_current)
        model.modelReset.connect(self._restore_current)

    def _keep_current(self) -> None:
        """A reload is coming: remember which record (by key) and column were current."""
        model = self.record_model()
        record = model.record(self.current_row())
        index = self.currentIndex()
        self._kept = (model.key(record), index.column()) if record is not None else None

    def _restore_current(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None:
            row = self.record_model().row_of(kept[0])
            if row >= 0:
                self.select_row(row, kept[1])

    def record_model(self) -> RecordTableModel[Any]:
        model = self.model()
        assert isinstance(model, RecordTableModel)
        return model

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int | None = None) -> None:
        model = self.record_model()
        if not 0 <= row < model.rowCount():
            return
        col = self.currentIndex().column() if column is None else column
        self.selectionModel().setCurrentIndex(
            model.index(row, max(col, 0)),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(model.index(row, 0))

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row >= 0 and self.record_model().move_row(row, row + step):
            self.select_row(row + step)

    def _delete_current(self) -> None:
        if self.current_row() >= 0:
            self.delete_requested.emit(self.current_row())

    def viewportEvent(self, event: QEvent) -> bool:
        """A cell too narrow for its text shows it whole as a tooltip (narrow panes elide, never cut)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = elided_text(self, self.indexAt(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


def elided_text(view: QTableView, index: QModelIndex) -> str:
    """The cell's whole text when the view has to elide it, else empty."""
    if not index.isValid():
        return ""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return ""
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    room = view.visualRect(index).width() - margin
    return text if view.fontMetrics().horizontalAdvance(text) > room else ""


class NameDelegate(QStyledItemDelegate):
    """Cell editor with completion from ``names()`` (people or organisations)."""

    def __init__(self, names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        completer = NameCompleter(editor)
        completer.set_names(self.names())
        editor.setCompleter(completer)
        return editor
