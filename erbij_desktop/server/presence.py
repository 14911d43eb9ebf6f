"""Which devices each table has, and when one was last heard from: the Live tab's per-table line.

A device is counted while it was heard from in the last ``DEVICE_SECONDS``
(the page polls at least every ``POLL_SECONDS``, so an open page keeps
counting). Only an opaque id the page made is kept, in memory, never its
address. Listeners hear of a new device and of every accepted write; they are
called on the server's thread and must hand the news to their own.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .limits import DEVICE_SECONDS, MAX_DEVICES_PER_TABLE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TableStatus:
    table_id: int
    name: str
    link: str
    devices: int  # devices seen in the last 30 s
    last_contact: dt.datetime | None
    paused: bool


class Presence:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[int, dict[str, float]] = {}  # table -> device -> monotonic time
        self._last: dict[int, dt.datetime] = {}
        self._listeners: list[Callable[[], None]] = []

    def heard(self, table_id: int, device: str | None, *, wrote: bool = False) -> None:
        now = time.monotonic()
        with self._lock:
            self._last[table_id] = dt.datetime.now(dt.UTC)
            new = False
            if device:
                devices = self._seen.setdefault(table_id, {})
                before = devices.get(device)
                new = before is None or now - before > DEVICE_SECONDS
                devices[device] = now
                if len(devices) > MAX_DEVICES_PER_TABLE:  # forget the longest silent
                    del devices[min(devices, key=devices.__getitem__)]
        if new or wrote:
            self.notify()

    def devices(self, table_id: int) -> int:
        cutoff = time.monotonic() - DEVICE_SECONDS
        with self._lock:
            return sum(1 for when in self._seen.get(table_id, {}).values() if when >= cutoff)

    def last_contact(self, table_id: int) -> dt.datetime | None:
        with self._lock:
            return self._last.get(table_id)

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def notify(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener()
            except Exception:
                log.exception("A room status listener failed")
