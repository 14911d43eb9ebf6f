"""How much the capture server accepts, how fast, and how long it waits: the bounds on what a device may do.

A phone on the venue's Wi-Fi sends one entry every few seconds at most; these
limits are far above that and far below what would let one device (or someone
who found a link) slow the laptop down.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from erbij_desktop.domain.contributions import MAX_LENGTH
from erbij_desktop.domain.limits import NAME_MAX

# A body holds one entry: its text (up to 4 UTF-8 bytes a character, as the browser sends it),
# a person and an organisation, the ids and the JSON around them.
MAX_BODY = 4 * (MAX_LENGTH + 2 * NAME_MAX) + 1024
# How long a long poll of the state waits for a change before it answers the same state.
POLL_SECONDS = 20.0
# A connection that is not in a request for this long (slow headers, a half-open peer, keep-alive) closes.
IDLE_SECONDS = 10.0
# A request body must arrive within this.
BODY_SECONDS = 10.0
# A device counts as connected when it was heard from this recently.
DEVICE_SECONDS = 30.0
MAX_DEVICES_PER_TABLE = 64


@dataclass(frozen=True)
class RateLimit:
    """A token bucket per table token: ``burst`` requests at once, then ``per_second``."""

    per_second: float = 20.0
    burst: float = 120.0


class RateLimiter:
    def __init__(self, limit: RateLimit) -> None:
        self._limit = limit
        self._buckets: dict[str, tuple[float, float]] = {}  # token -> (tokens left, when)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            left, when = self._buckets.get(key, (self._limit.burst, now))
            left = min(self._limit.burst, left + (now - when) * self._limit.per_second)
            if left < 1.0:
                self._buckets[key] = (left, now)
                return False
            self._buckets[key] = (left - 1.0, now)
            return True
