"""The capture server's HTTP side: exactly the routes of the table page, and the rules every answer keeps.

Routes (``room_protocol.md``): the page ``/t/{token}``, its two assets, and
``/api/t/{token}/…`` for the state (long poll) and the device's entries.
Nothing else answers but a 404. Every answer carries a strict
Content-Security-Policy, ``nosniff``, ``no-referrer`` and ``no-store``, and no
cookie. A token that is unknown or renewed gets the same bare 403 whatever the
route. Nothing a device sent is ever logged or echoed in an error: the
access log is off, and failures are logged by type and stack only.

Handlers run on the server's event loop; reads and writes of the event run in
a small thread pool, so a commit never stalls the loop that answers others.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import sys
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from aiohttp import web

from erbij_desktop.domain.contributions import MAX_LENGTH
from erbij_desktop.domain.limits import NAME_MAX
from erbij_desktop.logs import describe_exception

from . import page, writes
from .errors import Refusal
from .limits import BODY_SECONDS, MAX_BODY, RateLimiter
from .state import RoomState, read_room

if TYPE_CHECKING:
    from erbij_desktop.app.workspace import Workspace

    from .presence import Presence
    from .tokens import TokenBook

log = logging.getLogger(__name__)
T = TypeVar("T")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
    "Server": "Erbij",
}
_DEVICE = re.compile(r"[A-Za-z0-9_-]{8,64}")


class RoomApp:
    """The state the handlers share; lives on the server's loop (``bump`` and ``wait`` only there)."""

    def __init__(
        self,
        ws: Workspace,
        tokens: TokenBook,
        presence: Presence,
        limiter: RateLimiter,
        paused: Callable[[int], bool],
        poll_seconds: float,
        version: int,
        followed: Callable[[], int | None] = lambda: None,
    ) -> None:
        self.ws = ws
        self.tokens = tokens
        self.presence = presence
        self.limiter = limiter
        self.paused = paused
        self.followed = followed
        self.poll_seconds = poll_seconds
        self.version = version
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="room-db")
        self.busy: dict[object, int] = {}  # connection -> requests in progress (for the watchdog)
        self.idle_since: dict[object, float] = {}
        self._changed = asyncio.Event()
        self._state: RoomState | None = None
        self._state_version = -1
        self._state_lock = asyncio.Lock()

    # --- the state every page follows -------------------------------------------------------

    def bump(self) -> None:
        """Something pages show changed: answer the waiting polls."""
        self.version += 1
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def state(self) -> tuple[int, RoomState]:
        async with self._state_lock:
            if self._state is None or self._state_version != self.version:
                version = self.version
                self._state = await self.off_loop(read_room, self.ws, self.followed())
                self._state_version = version
            return self._state_version, self._state

    async def recheck(self) -> None:
        """Read the state afresh; answer the polls if it differs (the programme clock moves by itself)."""
        fresh = await self.off_loop(read_room, self.ws)
        if self._state is not None and fresh != self._state:
            self.bump()

    async def off_loop(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.pool, fn, *args)

    # --- the application ------------------------------------------------------------------------

    def build(self) -> web.Application:
        app = web.Application(middlewares=[self._guard], client_max_size=MAX_BODY, handler_args=None)
        app.router.add_get("/t/{token}", self.page, allow_head=False)
        app.router.add_get("/static/room.js", self.asset, allow_head=False)
        app.router.add_get("/static/room.css", self.asset, allow_head=False)
        app.router.add_get("/api/t/{token}/state", self.get_state, allow_head=False)
        app.router.add_get("/api/t/{token}/entries", self.list_entries, allow_head=False)
        app.router.add_post("/api/t/{token}/entries", self.add_entry)
        app.router.add_put("/api/t/{token}/entries/{uid}", self.edit_entry)
        app.router.add_delete("/api/t/{token}/entries/{uid}", self.delete_entry)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        connection = request.protocol
        self.busy[connection] = self.busy.get(connection, 0) + 1
        language = self._state.language if self._state is not None else "nl"
        try:
            response = await handler(request)
        except Refusal as refusal:
            response = _refused(refusal, language)
        except web.HTTPException as error:  # no route, wrong method, a body over the limit
            reason = {404: "not_found", 405: "method", 413: "too_large"}.get(error.status, "bad_request")
            response = _refused(Refusal(reason), language)
        except Exception:
            log.error("Capture server request failed:\n%s", describe_exception(*sys.exc_info()))
            response = _refused(Refusal("failed"), language)
        finally:
            self.busy[connection] = self.busy.get(connection, 1) - 1
            self.idle_since[connection] = asyncio.get_running_loop().time()
        for name, value in _HEADERS.items():
            response.headers[name] = value
        return response

    def _table(self, request: web.Request, *, limited: bool = True) -> int:
        token = request.match_info["token"]
        table_id = self.tokens.table_of(token)
        if table_id is None:
            raise Refusal("forbidden")
        if limited and not self.limiter.allow(token):
            raise Refusal("too_many")
        return table_id

    # --- the page -------------------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.StreamResponse:
        table_id = self._table(request)
        _, state = await self.state()
        html = page.render(state.language, state.table_name(table_id) or "")
        return web.Response(text=html, content_type="text/html", charset="utf-8")

    async def asset(self, request: web.Request) -> web.StreamResponse:
        name = request.path.rsplit("/", 1)[-1]
        body, content_type = page.asset(name)
        return web.Response(body=body, content_type=content_type, charset="utf-8")

    # --- the API --------------------------------------------------------------------------------

    async def get_state(self, request: web.Request) -> web.StreamResponse:
        table_id = self._table(request)
        device = _optional_device(request.query.get("device"))
        since = _optional_int(request.query.get("since"))
        self.presence.heard(table_id, device)
        if since is not None and since == self.version:
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), self.poll_seconds)
        version, state = await self.state()
        self.presence.heard(table_id, device)
        live = state.live_round
        return web.json_response(
            {
                "version": version,
                "table": state.table_name(table_id) or "",
                "language": state.language,
                "round": live.as_json() if live is not None else None,
                "paused": self.paused(table_id),
            }
        )

    async def list_entries(self, request: web.Request) -> web.StreamResponse:
        table_id = self._table(request)
        device = _device(request.query.get("device"))
        self.presence.heard(table_id, device)
        entries = await self.off_loop(writes.device_entries, self.ws, table_id, device)
        return web.json_response({"entries": entries})

    async def add_entry(self, request: web.Request) -> web.StreamResponse:
        table_id = self._table(request)
        body = await _body(request)
        uid = _uid(body.get("id"))
        device = _device(body.get("device"))
        text = _text(body.get("text"))
        consent = body.get("consent", False)
        if not isinstance(consent, bool):
            raise Refusal("bad_request")
        person, organisation = _name(body.get("person")), _name(body.get("organisation"))
        round_id = body.get("round_id")
        if round_id is not None and (not isinstance(round_id, int) or isinstance(round_id, bool)):
            raise Refusal("bad_request")
        self.presence.heard(table_id, device)
        if self.paused(table_id):
            raise Refusal("paused")
        _, state = await self.state()
        live = state.live_round
        entry = writes.NewEntry(
            uid, device, text, person if consent else "", organisation if consent else "", round_id
        )
        created = await self.off_loop(writes.add_entry, self.ws, table_id, entry, live and live.id)
        self.presence.heard(table_id, device, wrote=True)
        return web.json_response({"id": uid, "status": "saved"}, status=201 if created else 200)

    async def edit_entry(self, request: web.Request) -> web.StreamResponse:
        table_id = self._table(request)
        uid = _uid(request.match_info["uid"])
        body = await _body(request)
        device = _device(body.get("device"))
        text = _text(body.get("text"))
        self.presence.heard(table_id, device)
        if self.paused(table_id):
            raise Refusal("paused")
        await self.off_loop(writes.edit_entry, self.ws, table_id, device, uid, text)
        self.presence.heard(table_id, device, wrote=True)
        return web.json_response({"id": uid, "status": "saved"})

    async def delete_entry(self, request: web.Request) -> web.StreamResponse:
        table_id = self._table(request)
        uid = _uid(request.match_info["uid"])
        device = _device(request.query.get("device"))
        self.presence.heard(table_id, device)
        if self.paused(table_id):
            raise Refusal("paused")
        await self.off_loop(writes.delete_entry, self.ws, table_id, device, uid)
        self.presence.heard(table_id, device, wrote=True)
        return web.json_response({"id": uid, "status": "deleted"})


