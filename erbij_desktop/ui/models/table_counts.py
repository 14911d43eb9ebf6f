"""The tables of the event with how many contributions each has in the current round.

A list model for the capture view's table list: the name ("Tafel 3"), the
host as a tooltip, the count as ``COUNT_ROLE`` and the keyboard shortcut that
selects it (Ctrl+1 … Ctrl+9) as ``SHORTCUT_ROLE``. Counts change one row at a
time as contributions come and go.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 3
HOST_ROLE = Qt.ItemDataRole.UserRole + 4
SHORTCUT_COUNT = 9

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableCountsModel", text)


@dataclass(frozen=True)
class TableEntry:
    id: int | None  # None: contributions without a table
    name: str
    host: str = ""
    count: int = 0


class TableCountsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TableEntry] = []
        self.round_id: int | None = None

    # --- access -------------------------------------------------------------------------------------

    @property
    def entries(self) -> list[TableEntry]:
        return list(self._entries)

    def row_of(self, table_id: int | None) -> int | None:
        for number, entry in enumerate(self._entries):
            if entry.id == table_id:
                return number
        return None

    def entry(self, row: int) -> TableEntry:
        return self._entries[row]

    def total(self) -> int:
        return sum(entry.count for entry in self._entries)

    # --- changing -----------------------------------------------------------------------------------

    def set_tables(self, entries: Iterable[TableEntry], round_id: int | None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.round_id = round_id
        self.endResetModel()

    def set_counts(self, counts: Mapping[int | None, int], round_id: int | None) -> None:
        """New counts for another round; the tables stay."""
        self.round_id = round_id
        for number, entry in enumerate(self._entries):
            self._set(number, counts.get(entry.id, 0))

    def add(self, table_id: int | None, delta: int) -> None:
        number = self.row_of(table_id)
        if number is not None:
            self._set(number, max(0, self._entries[number].count + delta))

    def _set(self, number: int, count: int) -> None:
        if self._entries[number].count == count:
            return
        self._entries[number] = replace(self._entries[number], count=count)
        index = self.index(number, 0)
        self.dataChanged.emit(index, index, [COUNT_ROLE, Qt.ItemDataRole.ToolTipRole])

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if role == ID_ROLE:
            return entry.id
        if role == COUNT_ROLE:
            return entry.count
        if role == HOST_ROLE:
            return entry.host
        if role == SHORTCUT_ROLE:
            return f"Ctrl+{index.row() + 1}" if index.row() < SHORTCUT_COUNT else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.name]
            if entry.host:
                lines.append(_tr("Tafelhost: %1").replace("%1", entry.host))
            lines.append(_count_text(entry.count))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.name}, {_count_text(entry.count)}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _count_text(count: int) -> str:
    if count == 1:
        return _tr("1 bijdrage in deze ronde")
    return _tr("%1 bijdragen in deze ronde").replace("%1", str(count))
