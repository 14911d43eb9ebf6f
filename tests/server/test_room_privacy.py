"""What hosts type never reaches the log, and markup they type is text in the report too."""

from __future__ import annotations

import logging

import pytest
from room_http import Room, call, entry, token_of

from erbij_desktop import logs
from erbij_desktop.app import capture_actions
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.server import writes
from erbij_desktop.server.room import RoomServer

SECRET = "mevrouw Jansen van nummer 12 heeft schulden"
NAME = "Henk Geheimhouder"


def test_typed_text_names_and_tokens_never_reach_the_log(
    server: RoomServer, room: Room, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.setup_logging()
    caplog.set_level(logging.DEBUG)
    token = token_of(server.link(room.tables[0]))
    body = entry(SECRET, person=NAME, organisation="Schuldhulp", consent=True)
    assert call(server.address, "POST", f"/api/t/{token}/entries", body).status == 201
    path = f"/api/t/{token}/entries/{body['id']}"
    assert call(server.address, "PUT", path, {"device": "device-0001", "text": SECRET + " (2)"}).status == 200
    assert call(server.address, "POST", f"/api/t/{token}/entries", raw=SECRET.encode()).status == 400
    too_long = entry(SECRET * 1000)
    assert call(server.address, "POST", f"/api/t/{token}/entries", too_long).status == 413

    def broken(*args: object) -> bool:
        raise RuntimeError(f"kapot bij {SECRET}")

    monkeypatch.setattr(writes, "add_entry", broken)  # a bug while saving: logged, without its message
    failed = call(server.address, "POST", f"/api/t/{token}/entries", entry(SECRET))
    assert failed.status == 503 and SECRET not in failed.body.decode()
    logs.flush()
    logged = caplog.text + logs.log_file().read_text(encoding="utf-8")
    assert "RuntimeError" in logged  # the failure itself is logged
    for private in (SECRET, NAME, token, body["id"]):
        assert private not in logged


def test_device_markup_is_escaped_in_the_report(server: RoomServer, ws: Workspace, room: Room) -> None:
    from sqlalchemy import select

    from erbij_desktop.domain.events import get_event
    from erbij_desktop.domain.models import Contribution
    from erbij_desktop.report.html_article import render_html

    markup = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    token = token_of(server.link(room.tables[0]))
    assert call(server.address, "POST", f"/api/t/{token}/entries", entry(markup)).status == 201
    stored = ws.read(lambda s: s.scalar(select(Contribution.id)))
    assert stored is not None
    capture_actions.set_highlight(ws, stored, True)
    html = ws.read(lambda s: render_html(s, get_event(s, ws.event_id), appendix=True)).decode("utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html
