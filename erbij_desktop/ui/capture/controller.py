"""The capture view's logic without its widgets: scope, changes, and keeping the models current.

It knows which event, round and table are shown, makes every change as one
workspace action (``app.capture_actions``, one undo step each) and follows the
workspace's change feed (``context.signals.changed``): whoever made a change
(this view, an undo from the Edit menu, a table host's phone on another
thread), only the contributions it touched are read again (``app.capture_reads``)
and only their rows and counts move. The view only wires widgets to it, and a
benchmark or test can drive it directly.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from erbij_desktop.app import capture_reads as reads
from erbij_desktop.app.changes import ChangeSet, Direction, Origin
from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.contribution_search import SearchIndex
from erbij_desktop.domain.contribution_search_build import IndexBuild
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.now import Now
from erbij_desktop.domain.outline import EventStructure
from erbij_desktop.domain.types import utcnow
from erbij_desktop.lazy_import import lazy_import
from erbij_desktop.ui.events.context import EventContext
from erbij_desktop.ui.models.contributions import Col, ContributionTableModel
from erbij_desktop.ui.models.search_results import ContributionSearchModel
from erbij_desktop.ui.models.table_counts import TableCountsModel, TableEntry

from .change_reading import renamed, tagged_ids

if TYPE_CHECKING:
    from erbij_desktop.app import capture_actions as actions
else:  # the actions load the ORM: at the first change, not while the window opens
    actions = lazy_import("erbij_desktop.app.capture_actions")

# More changed rows than this in one change (a big move, a bulk edit elsewhere): read the scope again.
RELOAD_ABOVE = 200
STRUCTURE_TABLES = ("event", "round", "event_table", "programme_item")
# The search index is built in idle steps this long after the event (or its structure) loaded, or
# after the last change while it is being built.
SEARCH_BUILD_DELAY_MS = 400
# Search indexes bigger than this are left out of garbage collection once loaded.
FREEZE_ABOVE = 20_000
# Counts per table follow the tables' devices (and other laptops) at most this often; the user's own
# change updates them at once.
COUNTS_EVERY_MS = 1000
# ... and while being built, every this many rows (an event under 5,000 rows never is).
FREEZE_WHILE_BUILDING = 5_000


class CaptureController(QObject):
    # After every change this view made.
    saved = Signal()
    # Round or table shown changed: (round id, table id).
    scope_changed = Signal(object, object)
    # The event's structure (rounds, tables, names) was (re)loaded.
    structure_loaded = Signal()
    # Rounds, tables or names were changed (by anyone): the view chooses its scope again (``reload``).
    structure_changed = Signal()
    # An undo/redo touched this contribution (the view may go and show it).
    replayed = Signal(object)
    # A change was refused: a sentence for the user.
    failed = Signal(str)
    # The search index is complete and loaded (Ctrl+F needs no more reading).
    search_prepared = Signal()

    def __init__(
        self,
        context: EventContext,
        parent: QObject | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ws = context.workspace
        self.table_model = ContributionTableModel(self)
        self.search_model = ContributionSearchModel(self)
        self.counts = TableCountsModel(self)
        self.clock: Callable[[], dt.datetime] = clock or utcnow
        self.structure: EventStructure | None = None
        self.round_id: int | None = None
        self.table_id: int | None = None
        for model in (self.table_model, self.search_model):
            model.editor = self._edit_cell
        # The search index, filled a step at a time whenever the event loop is idle.
        self._build: IndexBuild | None = None
        self._build_delay = QTimer(self, singleShot=True, interval=SEARCH_BUILD_DELAY_MS)
        self._build_delay.timeout.connect(self._start_build)
        self._build_steps = QTimer(self, interval=0)
        self._build_steps.timeout.connect(self._build_step)
        self._counts_later = QTimer(self, singleShot=True, interval=COUNTS_EVERY_MS)
        self._counts_later.timeout.connect(self._recount)
        self._counted_at = 0.0
        self._frozen_at = 0  # rows of the index being built when it was last left out of collections
        context.signals.changed.connect(self._changed)

    # --- loading ------------------------------------------------------------------------------------

    @property
    def event_id(self) -> int:
        return self.context.event_id

    def load_event(self, *, keep_search: bool = False) -> None:
        """Read the event's structure (NotFoundError when the event is gone); round and table stay."""
        self.structure = reads.structure(self.ws, self.clock())
        if not keep_search:
            self._unload_search()
        self.structure_loaded.emit()

    def refresh_now(self) -> Now | None:
        """Ask the clock again what is on stage and which round is current (cheap; no reload)."""
        if self.structure is None:
            return None
        now = reads.now(self.ws, self.clock())
        self.structure = replace(self.structure, now=now)
        return now

    def table_entries(self, counts: dict[int | None, int]) -> list[TableEntry]:
        assert self.structure is not None
        entries = [TableEntry(t.id, t.name, t.host, counts.get(t.id, 0)) for t in self.structure.tables]
        # Contributions whose table was deleted, or an event without tables, get their own entry.
        if counts.get(None) or not entries:
            entries.append(TableEntry(None, self.tr("Zonder tafel"), "", counts.get(None, 0)))
        return entries

    def show(self, round_id: int | None, table_id: int | None) -> None:
        """Show a round and a table (None: contributions without a table)."""
        self._show(round_id, table_id)

    def _show(self, round_id: int | None, table_id: int | None, *, force: bool = False) -> None:
        same_round = round_id == self.round_id and self.counts.round_id == round_id
        if not force and same_round and table_id == self.table_id and round_id is not None:
            return
        if round_id is None:
            counts: dict[int | None, int] = {}
            rows: list[ContributionRow] = []
        else:
            counts, rows = reads.scope(self.ws, round_id, table_id)
        self._set_counts(counts, round_id, force=force)
        self.round_id, self.table_id = round_id, table_id
        self.table_model.show_scope(round_id, table_id, rows)
        self.scope_changed.emit(round_id, table_id)

    def _set_counts(
        self, counts: dict[int | None, int], round_id: int | None, *, force: bool = False
    ) -> None:
        if self.structure is None:
            return
        entries = self.table_entries(counts)
        if [e.id for e in entries] != [e.id for e in self.counts.entries] or force:
            self.counts.set_tables(entries, round_id)
        else:
            self.counts.set_counts(counts, round_id)

    def reshow(self, round_id: int | None, table_id: int | None) -> None:
        """Show this round and table, read anew even when they are the ones shown."""
        self._show(round_id, table_id, force=True)

    def reload(self) -> None:
        """Read the current scope again."""
        self._show(self.round_id, self.table_id, force=True)

    # --- searching ----------------------------------------------------------------------------------

    def prepare_search(self) -> None:
        """Have the event's search index ready: what the idle build has not read yet is read now."""
        if self.search_model.loaded or self.structure is None:
            return
        build = self._build or reads.start_search_index(self.ws)
        self._load_index(reads.finish_search_index(self.ws, build))

    def _unload_search(self) -> None:
        """Forget the index (the event or its structure was read again) and build it anew, idly."""
        self.search_model.unload()
        self._build = None
        self._frozen_at = 0
        self._build_steps.stop()
        self._build_delay.start()

    def _start_build(self) -> None:
        if not self.search_model.loaded and self.structure is not None:
            if self._build is None:
                self._build = reads.start_search_index(self.ws)
            self._build_steps.start()

    def _pause_build(self) -> None:
        """Someone is capturing: no idle step may delay the next Enter; go on when it is quiet."""
        if self._build is not None:
            self._build_steps.stop()
            self._build_delay.start()

    def _build_step(self) -> None:
        build = self._build
        if build is None or self.search_model.loaded:
            self._build_steps.stop()
        elif reads.step_search_index(self.ws, build):
            self._load_index(build.index)
        elif len(build.index) >= self._frozen_at + FREEZE_WHILE_BUILDING or (
            not self._frozen_at and build.expected > FREEZE_ABOVE
        ):
            # What the build has read lives as long as the index: out of full collections' way
            # from the start of a big build, not only once loaded (one over the app and a
            # half-built 100k index paused a step 73-110 ms).
            self._frozen_at = len(build.index)
            gc.freeze()

    def _load_index(self, index: SearchIndex) -> None:
        assert self.structure is not None
        self._build = None
        self._build_steps.stop()
        self._build_delay.stop()
        names: dict[int | None, str] = {t.id: t.name for t in self.structure.tables}
        names[None] = ""
        self.search_model.load(index, [(r.id, r.title) for r in self.structure.rounds], names)
        if len(index) > FREEZE_ABOVE:
            # A big index is a million long-lived objects: a full garbage collection over them took
            # 170 ms in the middle of typing. They are freed by reference counting (no cycles).
            gc.freeze()
        self.search_prepared.emit()

    def _follow_in_search(
        self, rows: list[ContributionRow], removed: list[int], *, many: bool = False
    ) -> None:
        """Rows changed: into the loaded index and its results, or into the index being built."""
        if self._build is not None:
            for contribution_id in removed:
                self._build.index.discard(contribution_id)
            for row in rows:
                self._build.index.put(row)
        elif many:
            self.search_model.refill(rows, removed)
        else:
            self.search_model.follow(rows, removed)

    def search(self, query: str) -> int:
        """Filter the search model; returns the number of results."""
        if query.strip():
            self.prepare_search()
        self.search_model.set_query(query)
        return self.search_model.rowCount()

    # --- changes ------------------------------------------------------------------------------------
    # Each raises DomainError (nothing stored, history and views as they were) for the caller to show.

    def _done(self) -> None:
        self.saved.emit()

    def add(self, text: str, person: str = "", organisation: str = "") -> ContributionRow:
        if self.round_id is None:
            raise ValidationError("round", self.tr("Kies eerst een ronde."), "no_round")
        from erbij_desktop.app import outbox  # on a server: kept on this laptop while it cannot be reached

        row = outbox.add_contribution(
            self.ws,
            self.round_id,
            text,
            table_id=self.table_id,
            person=person,
            organisation=organisation,
            label=self.tr("Bijdrage toevoegen"),
        )
        self._done()
        return row

    def toggle_highlight(self, row: ContributionRow) -> None:
        label = self.tr("Uitlichten opheffen") if row.highlighted else self.tr("Bijdrage uitlichten")
        actions.set_highlight(self.ws, row.id, not row.highlighted, label=label)
        self._done()

    def toggle_hidden(self, row: ContributionRow) -> None:
        """Hide from the report (kept, shown struck through here), or show again: one undo step."""
        label = self.tr("Bijdrage weer tonen") if row.hidden else self.tr("Bijdrage verbergen")
        actions.set_hidden(self.ws, row.id, not row.hidden, label=label)
        self._done()

    def delete(self, row: ContributionRow) -> None:
        actions.delete_contribution(self.ws, row.id, label=self.tr("Bijdrage verwijderen"))
        self._done()

    def move_to_table(self, row: ContributionRow, table_id: int | None) -> None:
        if row.table_id != table_id:
            actions.set_table(self.ws, row.id, table_id, label=self.tr("Bijdrage naar andere tafel"))
            self._done()

    def set_tags(self, row: ContributionRow, names: list[str]) -> None:
        actions.set_tags(self.ws, row.id, names, label=self.tr("Labels wijzigen"))
        self._done()

    def move(self, row: ContributionRow, delta: int) -> bool:
        """Move a row up/down among the rows of its list (the round's order follows)."""
        model = self.table_model
        at = model.index_of(row.id)
        if at is None:
            return False
        target = at + delta
        if not 0 <= target < model.rowCount():
            return False
        if delta < 0:
            before: int | None = model.row_at(target).id
        else:
            order = reads.round_order(self.ws, row.round_id)
            after = model.row_at(target).id
            position = order.index(after)
            before = order[position + 1] if position + 1 < len(order) else None
        actions.move_contribution(self.ws, row.id, before, label=self.tr("Bijdrage verplaatsen"))
        self._done()
        return True

    def add_quote(self, text: str, speaker: str, item_id: int | None) -> None:
        actions.add_quote(
            self.ws, text, speaker=speaker, programme_item_id=item_id, label=self.tr("Citaat toevoegen")
        )
        self._done()

    def _edit_cell(self, row: ContributionRow, column: Col, value: str) -> bool:
        if column is Col.TEXT:
            change: Callable[[], object] = lambda: actions.edit_text(  # noqa: E731
                self.ws, row.id, value, label=self.tr("Bijdrage wijzigen")
            )
        elif column is Col.PERSON:
            change = lambda: actions.set_attribution(  # noqa: E731
                self.ws, row.id, value, row.organisation_name, label=self.tr("Spreker wijzigen")
            )
        else:
            change = lambda: actions.set_attribution(  # noqa: E731
                self.ws, row.id, row.person_name, value, label=self.tr("Spreker wijzigen")
            )
        if self.context.attempt(change) is None:
            return False
        self._done()
        return True

    # --- following changes --------------------------------------------------------------------------

    def _changed(self, cs: object) -> None:
        """A commit in this event (anyone's): move only the rows and counts it touched."""
        if not isinstance(cs, ChangeSet) or cs.event_id != self.event_id:
            return
        self._pause_build()
        if cs.everything or cs.touches(*STRUCTURE_TABLES) or renamed(cs):
            # Rounds, tables or names changed: the view picks its scope again and reads it anew.
            self._unload_search()
            self.structure_changed.emit()
            if self.search_model.query.strip():
                self.search(self.search_model.query)
            self._replayed(cs, [])
            return
        if cs.touches("person", "organisation"):  # a name typed for the first time: completers learn it
            self.load_event(keep_search=True)
        if not cs.touches("contribution", "contribution_tag"):
            return
        contributions = cs.of("contribution")
        removed = list(contributions.removed)
        ids = list(contributions.added | contributions.changed)
        if cs.touches("contribution_tag"):
            ids.extend(tagged_ids(cs))
        if len(ids) > RELOAD_ABOVE:
            self.reload()
            if self.search_model.loaded or self._build is not None:
                rows = reads.rows_by_ids(self.ws, ids)
                removed.extend(set(ids) - {r.id for r in rows})
                self._follow_in_search(rows, removed, many=True)
            self._replayed(cs, ids)
            return
        rows = reads.rows_by_ids(self.ws, ids)
        removed.extend(set(ids) - {r.id for r in rows})
        self.table_model.follow(rows, removed)
        self._follow_in_search(rows, removed)
        if cs.origin is Origin.LOCAL or time.monotonic() - self._counted_at >= COUNTS_EVERY_MS / 1000:
            self._recount()
        elif not self._counts_later.isActive():  # a full room: one count for many commits
            self._counts_later.start()
        self._replayed(cs, ids)

    def _recount(self) -> None:
        self._counts_later.stop()
        self._counted_at = time.monotonic()
        if self.round_id is not None:
            self._set_counts(reads.counts(self.ws, self.round_id), self.round_id)

    def _replayed(self, cs: ChangeSet, ids: list[int]) -> None:
        if cs.direction is not Direction.DO:
            self.replayed.emit(min(ids) if ids else None)
