"""Table model of the programme clock: planned slot, item, actual start and the difference.

Rows come from the controller's snapshot (no queries while painting); the
row on stage is bold, finished rows are greyed out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from erbij_desktop.domain.programme_clock import ItemState, ItemTimes

from .texts import item_title, kind_label, local_hhmm, signed_minutes, tr

ItemRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ProgrammeClockModel(QAbstractTableModel):
    PLANNED, ITEM, ACTUAL, DIFFERENCE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[ItemTimes, ...] = ()

    def set_items(self, items: tuple[ItemTimes, ...]) -> None:
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def item_at(self, row: int) -> ItemTimes | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int | None) -> int:
        return next((row for row, item in enumerate(self._items) if item.item_id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Gepland"), tr("Onderdeel"), tr("Begonnen"), tr("Verschil"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ITEM:
            return kind_label(item.kind) + (": " + ", ".join(item.people) if item.people else "")
        if role == Qt.ItemDataRole.FontRole and item.state is ItemState.ON_STAGE:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DIFFERENCE and item.start_delay is not None:
                minutes = int(item.start_delay.total_seconds() / 60)
                if minutes > 0:
                    return QBrush(QColor("#b3261e"))
                if minutes < 0:
                    return QBrush(QColor("#1b7a3a"))
            if item.state is ItemState.DONE:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.ITEM:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ItemRole:
            return item.item_id
        return None

    def _text(self, item: ItemTimes, column: int) -> str:
        if column == self.PLANNED:
            start, end = local_hhmm(item.planned_start), local_hhmm(item.planned_end)
            return f"{start}–{end}" if start and end and end != start else start
        if column == self.ITEM:
            marker = "▶ " if item.state is ItemState.ON_STAGE else ""
            return marker + item_title(item)
        if column == self.ACTUAL:
            start, end = local_hhmm(item.actual_start), local_hhmm(item.actual_end)
            return f"{start}–{end}" if end else start
        if item.start_delay is None:
            return ""
        return tr("%1 min").replace("%1", signed_minutes(item.start_delay))
