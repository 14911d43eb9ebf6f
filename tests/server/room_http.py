"""A plain HTTP client for the capture server's tests (stdlib only), always on loopback."""

from __future__ import annotations

import http.client
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from erbij_desktop.app.workspace import Workspace


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    cookies: tuple[str, ...] = ()

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


def call(
    address: tuple[str, int],
    method: str,
    path: str,
    body: Any = None,
    *,
    raw: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 30.0,
) -> Answer:
    host, port = address
    assert host.startswith("127."), "tests talk to loopback only"
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode("utf-8"))
        sent = dict(headers or {})
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        payload = response.read()
        return Answer(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            payload,
            tuple(response.headers.get_all("Set-Cookie") or ()),
        )
    finally:
        connection.close()


def token_of(link: str) -> str:
    return link.rsplit("/", 1)[1]


def entry(text: str, *, device: str = "device-0001", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "device": device,
        "text": text,
        "person": "",
        "organisation": "",
        "consent": False,
    }
    body.update(extra)
    return body


def switch_round(ws: Workspace, round_id: int) -> None:
    """The facilitator puts ``round_id`` live, through the workspace."""
    from erbij_desktop.app.live_actions import switch_round as switch

    assert switch(ws, round_id)


@dataclass(frozen=True)
class Room:
    event_id: int
    rounds: tuple[int, ...]
    tables: tuple[int, ...]
