"""``RoomServer``: the capture server the Live tab switches on and ``erbij-desktop serve`` runs.

It binds one address the facilitator chose (never every interface), serves
from a daemon thread with its own asyncio loop, and stops completely: the
socket, every connection and every token. While it is off no port is open.
The GUI talks to it only through this class, from its own thread; the server
calls back ``on_status`` listeners from its thread.

A server can be started again with the tokens an earlier one had
(``RoomServer(…, tokens=old.tokens)``), so the links on the tables keep
working after a restart of the app (and the browser and fault tests can
stop and start it under the pages). Without that, every start makes new
tokens.

While it runs, the interpreter switches threads every millisecond instead of
Python's default five: the server thread shares the interpreter (and its
lock) with the window, and in a full room it would otherwise keep the event
loop waiting up to 5 ms at a time, again and again (measured in issue 13's load
test: event-loop lag p99 57 ms at the default, 33 ms at 1 ms, same load).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from aiohttp import web

from erbij_desktop.logs import describe_exception

from .errors import ServerError
from .limits import IDLE_SECONDS, POLL_SECONDS, RateLimit, RateLimiter
from .presence import Presence, TableStatus
from .routes import RoomApp
from .tokens import TokenBook
from .watchdog import close_idle, follow_clock

if TYPE_CHECKING:
    from erbij_desktop.app.changes import ChangeSet
    from erbij_desktop.app.workspace import Workspace

log = logging.getLogger(__name__)
# Changes to these tables alone never change what a page shows (its entries are fetched apart).
_NOT_SHOWN = frozenset({"contribution", "contribution_tag", "tag", "photo", "quote"})
_STOP_SECONDS = 5.0
SWITCH_SECONDS = 0.001  # sys.setswitchinterval while a server runs

__all__ = ["RoomServer", "ServerError", "TableStatus"]


class RoomServer:
    def __init__(
        self,
        workspace: Workspace,
        *,
        host: str,
        port: int = 0,
        tokens: Mapping[int, str] | None = None,
        rate_limit: RateLimit | None = None,
        idle_seconds: float = IDLE_SECONDS,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self._ws = workspace
        self._host = _checked_host(host)
        if not 0 <= port <= 65535:
            raise ServerError(f"Poort {port} bestaat niet; kies een poort tussen 1024 en 65535 (of 0).")
        self._port = port
        self._given_tokens = dict(tokens or {})
        TokenBook(self._given_tokens)  # refuse bad tokens now, not at start
        self._rate_limit = rate_limit or RateLimit()
        self._idle_seconds = idle_seconds
        self._poll_seconds = poll_seconds
        self._tokens = TokenBook()
        self._last_tokens: dict[int, str] = {}
        self._presence = Presence()
        self._paused: set[int] = set()
        self._followed: int | None = None  # the round the Live tab put live; None: the programme clock's
        self._paused_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._room: RoomApp | None = None
        self._stopping: asyncio.Event | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._bound: tuple[str, int] = (self._host, port)
        self._switch_before: float | None = None

    # --- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def address(self) -> tuple[str, int]:
        return self._bound

    @property
    def tokens(self) -> dict[int, str]:
        """Table id → token of this run (after ``stop``: of the last run), to start a new server with."""
        return self._tokens.as_dict() if self.running else dict(self._last_tokens)

    def start(self) -> None:
        """Bind and serve; returns once listening. ServerError (Dutch) when that cannot be done."""
        if self.running:
            return
        sock = _bind(self._host, self._port)
        self._bound = (self._host, sock.getsockname()[1])
        self._tokens = TokenBook(self._given_tokens or None)
        for table_id in self._table_ids():
            self._tokens.token(table_id)
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._serve, args=(sock, ready, failure), name="room-server", daemon=True
        )
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise ServerError(f"De server kon niet starten op {self._host}: {type(failure[0]).__name__}.")
        self._unsubscribe = self._ws.feed.subscribe(self._on_change)
        if sys.getswitchinterval() > SWITCH_SECONDS:
            self._switch_before = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_SECONDS)

    def stop(self) -> None:
        """Close the socket and every connection; every token dies. Safe to call when stopped."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        thread.join(_STOP_SECONDS * 2)
        self._thread = None
        self._last_tokens = self._tokens.as_dict()
        self._tokens.forget_all()
        self._presence.notify()
        if self._switch_before is not None:
            sys.setswitchinterval(self._switch_before)
            self._switch_before = None

    # --- the tables -------------------------------------------------------------------------

    def link(self, table_id: int) -> str:
        """``http://HOST:PORT/t/<token>`` for the table."""
        self._require_table(table_id)
        return self._link(self._tokens.token(table_id))

    def renew_token(self, table_id: int) -> str:
        """A new token for the table (the old link answers 403 from now on); the new link."""
        self._require_table(table_id)
        return self._link(self._tokens.renew(table_id))

    def table_status(self) -> list[TableStatus]:
        running = self.running
        out = []
        for table_id, name in self._tables():
            link = self._link(self._tokens.token(table_id)) if running else ""
            out.append(
                TableStatus(
                    table_id,
                    name,
                    link,
                    self._presence.devices(table_id),
                    self._presence.last_contact(table_id),
                    self._is_paused(table_id),
                )
            )
        return out

    def set_paused(self, table_id: int, paused: bool) -> None:
        """A paused table's sends are refused (423) and its page says so."""
        with self._paused_lock:
            (self._paused.add if paused else self._paused.discard)(table_id)
        self._call_in_loop(lambda room: room.bump())
        self._presence.notify()

    def follow_round(self, round_id: int | None) -> None:
        """The facilitator put ``round_id`` live (None: follow the programme clock): pages show it
        within a second, and new entries go into it."""
        if round_id == self._followed:
            return
        self._followed = round_id
        self._call_in_loop(lambda room: room.bump())

    def on_status(self, listener: Callable[[], None]) -> Callable[[], None]:
        """``listener()`` is called from the server's thread when a device connects or sends."""
        return self._presence.subscribe(listener)

    # --- inside ---------------------------------------------------------------------------------

    def _serve(self, sock: socket.socket, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._run(sock, ready))
        except BaseException as error:
            if not ready.is_set():
                failure.append(error)
            log.error("Capture server stopped:\n%s", describe_exception(*sys.exc_info()))
        finally:
            ready.set()
            with contextlib.suppress(Exception):
                sock.close()
            loop.close()
            self._loop = None

    async def _run(self, sock: socket.socket, ready: threading.Event) -> None:
        self._stopping = asyncio.Event()
        room = RoomApp(
            self._ws,
            self._tokens,
            self._presence,
            RateLimiter(self._rate_limit),
            self._is_paused,
            self._poll_seconds,
            version=int(time.time() * 1000),
            followed=lambda: self._followed,
        )
        self._room = room
        runner = web.AppRunner(
            room.build(),
            access_log=None,
            handle_signals=False,
            shutdown_timeout=1.0,
            keepalive_timeout=self._idle_seconds,
        )
        await runner.setup()
        site = web.SockSite(runner, sock)
        try:
            await site.start()
            assert runner.server is not None
            timers = [
                asyncio.create_task(close_idle(runner.server, room, self._idle_seconds)),
                asyncio.create_task(follow_clock(room)),
            ]
            ready.set()
            await self._stopping.wait()
            for timer in timers:
                timer.cancel()
            room.bump()  # waiting polls answer now rather than hold the shutdown
        finally:
            # A connection accepted just before the stop can have its handler task cancelled before
            # that task ever ran (and closed its transport): stop accepting, let the accepted ones
            # get their handlers, and close every transport here as well.
            await asyncio.sleep(0.05)
            with contextlib.suppress(RuntimeError):  # not started
                await site.stop()
            await asyncio.sleep(0.05)
            server = runner.server
            transports = [c.transport for c in server.connections] if server is not None else []
            await runner.cleanup()
            for transport in transports:
                if transport is not None and not transport.is_closing():
                    transport.close()
            await asyncio.sleep(0.01)  # the transports' close callbacks run before the loop closes
            room.pool.shutdown(wait=True)
            self._room = None

    def _on_change(self, changes: ChangeSet) -> None:
        if changes.event_id not in (0, self._ws.event_id):
            return
        if changes.everything or not set(changes.tables) <= _NOT_SHOWN:
            self._call_in_loop(lambda room: room.bump())

    def _call_in_loop(self, fn: Callable[[RoomApp], None]) -> None:
        loop = self._loop

        def call() -> None:
            if self._room is not None:
                fn(self._room)

        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # stopping meanwhile
                loop.call_soon_threadsafe(call)

    def _is_paused(self, table_id: int) -> bool:
        with self._paused_lock:
            return table_id in self._paused

    def _require_table(self, table_id: int) -> None:
        if not self.running:
            raise ServerError("De server staat uit: zet 'Tafels schrijven mee' eerst aan.")
        if table_id not in self._table_ids():
            raise ServerError("Deze tafel bestaat niet (meer).")

    def _link(self, token: str) -> str:
        host, port = self._bound
        return f"http://{host}:{port}/t/{token}"

    def _tables(self) -> list[tuple[int, str]]:
        from sqlalchemy import select

        from erbij_desktop.domain.models import EventTable

        return self._ws.read(
            lambda s: [
                (tid, name)
                for tid, name in s.execute(
                    select(EventTable.id, EventTable.name)
                    .where(EventTable.event_id == self._ws.event_id)
                    .order_by(EventTable.position, EventTable.id)
                )
            ]
        )

    def _table_ids(self) -> set[int]:
        return {table_id for table_id, _ in self._tables()}


