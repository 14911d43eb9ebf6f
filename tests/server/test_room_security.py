"""Security and bad input (issue 13): only the page's routes, a bare 403, 413, 429, timeouts, headers."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator

import pytest
from room_http import Answer, Room, call, entry, token_of

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.contributions import MAX_LENGTH
from erbij_desktop.server.limits import MAX_BODY, RateLimit
from erbij_desktop.server.room import RoomServer
from erbij_desktop.server.routes import CSP


def _token(server: RoomServer, room: Room, index: int = 0) -> str:
    return token_of(server.link(room.tables[index]))


def _count_rows(ws: Workspace) -> int:
    from sqlalchemy import func, select

    from erbij_desktop.domain.models import Contribution

    return ws.read(lambda s: s.scalar(select(func.count()).select_from(Contribution)) or 0)


def _assert_safe_headers(answer: Answer) -> None:
    assert answer.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "default-src 'self'" in CSP
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert not answer.cookies and "set-cookie" not in answer.headers


def test_only_the_pages_routes_answer(server: RoomServer, room: Room) -> None:
    token = _token(server, room)
    served = [
        ("GET", f"/t/{token}"),
        ("GET", "/static/room.js"),
        ("GET", "/static/room.css"),
        ("GET", f"/api/t/{token}/state"),
        ("GET", f"/api/t/{token}/entries?device=device-0001"),
    ]
    for method, path in served:
        assert call(server.address, method, path).status == 200, path
    refused = [
        ("GET", "/"),
        ("GET", "/favicon.ico"),
        ("GET", "/static/"),
        ("GET", "/static/index.html"),
        ("GET", "/static/../room/index.html"),
        ("GET", "/static/%2e%2e/%2e%2e/pyproject.toml"),
        ("GET", "/static/room.js/x"),
        ("GET", "/t/"),
        ("GET", f"/api/t/{token}"),
        ("GET", f"/api/t/{token}/entries/x/y"),
        ("POST", f"/t/{token}"),
        ("DELETE", f"/api/t/{token}/state"),
        ("PATCH", f"/api/t/{token}/entries"),
        ("HEAD", f"/t/{token}"),
        ("OPTIONS", f"/api/t/{token}/entries"),
    ]
    for method, path in refused:
        answer = call(server.address, method, path)
        assert answer.status in (404, 405), (method, path, answer.status)
        if method != "HEAD":
            assert set(answer.json()) == {"error"}
        _assert_safe_headers(answer)


def test_a_wrong_or_revoked_token_gets_a_bare_403(server: RoomServer, room: Room) -> None:
    revoked = _token(server, room)
    server.renew_token(room.tables[0])
    answers = []
    for token in (revoked, "x" * 32, "A" * 22, "not-a-token"):
        for method, path, body in [
            ("GET", f"/t/{token}", None),
            ("GET", f"/api/t/{token}/state?since=1", None),
            ("GET", f"/api/t/{token}/entries?device=device-0001", None),
            ("POST", f"/api/t/{token}/entries", entry("Gaat dit door?")),
            ("PUT", f"/api/t/{token}/entries/{entry('x')['id']}", {"device": "device-0001", "text": "x"}),
            ("DELETE", f"/api/t/{token}/entries/{entry('x')['id']}?device=device-0001", None),
        ]:
            answer = call(server.address, method, path, body)
            assert answer.status == 403, (token, path)
            _assert_safe_headers(answer)
            answers.append(answer.body)
    assert set(answers) == {json.dumps({"error": "Geen toegang."}).encode()}  # the same, whatever was asked
    assert _count_rows(server_ws(server)) == 0


def server_ws(server: RoomServer) -> Workspace:
    return server._ws  # the workspace the server writes through


def test_every_answer_has_the_strict_headers_and_no_cookie(server: RoomServer, room: Room) -> None:
    token = _token(server, room)
    for path in (f"/t/{token}", "/static/room.js", "/static/room.css", f"/api/t/{token}/state"):
        answer = call(server.address, "GET", path)
        _assert_safe_headers(answer)
    page = call(server.address, "GET", f"/t/{token}").body.decode()
    assert '<script src="/static/room.js"' in page
    assert "<script>" not in page and " on" not in page.split("<body>")[1].split("<noscript>")[0].lower()
    css = call(server.address, "GET", "/static/room.css").body.decode()
    script = call(server.address, "GET", "/static/room.js").body.decode()
    for text in (page, css, script):  # no third-party (or any absolute) address: all from this server
        assert re.search(r"https?:|[\"'(]//", text) is None
    assert "innerHTML" not in script and "eval(" not in script and "insertAdjacentHTML" not in script
    api = call(server.address, "GET", f"/api/t/{token}/state")
    assert api.headers["cache-control"] == "no-store"


def test_a_body_over_the_contribution_limit_is_refused_with_413(server: RoomServer, room: Room) -> None:
    token = _token(server, room)
    too_long = entry("a" * (MAX_LENGTH + 1))
    assert call(server.address, "POST", f"/api/t/{token}/entries", too_long).status == 413
    padded = json.dumps(entry("kort")).encode()[:-1] + b"," + b" " * MAX_BODY + b'"x": 1}'
    assert call(server.address, "POST", f"/api/t/{token}/entries", raw=padded).status == 413
    assert _count_rows(server_ws(server)) == 0


_UID = '{"id": "6a3f5e1c-2c43-4b5e-9b7e-0d2b8f1e4a10", '


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'{"id": "1", "device": "device-0001", "text": "x"}',
        (_UID + '"device": "x", "text": "x"}').encode(),
        (_UID + '"device": "device-0001", "text": "   "}').encode(),
        (_UID + '"device": "device-0001", "text": 7}').encode(),
        (_UID + '"device": "device-0001", "text": "x", "consent": "ja"}').encode(),
        (_UID + '"device": "device-0001", "text": "x", "round_id": "1"}').encode(),
        b"\xff\xfe",
    ],
)
def test_bad_json_and_fields_get_400_and_store_nothing(server: RoomServer, room: Room, body: bytes) -> None:
    answer = call(server.address, "POST", f"/api/t/{_token(server, room)}/entries", raw=body)
    assert answer.status == 400 and set(answer.json()) == {"error"}
    assert _count_rows(server_ws(server)) == 0


@pytest.fixture
def strict_server(ws: Workspace) -> Iterator[RoomServer]:
    running = RoomServer(
        ws, host="127.0.0.1", rate_limit=RateLimit(per_second=0.01, burst=5), idle_seconds=0.5
    )
    running.start()
    try:
        yield running
    finally:
        running.stop()


def test_a_token_that_asks_too_often_gets_429(strict_server: RoomServer, room: Room) -> None:
    busy, calm = _token(strict_server, room, 0), _token(strict_server, room, 1)
    statuses = [call(strict_server.address, "GET", f"/api/t/{busy}/state").status for _ in range(8)]
    assert statuses == [200] * 5 + [429] * 3
    refused = call(strict_server.address, "GET", f"/api/t/{busy}/state")
    assert refused.status == 429 and set(refused.json()) == {"error"}
    assert call(strict_server.address, "GET", f"/api/t/{calm}/state").status == 200  # per token


def _closed_by_server(sock: socket.socket) -> bool:
    """Whether the server closes the connection (within a generous bound; not a speed check)."""
    sock.settimeout(20)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
            if b"HTTP/1.1 200" in data:
                return False
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_slow_headers_and_silent_connections_time_out(strict_server: RoomServer, room: Room) -> None:
    host, port = strict_server.address
    with socket.create_connection((host, port)) as silent:  # half-open: connects, never speaks
        assert _closed_by_server(silent)
    with socket.create_connection((host, port)) as slow:  # slowloris: headers that never end
        slow.sendall(f"GET /t/{_token(strict_server, room)} HTTP/1.1\r\nHost: x\r\nX-Slow: ".encode())
        assert _closed_by_server(slow)
    with socket.create_connection((host, port)) as idle:  # one answer, then an idle keep-alive
        idle.sendall(
            f"GET /api/t/{_token(strict_server, room, 2)}/state HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        )
        idle.settimeout(20)
        assert idle.recv(4096).startswith(b"HTTP/1.1 200")
        assert _closed_by_server(idle)


def test_a_table_name_with_markup_is_escaped_in_the_page(server: RoomServer, room: Room) -> None:
    from erbij_desktop.domain.models import EventTable

    ws = server_ws(server)
    ws.run("Hernoemen", lambda s: setattr(s.get(EventTable, room.tables[0]), "name", "<script>x()</script>"))
    page = call(server.address, "GET", f"/t/{_token(server, room)}").body.decode()
    assert "<script>x()" not in page and "&lt;script&gt;x()&lt;/script&gt;" in page
