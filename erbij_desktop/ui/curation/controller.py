"""The curation workspace's logic without its widgets: which round, the two lists, undoable steps.

Every change (take into the report, leave out, reorder, reword, tag) runs as
an undoable domain command through the same ``History``/``UndoBridge`` pair
the capture view uses, so Ctrl+Z in the Edit menu takes it back. After each
stored step the round is read again (one query) and both lists are synced,
and ``saved`` tells the tab (and so the preview) that something changed.
Refusals are reported through ``failed`` with the domain's sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import SQLAlchemyError

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain import curation as cur
from erbij_desktop.domain.commands import SetHighlight, SetTags
from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.domain.outline import EventStructure, RoundInfo, load_structure
from erbij_desktop.domain.undo import Change, Command, History
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.undo_bridge import UndoBridge

from .models import CandidatesModel, SelectionModel

UNDO_LIMIT = 500


class CurationController(QObject):
    saved = Signal()
    failed = Signal(str)
    # The round shown changed, or its lists were read again.
    round_loaded = Signal()
    # A stored step or an undo concerns this contribution (the view may show it).
    focus = Signal(int)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.history = History(db.session, limit=UNDO_LIMIT)
        self.undo = UndoBridge(self.history, self)
        self.undo.stack.setObjectName("curationUndoStack")
        self.undo.stack.setUndoLimit(UNDO_LIMIT)
        self.undo.replayed.connect(self._replayed)
        self.undo.failed.connect(self.failed)
        self.selection = SelectionModel(self)
        self.candidates = CandidatesModel(self)
        self.selection.requests = self
        self.candidates.requests = self
        self.structure: EventStructure | None = None
        self.round_id: int | None = None
        self.tag_names: list[str] = []

    # --- loading ------------------------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        return self.structure.event_id if self.structure is not None else None

    @property
    def rounds(self) -> list[RoundInfo]:
        return self.structure.rounds if self.structure is not None else []

    def load_event(self, event_id: int) -> None:
        """Read the event's rounds and tables; keep the round shown when it still exists."""
        if event_id != self.event_id:
            self.undo.clear()
            self.round_id = None
        with self.db.session() as session:
            self.structure = load_structure(session, event_id)
        names: dict[int | None, str] = {t.id: t.name for t in self.structure.tables}
        self.selection.table_names = self.candidates.table_names = names
        if self.structure.round(self.round_id) is None:
            self.round_id = self.structure.rounds[0].id if self.structure.rounds else None
        self.reload()

    def show_round(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self.round_id = round_id
            self.reload()

    def reload(self) -> None:
        """Read the round shown (and the event's tag names) again and sync both lists."""
        rows: list[ContributionRow] = []
        with self.db.session() as session:
            if self.round_id is not None:
                rows = ops.rows_for_round(session, self.round_id)
            if self.event_id is not None:
                self.tag_names = cur.tag_names(session, self.event_id)
        self.selection.sync(row for row in rows if row.highlighted)
        self.candidates.sync(rows)
        self.round_loaded.emit()

    def row(self, contribution_id: int) -> ContributionRow | None:
        """The contribution as stored now (None when it was deleted elsewhere)."""
        with self.db.session() as session:
            try:
                return ops.get_row(session, contribution_id)
            except DomainError:
                return None

    # --- steps --------------------------------------------------------------------------------------

    def execute(self, command: Command, *, sync: bool = True) -> bool:
        """Run an undoable step; True when stored. A refusal is reported and changes nothing."""
        try:
            self.undo.execute(command)
        except (DomainError, SQLAlchemyError) as error:
            self.failed.emit(str(error) if isinstance(error, DomainError) else self.tr("Opslaan lukte niet."))
            self.reload()
            return False
        if sync:
            self.reload()
        if command.contribution_id is not None:
            self.focus.emit(command.contribution_id)
        self.saved.emit()
        return True

    def pick(self, contribution_id: int, index: int | None = None) -> bool:
        """Take a contribution into the report (at ``index`` in the selection; None: last)."""
        return self.execute(cur.SelectContribution(contribution_id, index))

    def unpick(self, contribution_id: int) -> bool:
        command = SetHighlight(contribution_id, False)
        command.label = self.tr("Uit het verslag halen")
        return self.execute(command)

    def reorder(self, ids: list[int], moved: int) -> bool:
        """A new order of the selection; the selection model moves its own row afterwards."""
        if self.round_id is None:
            return False
        return self.execute(cur.OrderSelection(self.round_id, ids, moved), sync=False)

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
        return self.execute(cur.SetReportText(contribution_id, wanted))

    def add_tag(self, contribution_id: int, name: str) -> bool:
        current = self.row(contribution_id)
        if current is None:
            return False
        command = SetTags(contribution_id, [*current.tags, name])
        command.label = self.tr("Label toevoegen")
        try:
            cur.clean_tag(name)
        except DomainError as error:
            self.failed.emit(str(error))
            return False
        return self.execute(command)

    def remove_tag(self, contribution_id: int, name: str) -> bool:
        current = self.row(contribution_id)
        if current is None:
            return False
        command = SetTags(contribution_id, [t for t in current.tags if t != name])
        command.label = self.tr("Label weghalen")
        return self.execute(command)

    def _replayed(self, changes: list[Change], command: object) -> None:
        self.reload()
        focus = getattr(command, "contribution_id", None)
        if isinstance(focus, int):
            self.focus.emit(focus)
        self.saved.emit()
