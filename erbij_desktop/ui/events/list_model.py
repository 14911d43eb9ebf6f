"""The table model behind the event list: date, title, place, report status.

It holds a snapshot of plain rows from the ``Library`` (not ORM objects),
reloaded whenever the library announces a change (and by ``reload()``), so
sorting and painting never touch the database.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from erbij_desktop.app.library import EventSummary, Library

from .feed_signals import FeedSignals

Index = QModelIndex | QPersistentModelIndex
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


EventRow = EventSummary


class EventListModel(QAbstractTableModel):
    DATE, TITLE, PLACE, STATUS = range(4)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._rows: list[EventRow] = []  # filled by reload() when the overview is shown
        self._signals = FeedSignals(library.feed, self)
        self._signals.changed.connect(self.reload)

    def reload(self, *_changes: object) -> None:
        self.beginResetModel()
        self._rows = self.library.events()
        self.endResetModel()

    def event_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, event_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Datum"), self.tr("Titel"), self.tr("Locatie"), self.tr("Verslag"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == EVENT_ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.DATE:
                return row.date.strftime("%d-%m-%Y") if row.date else self.tr("geen datum")
            if column == self.TITLE:
                return row.title
            if column == self.PLACE:
                return row.place
            if column == self.STATUS:
                return self.tr("Definitief") if row.final else self.tr("Concept")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DATE and row.date is None:
            return Qt.GlobalColor.gray
        return None