def _refused(refusal: Refusal, language: str) -> web.Response:
    return web.json_response({"error": refusal.text(language)}, status=refusal.status)


async def _body(request: web.Request) -> dict[str, Any]:
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise Refusal("too_large")
    try:
        raw = await asyncio.wait_for(request.read(), BODY_SECONDS)
    except TimeoutError as error:
        raise Refusal("bad_request") from error
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise Refusal("bad_request") from error
    if not isinstance(body, dict):
        raise Refusal("bad_request")
    return body


def _uid(value: object) -> str:
    if not isinstance(value, str) or len(value) != 36:
        raise Refusal("bad_request")
    try:
        return str(uuid.UUID(value))
    except ValueError as error:
        raise Refusal("bad_request") from error


def _device(value: object) -> str:
    if not isinstance(value, str) or _DEVICE.fullmatch(value) is None:
        raise Refusal("bad_request")
    return value


def _optional_device(value: str | None) -> str | None:
    return None if value is None else _device(value)


def _optional_int(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isascii() or not value.lstrip("-").isdigit() or len(value) > 20:
        raise Refusal("bad_request")
    return int(value)


def _text(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Refusal("bad_request")
    if len(value) > MAX_LENGTH:
        raise Refusal("too_large")
    return value


def _name(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > NAME_MAX:
        raise Refusal("bad_request")
    return value.strip()
