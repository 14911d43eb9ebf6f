"""The tables as the room's capture server sees them: a table model for the Live tab's box.

One row per table: its name, how many devices write along, when one was last
heard from ("zojuist", "2 min geleden") and whether the table is paused. The
rows are frozen ``TableStatus`` values; ``set_statuses`` changes only what
changed, so a selection survives the five-second tick.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from erbij_desktop.server.presence import TableStatus

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoomTablesModel", text)


class Col(enum.IntEnum):
    TABLE = 0
    DEVICES = 1
    LAST_CONTACT = 2
    STATE = 3


def contact_text(moment: dt.datetime | None, now: dt.datetime) -> str:
    """'—', 'zojuist', '40 s geleden', '3 min geleden', '14:05'."""
    if moment is None:
        return "—"
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 10:
        return _tr("zojuist")
    if seconds < 60:
        return _tr("%1 s geleden").replace("%1", str(seconds))
    if seconds < 3600:
        return _tr("%1 min geleden").replace("%1", str(seconds // 60))
    return moment.astimezone().strftime("%H:%M")


class RoomTablesModel(QAbstractTableModel):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self._rows: list[TableStatus] = []
        self._now = now

    @property
    def statuses(self) -> list[TableStatus]:
        return list(self._rows)

    def status(self, row: int) -> TableStatus | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, table_id: int) -> int | None:
        return next((n for n, s in enumerate(self._rows) if s.table_id == table_id), None)

    def set_statuses(self, statuses: Sequence[TableStatus]) -> None:
        fresh = list(statuses)
        if [s.table_id for s in fresh] != [s.table_id for s in self._rows]:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
            return
        self._rows = fresh
        if fresh:  # the ages move on even when nothing else did
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(Col) - 1))

    # --- Qt ---------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("Tafel"), _tr("Apparaten"), _tr("Laatste contact"), _tr("Status"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        status = self.status(index.row()) if index.isValid() else None
        if status is None:
            return None
        if role == ID_ROLE:
            return status.table_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Col.DEVICES:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return status.link
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Col(index.column())
        if column is Col.TABLE:
            return status.name
        if column is Col.DEVICES:
            return str(status.devices)
        if column is Col.LAST_CONTACT:
            return contact_text(status.last_contact, self._now())
        return _tr("gepauzeerd") if status.paused else _tr("open")
