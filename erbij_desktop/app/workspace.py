"""One open event's workspace: every change to it goes through ``run``.

One user action is one call of ``run``: one session, one transaction, one
commit, made here and not by the domain operations the action calls. The rows
it changed are recorded (``recorder``) and pushed as one step onto the event's
undo history, and the change set is published on the change feed, whoever
made the change: a key in the GUI, a table host's phone through the capture
server's thread, or (later) another laptop.

Writes are serialised by one lock, so ``run`` is safe to call from any thread;
listeners hear of commits in commit order. A refused or failed action (a
domain error, a full disk, a locked database) is rolled back and leaves the
data, the history and the feed exactly as they were.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, MetaData
from sqlalchemy.exc import IntegrityError

from . import recorder, remote
from .apply import apply
from .changes import ChangeSet, Direction, Origin, RowChange, summarise
from .errors import UndoConflict
from .feed import ChangeFeed
from .history import History, Step

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.storage.database import Database

T = TypeVar("T")
_GONE = "Dit kan niet meer ongedaan worden gemaakt: wat ervoor nodig is, is intussen verwijderd."


class Undo(enum.Enum):
    """What an action means for the undo history."""

    RECORD = "record"  # one step that Ctrl+Z takes back
    SKIP = "skip"  # not a step (which round is live, the timer): history stays as it is
    CLEAR = "clear"  # cannot be undone: the history is emptied, and the UI said so before


class Workspace:
    def __init__(self, db: Database, event_id: int, feed: ChangeFeed | None = None) -> None:
        self.db = db
        self.event_id = event_id
        self.feed = feed if feed is not None else ChangeFeed()
        self.history = History()
        self._lock = threading.RLock()
        recorder.install(db.engine)
        # On a server database the other laptops hear of every commit (app.remote); not on SQLite.
        self._shared = remote.on_server(db.engine)

    @cached_property
    def _metadata(self) -> MetaData:
        # The ORM (slow to import: tests/benchmarks/README.md) loads at the first write, not at open.
        from erbij_desktop.domain.models import Base

        return Base.metadata

    # --- changes ---------------------------------------------------------------------------------

    def run(
        self,
        label: str,
        action: Callable[[Session], T],
        *,
        undo: Undo = Undo.RECORD,
        origin: Origin = Origin.LOCAL,
    ) -> T:
        """Do ``action`` in one transaction and commit it; record, remember and announce what changed."""
        with self._lock:
            metadata = self._metadata
            session = self.db.session()
            try:
                conn = session.connection()
                recording = recorder.start(conn, metadata)
                try:
                    result = action(session)
                    session.flush()
                    changes = recorder.finish(conn, recording)
                finally:
                    recorder.stop(conn)
                if self._shared and changes:  # with the COMMIT, in one round trip
                    remote.announce(conn, self.event_id, label, changes, commit=True)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
            if undo is Undo.RECORD and changes:
                self.history.push(Step(label, tuple(changes)))
            elif undo is Undo.CLEAR:
                self.history.clear()
            self._publish(label, changes, origin, Direction.DO, always=undo is Undo.CLEAR)
            return result

    def undo(self) -> str | None:
        """Take back the last step; its label, or ``None`` when there is nothing to undo."""
        with self._lock:
            step = self.history.to_undo()
            if step is None:
                return None
            changes = self._write_back(step, [c.inverted() for c in reversed(step.changes)])
            self.history.undone()
            self._publish(step.label, changes, Origin.LOCAL, Direction.UNDO)
            return step.label

    def redo(self) -> str | None:
        with self._lock:
            step = self.history.to_redo()
            if step is None:
                return None
            changes = self._write_back(step, list(step.changes))
            self.history.redone()
            self._publish(step.label, changes, Origin.LOCAL, Direction.REDO)
            return step.label

    def _write_back(self, step: Step, wanted: Sequence[RowChange]) -> list[RowChange]:
        metadata = self._metadata
        try:
            with self.db.engine.begin() as conn:
                recording = recorder.start(conn, metadata)
                try:
                    apply(conn, metadata, wanted)
                    done = recorder.finish(conn, recording)
                except IntegrityError as error:  # e.g. it needs a round someone deleted meanwhile
                    raise UndoConflict(_GONE) from error
                finally:
                    recorder.stop(conn)
                _check_exactly(wanted, done)
                if self._shared and done:
                    remote.announce(conn, self.event_id, step.label, done, commit=True)
        except UndoConflict:
            self.history.clear()
            self._publish(step.label, [], Origin.LOCAL, Direction.UNDO, always=True)
            raise
        return done

    def _publish(
        self,
        label: str,
        rows: Sequence[RowChange],
        origin: Origin,
        direction: Direction,
        *,
        always: bool = False,
    ) -> None:
        if not rows and not always:
            return
        self.feed.publish(
            ChangeSet(
                self.event_id,
                label,
                origin,
                direction,
                summarise(rows),
                tuple(rows),
                self.feed.next_sequence(),
            )
        )

    # --- reads -----------------------------------------------------------------------------------

    def read(self, query: Callable[[Session], T]) -> T:
        """Run a read in a short session of its own; return plain values, never ORM objects."""
        with self.db.session() as session:
            return query(session)

    def read_plain(self, query: Callable[[Connection], T]) -> T:
        """A read through Core only (no ORM loaded): for the first paint."""
        with self.db.connect() as conn:
            return query(conn)

    @property
    def can_undo(self) -> bool:
        return self.history.to_undo() is not None

    @property
    def can_redo(self) -> bool:
        return self.history.to_redo() is not None


def _check_exactly(wanted: Sequence[RowChange], done: Sequence[RowChange]) -> None:
    """Undo touched only the rows it meant to, and made them what it meant to (else: a conflict)."""
    expected = {(c.table, c.key): c.after for c in wanted}
    for change in done:
        target = expected.get((change.table, change.key), ())
        if target == () or (None if target is None else dict(target)) != (
            None if change.after is None else dict(change.after)
        ):
            raise UndoConflict(
                "Dit kan niet meer ongedaan worden gemaakt: "
                "het raakt intussen ook gegevens die later zijn toegevoegd."
            )
