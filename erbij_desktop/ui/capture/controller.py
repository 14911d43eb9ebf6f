"""The capture view's logic without its widgets: scope, commands, and keeping the models current.

It knows which event, round and table are shown, runs every change as an
undoable domain command (each commits before it returns), and passes the
resulting changes to the models so only the affected rows and counts move.
The view only wires widgets to it, and a benchmark or test can drive it
directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from erbij_desktop.domain.contribution_rows import (
    ContributionRow,
    counts_by_table,
    round_order,
    rows_for_round,
    rows_for_table,
)
from erbij_desktop.domain.contribution_search import SearchIndex
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.now import Now
from erbij_desktop.domain.outline import EventStructure, load_structure, now_at
from erbij_desktop.domain.types import utcnow
from erbij_desktop.domain.undo import Change, ChangeKind, Command, History
from erbij_desktop.lazy_import import lazy_import
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.models.contributions import (
    Col,
    ContributionSearchModel,
    ContributionTableModel,
)
from erbij_desktop.ui.models.table_counts import TableCountsModel, TableEntry

from .undo_bridge import UndoBridge

if TYPE_CHECKING:
    from erbij_desktop.domain import commands
else:  # the commands load the ORM: at the first edit, not while the window opens
    commands = lazy_import("erbij_desktop.domain.commands")

UNDO_LIMIT = 1000


class CaptureController(QObject):
    # After every successful commit.
    saved = Signal()
    # Round or table shown changed: (round id, table id).
    scope_changed = Signal(object, object)
    # The event's structure (rounds, tables, names) was (re)loaded.
    structure_loaded = Signal()
    # An undo/redo touched this contribution (the view may go and show it).
    replayed = Signal(object)
    # Undo/redo failed: a sentence for the user.
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.history = History(db.session, limit=UNDO_LIMIT)
        self.undo = UndoBridge(self.history, self)
        self.undo.stack.setUndoLimit(UNDO_LIMIT)
        self.undo.replayed.connect(self._replayed)
        self.undo.failed.connect(self.failed)
        self.table_model = ContributionTableModel(self)
        self.search_model = ContributionSearchModel(self)
        self.counts = TableCountsModel(self)
        self.clock: Callable[[], dt.datetime] = utcnow
        self.structure: EventStructure | None = None
        self.round_id: int | None = None
        self.table_id: int | None = None
        for model in (self.table_model, self.search_model):
            model.editor = self._edit_cell

    # --- loading ------------------------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        return self.structure.event_id if self.structure is not None else None

    def load_event(self, event_id: int | None) -> None:
        """Read the event's structure; keep round and table when they still exist."""
        if event_id is None:
            self.structure = None
            self.undo.clear()
            self.search_model.unload()
            self.counts.set_tables([], None)
            self._show(None, None)
            self.structure_loaded.emit()
            return
        if event_id != self.event_id:
            self.undo.clear()
            self.round_id = self.table_id = None
        with self.db.connect() as connection:
            self.structure = load_structure(connection, event_id, self.clock())
        self.search_model.unload()
        self.structure_loaded.emit()

    def refresh_now(self) -> Now | None:
        """Ask the clock again what is on stage and which round is current (cheap; no reload)."""
        if self.structure is None:
            return None
        with self.db.connect() as connection:
            now = now_at(connection, self.structure.event_id, self.clock())
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
        with self.db.connect() as connection:
            if round_id is None:
                counts: dict[int | None, int] = {}
                rows: list[ContributionRow] = []
            else:
                counts = counts_by_table(connection, round_id)
                rows = rows_for_table(connection, round_id, table_id)
        if self.structure is not None:
            entries = self.table_entries(counts)
            if [e.id for e in entries] != [e.id for e in self.counts.entries] or force:
                self.counts.set_tables(entries, round_id)
            else:
                self.counts.set_counts(counts, round_id)
        self.round_id, self.table_id = round_id, table_id
        self.table_model.show_scope(round_id, table_id, rows)
        self.scope_changed.emit(round_id, table_id)

    def reload(self) -> None:
        """Read the current scope again (after changes made elsewhere)."""
        self._show(self.round_id, self.table_id, force=True)

    # --- searching ----------------------------------------------------------------------------------

    def prepare_search(self) -> None:
        """Build the event's search index (once; kept current as contributions change)."""
        if self.search_model.loaded or self.structure is None:
            return
        with self.db.connect() as connection:
            index = SearchIndex.for_event(connection, self.structure.event_id)
        names: dict[int | None, str] = {t.id: t.name for t in self.structure.tables}
        names[None] = ""
        self.search_model.load(index, [(r.id, r.title) for r in self.structure.rounds], names)

    def search(self, query: str) -> int:
        """Filter the search model; returns the number of results."""
        if query.strip():
            self.prepare_search()
        self.search_model.set_query(query)
        return self.search_model.rowCount()

    # --- commands -----------------------------------------------------------------------------------

    def run(self, command: Command) -> list[Change]:
        """Run a command undoably; ValidationError (nothing stored) goes to the caller."""
        changes = self.undo.execute(command)
        self.apply(changes)
        self.saved.emit()
        return changes

    def add(self, text: str, person: str = "", organisation: str = "") -> ContributionRow:
        if self.round_id is None:
            raise ValidationError("round", self.tr("Kies eerst een ronde."), "no_round")
        command = commands.AddContribution(
            self.round_id,
            text,
            table_id=self.table_id,
            person=person or None,
            organisation=organisation or None,
        )
        self.run(command)
        assert command.row is not None
        return command.row

    def toggle_highlight(self, row: ContributionRow) -> None:
        self.run(commands.SetHighlight(row.id, not row.highlighted))

    def delete(self, row: ContributionRow) -> None:
        self.run(commands.DeleteContribution(row.id))

    def move_to_table(self, row: ContributionRow, table_id: int | None) -> None:
        if row.table_id != table_id:
            self.run(commands.SetTable(row.id, table_id))

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
            with self.db.connect() as connection:
                order = round_order(connection, row.round_id)
            after = model.row_at(target).id
            position = order.index(after)
            before = order[position + 1] if position + 1 < len(order) else None
        self.run(commands.MoveContribution(row.id, before))
        return True

    def add_quote(self, text: str, speaker: str, item_id: int | None) -> None:
        assert self.structure is not None
        self.run(
            commands.AddQuote(
                self.structure.event_id, text, speaker=speaker or None, programme_item_id=item_id
            )
        )

    def _edit_cell(self, row: ContributionRow, column: Col, value: str) -> bool:
        if column is Col.TEXT:
            command: Command = commands.EditText(row.id, value)
        elif column is Col.PERSON:
            command = commands.SetAttribution(row.id, value, row.organisation_name)
        else:
            command = commands.SetAttribution(row.id, row.person_name, value)
        try:
            self.run(command)
        except ValidationError as error:
            self.failed.emit(str(error))
            return False
        return True

    # --- following changes --------------------------------------------------------------------------

    def apply(self, changes: Sequence[Change]) -> None:
        """Bring every model up to date with what a command did."""
        reorder = self.table_model.apply(changes)
        self.counts.apply(changes)
        search_reorder = self.search_model.apply(changes)
        names_changed = any(
            c.row is not None and c.kind is not ChangeKind.REMOVED and self._has_new_names(c.row)
            for c in changes
        )
        if reorder:
            self.reload()
        if search_reorder or any(c.kind is ChangeKind.REORDERED for c in changes):
            self._refresh_search_rounds([c.round_id for c in changes if c.kind is ChangeKind.REORDERED])
        if names_changed and self.structure is not None:
            self.load_event(self.structure.event_id)

    def _has_new_names(self, row: ContributionRow) -> bool:
        if self.structure is None:
            return False
        return bool(
            (row.person_name and row.person_name not in self.structure.people)
            or (row.organisation_name and row.organisation_name not in self.structure.organisations)
        )

    def _refresh_search_rounds(self, round_ids: Sequence[int | None]) -> None:
        index = self.search_model.index_
        if index is None:
            return
        with self.db.connect() as connection:
            for round_id in {r for r in round_ids if r is not None}:
                for row in rows_for_round(connection, round_id):
                    index.put(row)
        index.in_event_order = False  # positions changed: results must be sorted again
        self.search_model.set_query(self.search_model.query, force=True)

    def _replayed(self, changes: list[Change], command: Command | None) -> None:
        self.apply(changes)
        self.saved.emit()
        self.replayed.emit(command.contribution_id if command is not None else None)
