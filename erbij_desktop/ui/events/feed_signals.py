"""The change feed as a Qt signal on the GUI thread, with a full room's commits taken in together.

The Qt-free feed calls ``FeedSignals`` on the committing thread. A change made
on the GUI thread (a key, a menu) is passed on at once, so the view the user
acts in answers in the same frame. Changes committed on other threads (the
room's capture server: fourteen tables with three devices each; later another
laptop's feed) are collected and handed to the GUI thread together, at most
every ``BATCH_MS``: one refresh of the views for ten commits instead of ten,
which keeps the window responsive in a full room (issue 13's load test). A
tenth of a second is well within what the facilitator would notice.

Merging keeps what views rely on: consecutive change sets of the same origin
and direction become one (an undo, a redo or a different origin starts a new
one, delivered in commit order); per row the net effect counts (added then
removed within a batch is not announced at all; added then changed is
"added"); all recorded rows travel along in order.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

from erbij_desktop.app.changes import ChangeSet, TableChanges
from erbij_desktop.app.feed import ChangeFeed

BATCH_MS = 60


class FeedSignals(QObject):
    # A ChangeSet, after its commit; on the GUI thread.
    changed = Signal(object)
    # A change was refused; the sentence says why (the views did not change).
    refused = Signal(str)
    # Internal: change sets from another thread are waiting (queued to the GUI thread).
    _waiting = Signal()

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: list[ChangeSet] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._deliver)
        self._waiting.connect(self._later, Qt.ConnectionType.QueuedConnection)
        self._delivered_at = 0.0  # time.monotonic() of the last delivery from other threads
        self._unsubscribe: Callable[[], None] | None = feed.subscribe(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        if QThread.currentThread() is self.thread():
            self._deliver()  # what other threads committed before comes first
            self.changed.emit(changes)
            return
        with self._lock:
            self._pending.append(changes)
            first = len(self._pending) == 1
        if first:
            self._waiting.emit()

    def _later(self) -> None:
        if self._timer.isActive():
            return
        waited_ms = (time.monotonic() - self._delivered_at) * 1000
        if waited_ms >= BATCH_MS:
            self._deliver()
        else:
            self._timer.start(max(1, int(BATCH_MS - waited_ms)))

    def _deliver(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        if pending:
            self._delivered_at = time.monotonic()
        for changes in merged(pending):
            self.changed.emit(changes)

    def flush(self) -> None:
        """Deliver whatever is waiting now (on the GUI thread): before closing, and for tests."""
        self._timer.stop()
        self._deliver()

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timer.stop()
        with self._lock:
            self._pending.clear()


def merged(pending: Sequence[ChangeSet]) -> list[ChangeSet]:
    """Runs of change sets with the same event, origin and direction, each as one change set."""
    runs: list[list[ChangeSet]] = []
    for changes in pending:
        last = runs[-1][-1] if runs else None
        if last is not None and (last.event_id, last.origin, last.direction) == (
            changes.event_id,
            changes.origin,
            changes.direction,
        ):
            runs[-1].append(changes)
        else:
            runs.append([changes])
    return [run[0] if len(run) == 1 else _one(run) for run in runs]


def _one(run: list[ChangeSet]) -> ChangeSet:
    first_kind: dict[tuple[str, Any], str] = {}
    last_kind: dict[tuple[str, Any], str] = {}
    for changes in run:
        for table, ids in changes.tables.items():
            for kind, found in (("added", ids.added), ("changed", ids.changed), ("removed", ids.removed)):
                for key in found:
                    first_kind.setdefault((table, key), kind)
                    last_kind[(table, key)] = kind
    net: dict[str, dict[str, set[Any]]] = {}
    for (table, key), first in first_kind.items():
        existed = first != "added"
        exists = last_kind[(table, key)] != "removed"
        if not existed and not exists:
            continue
        kind = "changed" if existed and exists else "added" if exists else "removed"
        net.setdefault(table, {"added": set(), "changed": set(), "removed": set()})[kind].add(key)
    tables = {
        table: TableChanges(frozenset(k["added"]), frozenset(k["changed"]), frozenset(k["removed"]))
        for table, k in net.items()
    }
    last = run[-1]
    return dataclasses.replace(
        last,
        label=last.label if all(c.label == last.label for c in run) else f"{last.label} (+{len(run) - 1})",
        tables=tables,
        rows=tuple(row for changes in run for row in changes.rows),
        everything=any(changes.everything for changes in run),
    )
