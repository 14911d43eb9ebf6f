"""Contributions as Qt table models: one table in one round (the search over the whole event,
built on the same base, is in ``search_results``).

Both hold plain ``ContributionRow`` values in round order and change one row
at a time (``beginInsertRows`` and friends) when a contribution is added,
changed or removed; only a new scope (another table, another query) resets
them. ``follow`` takes the rows a workspace change touched (read again after
the commit) and the ids it removed, and moves only the rows this model shows.

Editing in place goes through ``editor``: a callable the capture view sets,
which runs a workspace action and returns whether it was stored. The model
never writes to the database itself.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from erbij_desktop.domain.contribution_rows import SOURCE_DEVICE, ContributionRow

from .contribution_texts import SOURCE_WAITING
from .contribution_texts import clock as _clock
from .contribution_texts import one_line as _one_line
from .contribution_texts import tooltip as _tooltip
from .icons import blank_icon, device_icon, star_icon

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHTED_ROLE = Qt.ItemDataRole.UserRole + 3
# Search results: the (start, length) stretches of the cell's shown text that the query matched.
MATCH_ROLE = Qt.ItemDataRole.UserRole + 4

# Long pastes are shown shortened; the editor and the tooltip have the whole text.
HIGHLIGHT_TINT = QColor(255, 196, 0, 38)

_Index = QModelIndex | QPersistentModelIndex
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        ROW_ROLE,
        ID_ROLE,
        HIGHLIGHTED_ROLE,
        MATCH_ROLE,
    }
)
Editor = Callable[[ContributionRow, "Col", str], bool]


class Col(enum.IntEnum):
    ROUND = 0
    TABLE = 1
    TIME = 2
    TEXT = 3
    PERSON = 4
    ORGANISATION = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContributionModel", text)


def column_title(column: Col) -> str:
    return {
        Col.ROUND: _tr("Ronde"),
        Col.TABLE: _tr("Tafel"),
        Col.TIME: _tr("Tijd"),
        Col.TEXT: _tr("Bijdrage"),
        Col.PERSON: _tr("Persoon"),
        Col.ORGANISATION: _tr("Organisatie"),
    }[column]


EDITABLE = frozenset({Col.TEXT, Col.PERSON, Col.ORGANISATION})
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable


def _accessible(row: ContributionRow, column: Col, shown: str) -> str | None:
    """What a screen reader says beyond the text: highlighted, sent by a table, hidden."""
    notes = []
    if column is Col.TIME and row.highlighted:
        notes.append(_tr("uitgelicht"))
    if column is Col.TEXT and row.source == SOURCE_DEVICE:
        notes.append(_tr("via de tafel"))
    if column is Col.TEXT and row.hidden:
        notes.append(_tr("verborgen, niet in het verslag"))
    if column is Col.TEXT and row.source == SOURCE_WAITING:
        notes.append(_tr("wacht op de server"))
    return ", ".join([shown, *notes]) if notes else None


@cache
def _hidden_font() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


@cache
def _waiting_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class ContributionRowsModel(QAbstractTableModel):
    """Rows of contributions in a fixed order; the base of the table and search models."""

    columns: tuple[Col, ...] = (Col.TIME, Col.TEXT, Col.PERSON, Col.ORGANISATION)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContributionRow] = []
        # id -> row number; rebuilt lazily after a change in the middle shifts the numbers.
        self._numbers: dict[int, int] | None = {}
        self.editor: Editor | None = None
        self._tint = QBrush(HIGHLIGHT_TINT)
        self._hidden_colour = QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    # --- what this model shows (overridden by subclasses) -------------------------------------------

    def accepts(self, row: ContributionRow) -> bool:
        """Whether ``row`` belongs in this model."""
        return True

    def sort_key(self, row: ContributionRow) -> tuple[int, ...]:
        return row.order_key

    # --- access -------------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[ContributionRow]:
        return self._rows

    def row_at(self, index: int) -> ContributionRow:
        return self._rows[index]

    def index_of(self, contribution_id: int) -> int | None:
        if self._numbers is None:
            self._numbers = {row.id: number for number, row in enumerate(self._rows)}
        return self._numbers.get(contribution_id)

    def column_of(self, column: Col) -> int:
        return self.columns.index(column)

    # --- changing -----------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[ContributionRow], *, ordered: bool = False) -> None:
        """Show these rows instead (a new scope): the one place that resets the model.

        ``ordered``: the rows already come in this model's order (skips sorting).
        """
        self.beginResetModel()
        self._rows = list(rows) if ordered else sorted(rows, key=self.sort_key)
        self._numbers = None
        self.endResetModel()

    def insert(self, row: ContributionRow) -> int:
        """Add one row where it belongs in the order; returns its row number."""
        at = bisect.bisect_right(self._rows, self.sort_key(row), key=self.sort_key)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        if at == len(self._rows) - 1 and self._numbers is not None:
            self._numbers[row.id] = at  # appended (the usual case): no number shifts
        else:
            self._numbers = None
        self.endInsertRows()
        return at

    def update(self, row: ContributionRow) -> bool:
        """Replace the row with the same id; False when it is not here."""
        at = self.index_of(row.id)
        if at is None:
            return False
        if self.sort_key(self._rows[at]) != self.sort_key(row):
            self.remove(row.id)
            self.insert(row)
            return True
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))
        return True

    def remove(self, contribution_id: int) -> bool:
        at = self.index_of(contribution_id)
        if at is None:
            return False
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._numbers = None
        self.endRemoveRows()
        return True

    def follow(self, rows: Iterable[ContributionRow], removed: Iterable[int] = ()) -> None:
        """Follow a change: ``rows`` as they are now (added or changed), ``removed`` ids gone."""
        for contribution_id in removed:
            self.remove(contribution_id)
        for row in rows:
            if self.accepts(row):
                if self.index_of(row.id) is None:
                    self.insert(row)
                else:
                    self.update(row)
            else:
                self.remove(row.id)

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return column_title(self.columns[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Called very often by views: answer from flags worked out once.
        if not index.isValid():
            return _NO_FLAGS
        if self.editor is not None and self.columns[index.column()] in EDITABLE:
            waiting = index.row() < len(self._rows) and self._rows[index.row()].source == SOURCE_WAITING
            return _FLAGS if waiting else _EDITABLE_FLAGS  # a row in the outbox changes once delivered
        return _FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks seven roles for every visible cell on every paint; most are not answered here.
        if role not in _ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._value(self._rows[index.row()], self.columns[index.column()], role)

    def _value(self, row: ContributionRow, column: Col, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == HIGHLIGHTED_ROLE:
            return row.highlighted
        if role == MATCH_ROLE:
            return self.match_spans(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Col.TIME:
                return row.created_at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
            return _tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole:
            if column is Col.TIME:
                return star_icon() if row.highlighted else blank_icon()
            return device_icon() if column is Col.TEXT and row.source == SOURCE_DEVICE else None
        if role == Qt.ItemDataRole.BackgroundRole and row.highlighted:
            return self._tint
        if (row.hidden or row.source == SOURCE_WAITING) and role == Qt.ItemDataRole.ForegroundRole:
            return self._hidden_colour
        if row.hidden and role == Qt.ItemDataRole.FontRole:
            return _hidden_font()
        if row.source == SOURCE_WAITING and role == Qt.ItemDataRole.FontRole:
            return _waiting_font()
        if role == Qt.ItemDataRole.AccessibleTextRole and column in (Col.TIME, Col.TEXT):
            return _accessible(row, column, self.display(row, column))
        return None

    def multiData(self, index: _Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData, /) -> None:
        """All the roles a delegate paints a cell with, in one call (Qt 6 asks this way).

        One call into Python per cell instead of seven: while the room server's
        thread keeps the interpreter busy, every call from Qt into Python waits
        for its turn, so a paint of the list made of fewer calls stays quick.
        """
        if not index.isValid() or index.row() >= len(self._rows):
            return
        # The span iterates over its QModelRoleData; the stubs do not say so.
        items = (
            [roleDataSpan]
            if isinstance(roleDataSpan, QModelRoleData)
            else cast(Iterable[QModelRoleData], roleDataSpan)
        )
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        for item in items:
            role = item.role()
            if role in _ANSWERED_ROLES:
                value = self._value(row, column, role)
                if value is not None:
                    item.setData(value)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.editor is None:
            return False
        column = self.columns[index.column()]
        if column not in EDITABLE:
            return False
        row = self._rows[index.row()]
        text = "" if value is None else str(value)
        if text == self.edit_value(row, column):
            return False
        return self.editor(row, column, text)

    def match_spans(self, row: ContributionRow, column: Col) -> list[tuple[int, int]]:
        """What a search matched in this cell (nothing: this model does not search)."""
        return []

    def display(self, row: ContributionRow, column: Col) -> str:
        if column is Col.TIME:
            return _clock(row.created_at)
        if column is Col.TEXT:
            return _one_line(row.text)
        if column is Col.PERSON:
            return row.person_name
        if column is Col.ORGANISATION:
            return row.organisation_name
        return ""

    def edit_value(self, row: ContributionRow, column: Col) -> str:
        if column is Col.TEXT:
            return row.text
        return self.display(row, column)


class ContributionTableModel(ContributionRowsModel):
    """What one table said in one round, in the order of the round."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.round_id: int | None = None
        self.table_id: int | None = None

    def show_scope(self, round_id: int | None, table_id: int | None, rows: Iterable[ContributionRow]) -> None:
        """Show another table or round; ``rows`` come in round order (as the domain reads them)."""
        self.round_id = round_id
        self.table_id = table_id
        self.set_rows(rows, ordered=True)

    def accepts(self, row: ContributionRow) -> bool:
        return row.round_id == self.round_id and row.table_id == self.table_id
