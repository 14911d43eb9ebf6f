"""A table model over a list of domain records, editable in place, optionally reorderable by drag.

Each ``Column`` says how to show a record's value and, if editable, which
domain operation stores a new one. Writes go through ``AutoSave``: a stored
edit emits ``saved`` and refreshes the row; a refused one is emitted as
``refused`` (the view's FieldRow shows the reason under the table) and the
cell keeps the stored value. Check-box columns use ``check``.

With ``move`` given, rows can be dragged to a new place (and moved with
``move_row``, which the up/down buttons use); the domain stores the order.

Records are frozen rows read anew by ``fetch`` (``key`` gives a row's
identity, e.g. its id): ``reload`` after a change elsewhere only repaints when
the same rows are there in the same order, so the selection and an open
editor survive it; otherwise the model resets (the view keeps the current
row by key).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from .binding import AutoSave

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-erbij-row"


@dataclass
class Column(Generic[R]):
    title: str
    get: Callable[[R], Any]
    edit: Callable[[R, Any], object] | None = None
    check: bool = False
    tooltip: Callable[[R], str | None] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    refused = Signal(object)  # ValidationError
    stored = Signal()

    def __init__(
        self,
        autosave: AutoSave,
        columns: Sequence[Column[R]],
        fetch: Callable[[], Sequence[R]],
        move: Callable[[R, int], object] | None = None,
        parent: QObject | None = None,
        key: Callable[[R], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self.columns = list(columns)
        self.fetch = fetch
        self.move = move
        self.key: Callable[[R], object] = key if key is not None else id
        self.rows: list[R] = []

    # --- content --------------------------------------------------------------------------------

    def reload(self) -> None:
        rows = list(self.fetch())
        if [self.key(r) for r in rows] == [self.key(r) for r in self.rows]:
            self.rows = rows
            self.refresh_all()
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def record(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record: object) -> int:
        """The row of a record, or of the record with this key."""
        return next((i for i, r in enumerate(self.rows) if r is record or self.key(r) == record), -1)

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def refresh_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if column.get(record) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
                return column.tooltip(record)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = column.get(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.move else base
        column = self.columns[index.column()]
        if column.edit is not None:
            base |= Qt.ItemFlag.ItemIsUserCheckable if column.check else Qt.ItemFlag.ItemIsEditable
        if self.move is not None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return False
        column = self.columns[index.column()]
        if column.edit is None:
            return False
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or str(value) == str(column.get(record) or ""):
            return False
        edit = column.edit
        error = self.autosave.attempt(lambda: edit(record, value))
        if error is not None:
            self.refused.emit(error)
            return False
        self.reload()  # the stored value, as the domain cleaned it
        self.stored.emit()
        return True

    # --- reordering -----------------------------------------------------------------------------

    def move_row(self, source: int, target: int) -> bool:
        """Move a row to ``target`` (its index after the move); stored at once."""
        record = self.record(source)
        move = self.move
        if record is None or move is None or not 0 <= target < len(self.rows) or target == source:
            return False
        error = self.autosave.attempt(lambda: move(record, target))
        if error is not None:
            self.refused.emit(error)
            return False
        self.reload()  # the stored order; planned times and numbers depend on it
        self.stored.emit()
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction if self.move else Qt.DropAction.IgnoreAction

    def supportedDragActions(self) -> Qt.DropAction:
        return self.supportedDropActions()

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(ROW_MIME, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.move is not None and action == Qt.DropAction.MoveAction and data.hasFormat(ROW_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Dropped between rows (``row``) or onto one (``parent``): move there ourselves.

        Returning False keeps the view from removing the source row afterwards;
        the move is already complete.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(ROW_MIME).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        target = row - 1 if row > source else row
        self.move_row(source, max(0, min(target, len(self.rows) - 1)))
        return False
