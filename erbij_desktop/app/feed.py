"""The change feed: after every commit, everyone who listens hears what changed.

Screens, the room's capture server and the sync with other laptops subscribe
here. Listeners are called on the thread that committed, in commit order (the
workspace publishes while it still holds its write lock); a GUI adapter hands
the change set to its own thread. A listener that fails is logged and does not
stop the others, nor undo the commit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from .changes import ChangeSet

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]


class ChangeFeed:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._sequence = 0

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Listen from now on; call the returned function to stop."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def next_sequence(self) -> int:
        with self._lock:
            self._sequence += 1
            return self._sequence

    def publish(self, changes: ChangeSet) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:
                log.exception("A change-feed listener failed on %s", changes.label)
