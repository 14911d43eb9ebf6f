"""Closing connections that hold a socket without asking anything: slow headers, half-open peers.

aiohttp closes an idle keep-alive connection, but a peer that trickles its
request headers a byte at a time, or vanished without closing, would keep its
socket as long as it likes. Every second this closes each connection that has
not been inside a request for ``idle_seconds``; a request in progress (a long
poll) is bounded by its own timeouts instead.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

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
