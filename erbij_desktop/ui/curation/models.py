"""The two lists of a round in the curation workspace: in the report, and not (yet) in it.

``SelectionModel`` holds the round's selection in report order. Rows are moved
by drag and drop (QListView calls ``moveRows``) or from the keyboard, and
contributions are dragged in from the other list; ``CandidatesModel`` holds
the rest of the round (filterable) and takes dragged-out selections back.
Neither model writes to the database: each asks its ``requests`` object
(the controller) to run an undoable command and only changes itself when
that succeeded. ``sync`` shows rows read back from the database without
resetting when only their contents changed, so the views keep their place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.contribution_search import search_key, search_terms
from erbij_desktop.ui.models.contributions import ROW_ROLE, Col, ContributionRowsModel

CONTRIBUTION_MIME = "application/x-erbij-contribution"
REWORDED_ROLE = Qt.ItemDataRole.UserRole + 20
ATTRIBUTION_ROLE = Qt.ItemDataRole.UserRole + 21
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 22
REWORDED_COLOUR = QColor("#1f4e8c")

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CurationModels", text)


class Requests(Protocol):
    """What the models ask of the controller; each returns whether it was stored."""

    def pick(self, contribution_id: int, index: int | None = None) -> bool: ...

    def unpick(self, contribution_id: int) -> bool: ...

    def reorder(self, ids: list[int], moved: int) -> bool: ...


def encode_ids(ids: Iterable[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CONTRIBUTION_MIME, QByteArray(",".join(str(i) for i in ids).encode()))
    return mime


def decode_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(CONTRIBUTION_MIME):
        return []
    try:
        return [int(part) for part in bytes(data.data(CONTRIBUTION_MIME).data()).decode().split(",") if part]
    except ValueError:
        return []


class _DragsContributions:
    """Drag and drop of contributions by id, shared by the report's list and the candidates.

    Comes before the Qt model class among the bases; the model offers ``rows``.
    """

    if TYPE_CHECKING:  # each model has its own (a property); declared here for the type checker only

        @property
        def rows(self) -> Sequence[ContributionRow]: ...

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CONTRIBUTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(self.rows[r].id for r in rows if r < len(self.rows))


class SelectionModel(_DragsContributions, QAbstractListModel):
    """The contributions of one round that the report prints, in its order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContributionRow] = []
        self.requests: Requests | None = None
        self.table_names: dict[int | None, str] = {}

    # --- content ------------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[ContributionRow]:
        return self._rows

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def row_of(self, contribution_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == contribution_id), None)

    def sync(self, rows: Iterable[ContributionRow]) -> None:
        """Show these rows; a reset only when the list itself changed."""
        rows = list(rows)
        if [r.id for r in rows] != self.ids():
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))

    def move(self, contribution_id: int, step: int) -> bool:
        """Move one row up (-1) or down (+1) in the report's order."""
        source = self.row_of(contribution_id)
        if source is None or not 0 <= source + step < len(self._rows):
            return False
        destination = source + step + (1 if step > 0 else 0)
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), destination)

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        text = row.report_text if row.report_text is not None else row.text
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == ROW_ROLE:
            return row
        if role == NUMBER_ROLE:
            return index.row() + 1
        if role == REWORDED_ROLE:
            return row.report_text is not None
        if role == ATTRIBUTION_ROLE:
            return self.attribution(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{index.row() + 1}. {text}"
        return None

    def attribution(self, row: ContributionRow) -> str:
        parts = [row.organisation_name or row.person_name, self.table_names.get(row.table_id, "")]
        return " · ".join(part for part in parts if part)

    def tooltip(self, row: ContributionRow) -> str:
        if row.report_text is None:
            return _tr("Zoals vastgelegd.")
        return _tr("Eigen formulering voor het verslag. Origineel: %1").replace("%1", row.text)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        """Move one row to before ``destination_child`` (Qt's convention); stored first, then shown."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < len(self._rows) or not 0 <= destination_child <= len(self._rows):
            return False
        if destination_child in (source_row, source_row + 1) or self.requests is None:
            return False
        ids = self.ids()
        moved = ids.pop(source_row)
        ids.insert(destination_child - (1 if destination_child > source_row else 0), moved)
        if not self.requests.reorder(ids, moved):
            return False
        if self.ids() == ids:
            return True  # already shown (the controller synced)
        self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination_child)
        self._rows.insert(ids.index(moved), self._rows.pop(source_row))
        self.endMoveRows()
        first, last = sorted((source_row, ids.index(moved)))
        self.dataChanged.emit(self.index(first), self.index(last), [NUMBER_ROLE])
        return True

    # --- drag and drop ------------------------------------------------------------------------------

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return self.requests is not None and bool(decode_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Contributions dropped here go into the report at the drop place.

        Returns False: the work is done, and the list they came from must not
        remove anything itself (it follows the controller).
        """
        ids = decode_ids(data)
        if not ids or self.requests is None:
            return False
        at = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        for offset, contribution_id in enumerate(ids):
            source = self.row_of(contribution_id)
            if source is not None:
                self.moveRows(QModelIndex(), source, 1, QModelIndex(), at + offset)
            else:
                self.requests.pick(contribution_id, at + offset)
        return False


class CandidatesModel(_DragsContributions, ContributionRowsModel):
    """The round's contributions not in the report, in capture order, optionally filtered."""

    columns = (Col.TABLE, Col.TEXT, Col.ORGANISATION)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: Requests | None = None
        self.table_names: dict[int | None, str] = {}
        self._all: list[ContributionRow] = []
        self._terms: tuple[str, ...] = ()
        self.query = ""

    @property
    def total(self) -> int:
        return len(self._all)

    def sync(self, rows: Iterable[ContributionRow]) -> None:
        self._all = [row for row in rows if not row.highlighted or row.hidden]  # hidden: never in the report
        self._show()

    def set_filter(self, query: str) -> None:
        self.query = query
        self._terms = search_terms(query)
        self._show()

    def _matches(self, row: ContributionRow) -> bool:
        if not self._terms:
            return True
        key = search_key(" ".join((row.text, row.report_text or "", row.attribution, *row.tags)))
        return all(term in key for term in self._terms)

    def _show(self) -> None:
        shown = [row for row in self._all if self._matches(row)]
        if [r.id for r in shown] == [r.id for r in self.rows]:
            self._rows = shown
            if shown:
                self.dataChanged.emit(self.index(0, 0), self.index(len(shown) - 1, len(self.columns) - 1))
            return
        self.set_rows(shown)

    def display(self, row: ContributionRow, column: Col) -> str:
        if column is Col.TABLE:
            return self.table_names.get(row.table_id, "")
        if column is Col.ORGANISATION:
            return row.organisation_name or row.person_name
        return super().display(row, column)

    # --- drag and drop ------------------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        ids = decode_ids(data)
        return self.requests is not None and bool(ids) and all(self.index_of(i) is None for i in ids)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Selected contributions dropped here leave the report (they stay in the round)."""
        if not self.canDropMimeData(data, action, row, column, parent) or self.requests is None:
            return False
        for contribution_id in decode_ids(data):
            self.requests.unpick(contribution_id)
        return False
