"""Undo and redo for capturing, without Qt.

Each ``Command`` knows how to do and undo itself through the domain's own
operations (every one of which commits or changes nothing), so undoing can
never leave half a change in the database. The commands themselves live in
``domain.commands``; this module, the framework, needs no ORM to import. ``History`` keeps the list of
commands and where we are in it; the capture view mirrors it in a QUndoStack
for the Edit menu.

Commands keep ids and plain values, never ORM objects, so they stay valid
across sessions and across switching tables and rounds. Every do/undo returns
the ``Change``\\ s it made, which the views use to update only the rows that
changed.

When undoing or redoing fails (say the round was deleted in the meantime), the
failed step changed nothing, the history is cleared (the steps around it may
no longer fit the data) and ``UndoError`` says why.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from .contribution_rows import ContributionRow
from .errors import DomainError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["Change", "ChangeKind", "Command", "History", "UndoError"]


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    # The order of a round changed; views of that round reload it.
    REORDERED = "reordered"
    # Something other than a contribution (a quote) changed.
    OTHER = "other"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    # ADDED/CHANGED: the row as it is now; REMOVED: the row as it was.
    row: ContributionRow | None = None
    # CHANGED: the row as it was before.
    before: ContributionRow | None = None
    round_id: int | None = None

    @classmethod
    def added(cls, row: ContributionRow) -> Change:
        return cls(ChangeKind.ADDED, row, round_id=row.round_id)

    @classmethod
    def changed(cls, before: ContributionRow, row: ContributionRow) -> Change:
        return cls(ChangeKind.CHANGED, row, before, round_id=row.round_id)

    @classmethod
    def removed(cls, row: ContributionRow) -> Change:
        return cls(ChangeKind.REMOVED, row, round_id=row.round_id)


class UndoError(DomainError):
    """Undoing or redoing failed; nothing changed and the history was cleared."""


class Command(ABC):
    """One undoable step. ``label`` names it in the Edit menu ("Bijdrage verwijderen")."""

    label: str = ""

    @abstractmethod
    def redo(self, session: Session) -> list[Change]:
        """Do (or do again) the step; raise and change nothing if it cannot be done."""

    @abstractmethod
    def undo(self, session: Session) -> list[Change]:
        """Take the step back."""

    @property
    def contribution_id(self) -> int | None:
        """The contribution this step is about, so a view can show it; None if none."""
        return None


# --- history ---------------------------------------------------------------------------------------


class History:
    """Done and undone commands, run each in its own session.

    ``sessions`` makes a new session (``Database.session``). ``generation``
    changes whenever the history is cleared, so a mirror (the Qt undo stack)
    can tell its steps are stale.
    """

    def __init__(self, sessions: Callable[[], Session], limit: int = 1000) -> None:
        self._sessions = sessions
        self._limit = limit
        self._commands: list[Command] = []
        self._index = 0
        self.generation = 0

    # state
    @property
    def index(self) -> int:
        return self._index

    def __len__(self) -> int:
        return len(self._commands)

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_label(self) -> str:
        return self._commands[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._commands[self._index].label if self.can_redo else ""

    @property
    def next_undo(self) -> Command | None:
        return self._commands[self._index - 1] if self.can_undo else None

    @property
    def next_redo(self) -> Command | None:
        return self._commands[self._index] if self.can_redo else None

    def clear(self) -> None:
        self._commands.clear()
        self._index = 0
        self.generation += 1

    # actions
    def execute(self, command: Command) -> list[Change]:
        """Do ``command`` and remember it; on error nothing changes and it is not remembered."""
        with self._sessions() as session:
            changes = command.redo(session)
        del self._commands[self._index :]
        self._commands.append(command)
        if len(self._commands) > self._limit:
            del self._commands[0]
        self._index = len(self._commands)
        return changes

    def undo(self) -> list[Change]:
        command = self.next_undo
        if command is None:
            return []
        changes = self._run(command.undo, "Ongedaan maken")
        self._index -= 1
        return changes

    def redo(self) -> list[Change]:
        command = self.next_redo
        if command is None:
            return []
        changes = self._run(command.redo, "Opnieuw doen")
        self._index += 1
        return changes

    def _run(self, step: Callable[[Session], list[Change]], what: str) -> list[Change]:
        try:
            with self._sessions() as session:
                return step(session)
        except (DomainError, SQLAlchemyError) as error:
            self.clear()
            raise UndoError(
                f"{what} lukte niet: {error} Er is niets half gewijzigd; "
                "de lijst om ongedaan te maken is gewist."
            ) from error
