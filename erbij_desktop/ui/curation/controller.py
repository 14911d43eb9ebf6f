"""The Verslag tab's logic without its widgets: which round, the two lists, and every step as an action.

Every change (take into the report, leave out, reorder, reword, tag) is one
workspace action (``app.curation_actions``), so it is one step of the event's
one undo history and Ctrl+Z in the Edit menu takes it back from any tab. The
lists are not updated by the action's caller: whoever changed the round (this
tab, an undo, the capture view, a table host's device), the change feed says
so and the round is read again (one query) and both lists are synced.
Refusals are reported through ``failed`` with the domain's sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from erbij_desktop.app import capture_reads, curation_reads
from erbij_desktop.app.changes import ChangeSet, Direction
from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.domain.outline import EventStructure, RoundInfo
from erbij_desktop.lazy_import import lazy_import
from erbij_desktop.ui.events.context import EventContext

from .models import CandidatesModel, SelectionModel

if TYPE_CHECKING:
    from erbij_desktop.app import curation_actions
else:  # the actions load the ORM: at the first change, not while the tab is built
    curation_actions = lazy_import("erbij_desktop.app.curation_actions")

# Tables whose changes alter the rounds or table names the lists show.
STRUCTURE_TABLES = ("event", "round", "event_table", "person", "organisation")
LIST_TABLES = ("contribution", "contribution_tag", "tag")


class CurationController(QObject):
    failed = Signal(str)
    # The event's rounds were read (again): the round picker follows.
    rounds_loaded = Signal()
    # The round shown changed, or its lists were read again.
    round_loaded = Signal()
    # A stored step or an undo concerns this contribution (the view may show it).
    focus = Signal(int)

    def __init__(self, context: EventContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ws = context.workspace
        self.selection = SelectionModel(self)
        self.candidates = CandidatesModel(self)
        self.selection.requests = self
        self.candidates.requests = self
        self.structure: EventStructure | None = None
        self.round_id: int | None = None
        self.tag_names: list[str] = []
        # While a reorder is stored, the selection model shows the move itself (it keeps the row selected).
        self._moving = False
        context.signals.changed.connect(self._changed)

    # --- loading ------------------------------------------------------------------------------------

    @property
    def event_id(self) -> int:
        return self.ws.event_id

    @property
    def rounds(self) -> list[RoundInfo]:
        return self.structure.rounds if self.structure is not None else []

    def load_event(self) -> None:
        """Read the event's rounds and tables; keep the round shown when it still exists."""
        self.structure = capture_reads.structure(self.ws, None)
        names: dict[int | None, str] = {t.id: t.name for t in self.structure.tables}
        self.selection.table_names = self.candidates.table_names = names
        if self.structure.round(self.round_id) is None:
            self.round_id = self.structure.rounds[0].id if self.structure.rounds else None
        self.rounds_loaded.emit()
        self.reload()

    def show_round(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self.round_id = round_id
            self.reload()

    def reload(self) -> None:
        """Read the round shown (and the event's tag names) again and sync both lists."""
        rows = curation_reads.round_rows(self.ws, self.round_id) if self.round_id is not None else []
        self.tag_names = curation_reads.tag_names(self.ws)
        self.selection.sync(row for row in rows if row.highlighted and not row.hidden)
        self.candidates.sync(rows)
        self.round_loaded.emit()

    def row(self, contribution_id: int) -> ContributionRow | None:
        """The contribution as stored now (None when it was deleted elsewhere)."""
        return curation_reads.row(self.ws, contribution_id)

    # --- steps --------------------------------------------------------------------------------------

    def execute(self, change: Callable[[], object], focus: int | None = None) -> bool:
        """Make one change; True when stored. A refusal is reported and changes nothing."""
        try:
            change()
        except DomainError as error:
            self.failed.emit(str(error))
            self.reload()
            return False
        if focus is not None:
            self.focus.emit(focus)
        return True

    def pick(self, contribution_id: int, index: int | None = None) -> bool:
        """Take a contribution into the report (at ``index`` in the selection; None: last)."""
        label = self.tr("Opnemen in het verslag")
        return self.execute(
            lambda: curation_actions.pick(self.ws, contribution_id, index, label=label), contribution_id
        )

    def unpick(self, contribution_id: int) -> bool:
        label = self.tr("Uit het verslag halen")
        return self.execute(
            lambda: curation_actions.unpick(self.ws, contribution_id, label=label), contribution_id
        )

    def reorder(self, ids: list[int], moved: int) -> bool:
        """A new order of the selection; the selection model moves its own row afterwards."""
        round_id = self.round_id
        if round_id is None:
            return False
        label = self.tr("Volgorde in het verslag wijzigen")
        self._moving = True
        try:
            return self.execute(
                lambda: curation_actions.order_selection(self.ws, round_id, ids, label=label), moved
            )
        finally:
            self._moving = False

    def move(self, contribution_id: int, step: int) -> bool:
        return self.selection.move(contribution_id, step)

    def set_report_text(self, contribution_id: int, text: str | None) -> bool:
        """New wording for the report; the original text, or empty, means 'as captured'."""
        current = self.row(contribution_id)
        if current is None:
            self.failed.emit(self.tr("Deze bijdrage bestaat niet meer."))
            return False
        wanted = None if text is None or not text.strip() or text.strip() == current.text else text
        if wanted == current.report_text:
            return True
        label = self.tr("Formulering wijzigen") if wanted else self.tr("Terug naar origineel")
        return self.execute(
            lambda: curation_actions.set_report_text(self.ws, contribution_id, wanted, label=label),
            contribution_id,
        )

    def add_tag(self, contribution_id: int, name: str) -> bool:
        label = self.tr("Label toevoegen")
        return self.execute(
            lambda: curation_actions.add_tag(self.ws, contribution_id, name, label=label), contribution_id
        )

    def remove_tag(self, contribution_id: int, name: str) -> bool:
        label = self.tr("Label weghalen")
        return self.execute(
            lambda: curation_actions.remove_tag(self.ws, contribution_id, name, label=label), contribution_id
        )

    # --- following changes --------------------------------------------------------------------------

    def _changed(self, cs: object) -> None:
        if not isinstance(cs, ChangeSet) or cs.event_id != self.event_id:
            return
        if cs.everything or cs.touches(*STRUCTURE_TABLES):
            self.load_event()
        elif cs.touches(*LIST_TABLES) and not self._moving:
            self.reload()
        else:
            return
        touched = cs.of("contribution").added | cs.of("contribution").changed
        if cs.direction is not Direction.DO and touched:
            self.focus.emit(min(touched))
