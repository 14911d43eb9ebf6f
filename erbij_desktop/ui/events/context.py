"""What a tab of an open event gets: the event's workspace and its change feed as Qt signals.

Every tab is built as ``TabClass(context, parent)``. It changes data only
through ``context.attempt(...)`` (which calls an ``app`` action on
``context.workspace`` and shows a refusal instead of raising), reads through
the ``app`` read functions (frozen rows and ids, never sessions or ORM
objects) and refreshes only from ``context.signals.changed``, whoever made the
change: another tab, a table host's phone, another laptop. Tabs never call
each other.

``FeedSignals`` (``feed_signals``) is the adapter between the Qt-free feed and
Qt: ``changed`` is always delivered on the GUI thread, commits from other
threads taken in together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.errors import DomainError

from .feed_signals import FeedSignals

T = TypeVar("T")


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
