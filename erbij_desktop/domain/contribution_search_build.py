"""Filling an event's ``SearchIndex`` a few hundred rows at a time, so Ctrl+F finds it ready.

Reading and folding 100,000 contributions takes about two seconds on the
benchmark machine: far too long to wait for after Ctrl+F, and too long to
freeze the window for at any moment. ``IndexBuild`` reads the event round by
round in small steps (each one short read of a few hundred rows, by id, in
their order), which the GUI runs in idle time. Changes that arrive meanwhile go
into the same index (``index.put``/``discard``): a row read again later
simply replaces itself, a row deleted before its step is no longer read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .contribution_rows import _fetch, round_order, rows_by_ids
from .contribution_search import SearchIndex

if TYPE_CHECKING:
    from .contribution_rows import Reader

# Rows per step: about 5 ms of reading and folding on the benchmark machine.
STEP_ROWS = 250


class IndexBuild:
    """An index being filled: ``step`` until ``done``."""

    def __init__(self, event_id: int, round_ids: list[int], expected: int = 0) -> None:
        self.event_id = event_id
        self.expected = expected  # contributions when the build began (more or fewer may come)
        self.index = SearchIndex(round_order=round_ids)
        self._rounds = list(round_ids)
        self._pending: list[int] = []  # ids of the round being read, in order, not read yet

    @classmethod
    def start(cls, reader: Reader, event_id: int) -> IndexBuild:
        sql = "SELECT id FROM round WHERE event_id = :id ORDER BY position, id"
        rounds = [round_id for (round_id,) in _fetch(reader, sql, {"id": event_id})]
        count = "SELECT count(*) FROM contribution WHERE event_id = :id"
        return cls(event_id, rounds, int(_fetch(reader, count, {"id": event_id})[0][0]))

    @property
    def done(self) -> bool:
        return not self._rounds and not self._pending

    def step(self, reader: Reader, rows: int = STEP_ROWS) -> bool:
        """Read about ``rows`` more contributions into the index; True when the index is complete."""
        budget = rows
        while budget > 0 and not self.done:
            if not self._pending:
                self._pending = round_order(reader, self._rounds.pop(0))
                budget -= len(self._pending) // 50 + 1  # the id list costs a little too
                continue
            chunk, self._pending = self._pending[:budget], self._pending[budget:]
            index = self.index
            for row in rows_by_ids(reader, chunk):
                index.put(row)
            budget -= len(chunk)
        return self.done

    def finish(self, reader: Reader) -> SearchIndex:
        """Read the rest at once (someone is waiting for it)."""
        while not self.step(reader, 5000):
            pass
        return self.index
