"""What a tab of an open event gets: the event's workspace and its change feed as Qt signals.

Every tab is built as ``TabClass(context, parent)``. It changes data only
through ``context.attempt(...)`` (which calls an ``app`` action on
``context.workspace`` and shows a refusal instead of raising), reads through
the ``app`` read functions (frozen rows and ids, never sessions or ORM
objects) and refreshes only from ``context.signals.changed``, whoever made the
change: another tab, a table host's phone, another laptop. Tabs never call
each other.

``FeedSignals`` is the thin adapter between the Qt-free feed and Qt: the feed
calls it on the committing thread, and Qt delivers ``changed`` on the GUI
thread (a queued connection when the commit came from another thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.app.feed import ChangeFeed
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.errors import DomainError

T = TypeVar("T")


class FeedSignals(QObject):
    # A ChangeSet, after its commit; on the GUI thread.
    changed = Signal(object)
    # A change was refused; the sentence says why (the views did not change).
    refused = Signal(str)

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = feed.subscribe(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


class LiveRound(QObject):
    """Which round the room is on: set by Live (and the programme clock), followed by whoever likes.

    Not stored data (no commit, no undo): where the facilitator is. The capture
    view follows it by default but may capture into another round.
    """

    changed = Signal(object)  # the round's id, or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.round_id: int | None = None

    def set(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self.round_id = round_id
            self.changed.emit(round_id)


class EventContext:
    """The open event as its tabs see it."""

    def __init__(self, workspace: Workspace, signals: FeedSignals) -> None:
        self.workspace = workspace
        self.signals = signals
        self.live_round = LiveRound(signals)

    @property
    def event_id(self) -> int:
        return self.workspace.event_id

    def attempt(self, change: Callable[[], T]) -> T | None:
        """Make a change; when it is refused, say why on ``signals.refused`` and return ``None``."""
        try:
            return change()
        except DomainError as error:
            self.signals.refused.emit(str(error))
            return None

    def close(self) -> None:
        self.signals.close()


def open_context(workspace: Workspace, parent: QObject | None = None) -> EventContext:
    return EventContext(workspace, FeedSignals(workspace.feed, parent))
