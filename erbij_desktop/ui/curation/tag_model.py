"""Contributions grouped by tag, as a two-level tree: the tags, and under each what carries it.

A contribution with two tags appears under both. Top-level rows can be
renamed in place (``renamer`` stores it through the domain; the model never
writes itself). Columns: the tag or the contribution's report wording, and
the round (for a tag: how many contributions carry it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.ui.models.contributions import ROW_ROLE
from erbij_desktop.ui.models.icons import blank_icon, star_icon

if TYPE_CHECKING:  # the ORM loads with it: the rows are given, not read here
    from erbij_desktop.domain.curation import TagGroup

TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 30
DISPLAY_MAX = 300

_Index = QModelIndex | QPersistentModelIndex
Renamer = Callable[[int, str], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TagTreeModel", text)


def count_text(count: int) -> str:
    return _tr("1 bijdrage") if count == 1 else _tr("%1 bijdragen").replace("%1", str(count))


class TagTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[TagGroup] = []
        self.round_names: dict[int, str] = {}
        self.renamer: Renamer | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: Sequence[TagGroup], round_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.round_names = dict(round_names)
        self.endResetModel()

    def group_row(self, tag_id: int) -> int | None:
        return next((n for n, g in enumerate(self.groups) if g.id == tag_id), None)

    # --- structure ----------------------------------------------------------------------------------
    # internalId 0: a tag row; n > 0: a contribution under the tag in row n - 1.

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index | None = None) -> Any:
        if index is None:
            return super().parent()  # QObject.parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self.groups):
            return len(self.groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("Label en bijdragen"), _tr("Ronde"))[section] if 0 <= section < 2 else None
        return None

    def _row(self, index: _Index) -> ContributionRow | None:
        group = index.internalId() - 1
        if 0 <= group < len(self.groups) and 0 <= index.row() < len(self.groups[group].rows):
            return self.groups[group].rows[index.row()]
        return None

    # --- data ---------------------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self.groups[index.row()], index.column(), role)
        row = self._row(index)
        return None if row is None else self._row_data(row, index.column(), role)

    def _group_data(self, group: TagGroup, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return group.name
            return count_text(len(group.rows)) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return self._bold
        if role == TAG_ID_ROLE:
            return group.id
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return _tr("Dubbelklik of F2 om het label te hernoemen.")
        return None

    def _row_data(self, row: ContributionRow, column: int, role: int) -> Any:
        text = row.report_text if row.report_text is not None else row.text
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                flat = text.replace("\n", " ")
                return flat if len(flat) <= DISPLAY_MAX else flat[:DISPLAY_MAX].rstrip() + "…"
            return self.round_names.get(row.round_id, "")
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return star_icon() if row.highlighted else blank_icon()
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            note = _tr("In het verslag") if row.highlighted else _tr("Niet in het verslag")
            return f"{text}\n\n{note}" + (f" · {row.attribution}" if row.attribution else "")
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            if index.column() == 0 and self.renamer is not None:
                flags |= Qt.ItemFlag.ItemIsEditable
        else:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.internalId() != 0:
            return False
        group = self.groups[index.row()]
        name = str(value or "").strip()
        if index.column() != 0 or self.renamer is None or name == group.name:
            return False
        return self.renamer(group.id, name)
