"""Section "Labels": every tag with the contributions that carry it, across rounds.

The view the facilitator uses to see themes ("huisarts", "vrijwilligers")
before choosing what goes into the report. A tag can be renamed in place
(F2 or double-click) or removed from every contribution; Enter or a
double-click on a contribution opens it under Bijdragen. A star marks what
is in the report already. objectNames: ``tagTree``, ``tagSummary``,
``renameTagButton``, ``deleteTagButton``, ``openContributionButton``,
``tagMessage``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.app import curation_reads
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.lazy_import import lazy_import
from erbij_desktop.ui.models.contributions import ROW_ROLE
from erbij_desktop.ui.widgets.confirm import confirm
from erbij_desktop.ui.widgets.message_banner import MessageBanner
from erbij_desktop.ui.widgets.style import MUTED_STYLE

from .controller import CurationController
from .tag_model import TAG_ID_ROLE, TagTreeModel

if TYPE_CHECKING:
    from erbij_desktop.app import curation_actions
else:  # loads the ORM: at the first rename, not while the tab is built
    curation_actions = lazy_import("erbij_desktop.app.curation_actions")


class _TagTree(QTreeView):
    opened = Signal(object)  # ContributionRow

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().data(ROW_ROLE)
        editing = self.state() == QAbstractItemView.State.EditingState
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(row, ContributionRow)
            and not editing
        ):
            self.opened.emit(row)
            return
        super().keyPressEvent(event)


class TagsPage(QWidget):
    # (round id, contribution id): show it under Bijdragen
    open_requested = Signal(int, int)

    def __init__(self, controller: CurationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = TagTreeModel(self)
        self.model.renamer = self._rename
        self.tree = _TagTree(self)
        self.tree.setObjectName("tagTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        self.summary = QLabel(self)
        self.summary.setObjectName("tagSummary")
        self.summary.setStyleSheet(MUTED_STYLE)
        self.summary.setWordWrap(True)
        self.message = MessageBanner("tagMessage", self, hide_after_ms=None)
        self.rename_button = self._button(self.tr("Her&noemen"), "renameTagButton", self._start_rename)
        self.delete_button = self._button(self.tr("Label verw&ijderen…"), "deleteTagButton", self._delete)
        self.open_button = self._button(self.tr("&Tonen bij Bijdragen"), "openContributionButton", self._open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.opened.connect(lambda row: self.open_requested.emit(row.round_id, row.id))
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        # Tags change in other tabs too (and by undo): read again once the change is done,
        # never from inside the editor's commit that caused it.
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        controller.context.signals.changed.connect(self._heard)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- content ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the tags again, keeping the current tag (or contribution) and what was expanded."""
        current = self._current_key()
        expanded = {
            g.id for n, g in enumerate(self.model.groups) if self.tree.isExpanded(self.model.index(n, 0))
        }
        first_load = not self.model.groups
        groups = curation_reads.tag_groups(self.controller.ws)
        names = {r.id: r.title for r in self.controller.rounds}
        self.model.set_groups(groups, names)
        for n, group in enumerate(groups):
            if first_load or group.id in expanded or len(groups) <= 8:
                self.tree.expand(self.model.index(n, 0))
        self._restore_current(current)
        used = sum(len(g.rows) for g in groups)
        if not groups:
            self.summary.setText(
                self.tr("Nog geen labels. Geef een bijdrage labels onder Bijdragen (veld ‘Labels’).")
            )
        else:
            self.summary.setText(
                self.tr("%1 labels op %2 plaatsen. Een ster betekent: staat in het verslag.")
                .replace("%1", str(len(groups)))
                .replace("%2", str(used))
            )
        self._update_buttons()

    def _current_key(self) -> tuple[int, int | None] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return (self.model.groups[index.row()].id, None)
        group = self.model.groups[index.internalId() - 1]
        return (group.id, group.rows[index.row()].id)

    def _restore_current(self, key: tuple[int, int | None] | None) -> None:
        if key is None:
            return
        row = self.model.group_row(key[0])
        if row is None:
            return
        index = self.model.index(row, 0)
        if key[1] is not None:
            child = next((n for n, r in enumerate(self.model.groups[row].rows) if r.id == key[1]), None)
            if child is not None:
                index = self.model.index(child, 0, index)
        self.tree.setCurrentIndex(index)

    def _current_tag(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        top = index if index.internalId() == 0 else index.parent()
        tag_id = top.siblingAtColumn(0).data(TAG_ID_ROLE)
        return tag_id if isinstance(tag_id, int) else None

    def _update_buttons(self) -> None:
        index = self.tree.currentIndex()
        self.rename_button.setEnabled(self._current_tag() is not None)
        self.delete_button.setEnabled(self._current_tag() is not None)
        self.open_button.setEnabled(isinstance(index.data(ROW_ROLE), ContributionRow))

    # --- actions ------------------------------------------------------------------------------------

    def _heard(self, changes: object) -> None:
        if isinstance(changes, ChangeSet) and changes.touches(
            "tag", "contribution_tag", "contribution", "round"
        ):
            self._reload_soon.start()

    def _rename(self, tag_id: int, name: str) -> bool:
        label = self.tr("Label hernoemen")
        try:
            curation_actions.rename_tag(self.controller.ws, tag_id, name, label=label)
        except DomainError as error:
            self.show_message(str(error))
            return False
        self.message.hide()
        return True

    def _start_rename(self) -> None:
        tag_id = self._current_tag()
        row = self.model.group_row(tag_id) if tag_id is not None else None
        if row is not None:
            index = self.model.index(row, 0)
            self.tree.setCurrentIndex(index)
            self.tree.edit(index)

    def _delete(self) -> None:
        tag_id = self._current_tag()
        row = self.model.group_row(tag_id) if tag_id is not None else None
        if tag_id is None or row is None:
            return
        group = self.model.groups[row]
        confirm(
            self,
            self.tr("Label verwijderen"),
            self.tr("Label ‘%1’ verwijderen?").replace("%1", group.name),
            lambda: self.delete_tag(tag_id),
            detail=self.tr("Het label gaat van %1 af; de bijdragen zelf blijven.").replace(
                "%1", str(len(group.rows))
            ),
        )

    def delete_tag(self, tag_id: int) -> None:
        label = self.tr("Label verwijderen")
        try:
            curation_actions.delete_tag(self.controller.ws, tag_id, label=label)
        except DomainError as error:
            self.show_message(str(error))

    def _double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, ContributionRow):
            self.open_requested.emit(row.round_id, row.id)

    def _open(self) -> None:
        row = self.tree.currentIndex().data(ROW_ROLE)
        if isinstance(row, ContributionRow):
            self.open_requested.emit(row.round_id, row.id)

    def show_message(self, text: str) -> None:
        self.message.show_message(text)
