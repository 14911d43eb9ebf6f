"""The server's two timers: closing connections that hold a socket without asking anything (slow
headers, half-open peers), and noticing that the programme clock moved the room on to another round.

aiohttp closes an idle keep-alive connection, but a peer that trickles its
request headers a byte at a time, or vanished without closing, would keep its
socket as long as it likes. Every second this closes each connection that has
not been inside a request for ``idle_seconds``; a request in progress (a long
poll) is bounded by its own timeouts instead.

A round switch through the workspace reaches the pages at once (the change
feed); without one, the live round can still change with the clock (planned
times, ``domain.now``), so the state is read again every ``CLOCK_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

CLOCK_SECONDS = 5.0
log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from aiohttp import web

    from .routes import RoomApp


async def close_idle(server: web.Server, room: RoomApp, idle_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    period = min(1.0, idle_seconds / 4)
    while True:
        await asyncio.sleep(period)
        now = loop.time()
        open_now = server.connections
        for connection in open_now:
            if room.busy.get(connection, 0) > 0:
                continue
            since = room.idle_since.setdefault(connection, now)
            if now - since > idle_seconds:
                with contextlib.suppress(Exception):
                    connection.force_close()
        alive = set(open_now)
        for table in (room.busy, room.idle_since):
            for gone in [c for c in table if c not in alive]:
                del table[gone]


async def follow_clock(room: RoomApp, period: float = CLOCK_SECONDS) -> None:
    while True:
        await asyncio.sleep(period)
        try:
            await room.recheck()
        except Exception:  # a locked or gone database: the next round of the clock tries again
            log.warning("Capture server could not read the event's state")