def _checked_host(host: str) -> str:
    try:
        address = ipaddress.ip_address(host.strip())
    except ValueError:
        raise ServerError(
            f"'{host}' is geen IP-adres; kies een van de netwerken van deze computer."
        ) from None
    if address.version != 4:
        raise ServerError("Kies een IPv4-adres (zoals 192.168.1.20): telefoons in de zaal gebruiken dat.")
    if address.is_unspecified:
        raise ServerError(
            "Kies één netwerk (het adres van de wifi of hotspot), niet alle netwerken tegelijk."
        )
    return str(address)


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the same port right after a stop
        sock.bind((host, port))
        sock.listen(128)
        sock.setblocking(False)
    except OSError as error:
        sock.close()
        raise ServerError(_bind_message(host, port, error)) from None
    return sock


def _bind_message(host: str, port: int, error: OSError) -> str:
    if error.errno == errno.EADDRINUSE:
        return f"Poort {port} is al in gebruik op {host}; kies een andere poort of laat de app er een kiezen."
    if error.errno == errno.EADDRNOTAVAIL:
        return f"Het adres {host} hoort niet bij deze computer; kies een van de netwerken die de app toont."
    if error.errno == errno.EACCES:
        return f"Poort {port} is voorbehouden aan de beheerder; kies een poort boven 1023."
    return f"De server kon niet starten op {host}:{port} ({error.strerror or 'onbekende fout'})."
