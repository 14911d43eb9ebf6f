"""The table page's API: entries land in the event through the workspace, once per id, only while the
round is open and the table not paused; the state follows the facilitator's round switch."""

from __future__ import annotations

import threading
import time
from typing import Any

from room_http import Room, call, entry, switch_round, token_of

from erbij_desktop.app import capture_actions
from erbij_desktop.app.changes import ChangeSet, Origin
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.server.room import RoomServer


def _rows(ws: Workspace) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from erbij_desktop.domain.models import Contribution, Person

    def read(s: Any) -> list[dict[str, Any]]:
        found = s.execute(
            select(Contribution, Person.name)
            .outerjoin(Person, Person.id == Contribution.person_id)
            .order_by(Contribution.id)
        )
        return [
            {
                "uid": c.entry_uid,
                "text": c.text,
                "table": c.table_id,
                "round": c.round_id,
                "source": c.source,
                "device": c.device_id,
                "person": name,
            }
            for c, name in found
        ]

    return ws.read(read)


def _token(server: RoomServer, room: Room, index: int = 0) -> str:
    return token_of(server.link(room.tables[index]))


def test_a_sent_entry_is_committed_before_saved_and_stored_once(
    server: RoomServer, ws: Workspace, room: Room
) -> None:
    heard: list[ChangeSet] = []
    ws.feed.subscribe(heard.append)
    token = _token(server, room, 1)
    body = entry("Buurtteams werken als ze <b>dichtbij</b> zijn", device="phone-abcdef12")
    first = call(server.address, "POST", f"/api/t/{token}/entries", body)
    assert first.status == 201 and first.json() == {"id": body["id"], "status": "saved"}
    assert _rows(ws) == [
        {
            "uid": body["id"],
            "text": body["text"],
            "table": room.tables[1],
            "round": room.rounds[0],
            "source": "device",
            "device": "phone-abcdef12",
            "person": None,
        }
    ]
    again = call(server.address, "POST", f"/api/t/{token}/entries", body)
    assert again.status == 200 and again.json() == first.json()
    assert len(_rows(ws)) == 1
    assert [c.origin for c in heard] == [Origin.DEVICE]  # one change, from a device
    assert not ws.can_undo  # a host's words are not the facilitator's undo step


def test_names_are_kept_only_with_consent(server: RoomServer, ws: Workspace, room: Room) -> None:
    token = _token(server, room)
    without = entry("Zonder toestemming", person="Jan Tol", organisation="Wijkteam", consent=False)
    with_consent = entry("Met toestemming", person="Els Baan", organisation="Wijkteam", consent=True)
    for body in (without, with_consent):
        assert call(server.address, "POST", f"/api/t/{token}/entries", body).status == 201
    assert [r["person"] for r in _rows(ws)] == [None, "Els Baan"]
    listed = call(server.address, "GET", f"/api/t/{token}/entries?device=device-0001").json()["entries"]
    assert [(e["id"], e["person"], e["organisation"], e["status"]) for e in listed] == [
        (without["id"], "", "", "saved"),
        (with_consent["id"], "Els Baan", "Wijkteam", "saved"),
    ]


def test_entries_list_only_this_devices_entries_of_this_table(
    server: RoomServer, ws: Workspace, room: Room
) -> None:
    mine, other_device, other_table = entry("mijn"), entry("ander", device="device-9999"), entry("elders")
    call(server.address, "POST", f"/api/t/{_token(server, room)}/entries", mine)
    call(server.address, "POST", f"/api/t/{_token(server, room)}/entries", other_device)
    call(server.address, "POST", f"/api/t/{_token(server, room, 2)}/entries", other_table)
    capture_actions.add_contribution(ws, room.rounds[0], "van de laptop", table_id=room.tables[0])
    listed = call(server.address, "GET", f"/api/t/{_token(server, room)}/entries?device=device-0001").json()
    assert [e["text"] for e in listed["entries"]] == ["mijn"]


def test_a_device_edits_and_deletes_only_its_own(server: RoomServer, ws: Workspace, room: Room) -> None:
    token = _token(server, room)
    body = entry("eerste versie")
    call(server.address, "POST", f"/api/t/{token}/entries", body)
    path = f"/api/t/{token}/entries/{body['id']}"
    assert call(server.address, "PUT", path, {"device": "device-9999", "text": "gekaapt"}).status == 404
    other_table = f"/api/t/{_token(server, room, 1)}/entries/{body['id']}"
    assert call(server.address, "PUT", other_table, {"device": "device-0001", "text": "x"}).status == 404
    assert call(server.address, "DELETE", path + "?device=device-9999").status == 404
    assert [r["text"] for r in _rows(ws)] == ["eerste versie"]
    assert call(server.address, "PUT", path, {"device": "device-0001", "text": "tweede versie"}).status == 200
    assert [r["text"] for r in _rows(ws)] == ["tweede versie"]
    assert call(server.address, "DELETE", path + "?device=device-0001").status == 200
    assert _rows(ws) == []
    assert call(server.address, "DELETE", path + "?device=device-0001").status == 200  # gone already
    assert call(server.address, "PUT", path, {"device": "device-0001", "text": "terug?"}).status == 404
    assert not ws.can_undo


def test_a_closed_round_refuses_adds_edits_and_deletes(server: RoomServer, ws: Workspace, room: Room) -> None:
    token = _token(server, room)
    body = entry("voor het sluiten")
    call(server.address, "POST", f"/api/t/{token}/entries", body)
    capture_actions.set_capture_closed(ws, room.rounds[0], True)
    state = call(server.address, "GET", f"/api/t/{token}/state").json()
    assert state["round"]["closed"] is True
    path = f"/api/t/{token}/entries/{body['id']}"
    late = call(server.address, "POST", f"/api/t/{token}/entries", entry("te laat"))
    assert late.status == 409 and late.json() == {"error": "Ronde gesloten."}
    assert call(server.address, "PUT", path, {"device": "device-0001", "text": "anders"}).status == 409
    assert call(server.address, "DELETE", path + "?device=device-0001").status == 409
    assert [r["text"] for r in _rows(ws)] == ["voor het sluiten"]
    retried = call(server.address, "POST", f"/api/t/{token}/entries", body)  # a lost answer, retried
    assert retried.status == 200


def test_a_paused_table_refuses_sends_with_423(server: RoomServer, ws: Workspace, room: Room) -> None:
    token = _token(server, room)
    server.set_paused(room.tables[0], True)
    refused = call(server.address, "POST", f"/api/t/{token}/entries", entry("even niet"))
    assert refused.status == 423 and refused.json() == {"error": "Tafel gepauzeerd."}
    other = _token(server, room, 1)
    assert call(server.address, "POST", f"/api/t/{other}/entries", entry("wel")).status == 201
    assert [r["text"] for r in _rows(ws)] == ["wel"]


def test_an_entry_typed_in_a_round_lands_in_that_round(server: RoomServer, ws: Workspace, room: Room) -> None:
    token = _token(server, room)
    switch_round(ws, room.rounds[1])
    typed_earlier = entry("uit ronde 1, offline getypt", round_id=room.rounds[0])
    assert call(server.address, "POST", f"/api/t/{token}/entries", typed_earlier).status == 201
    assert call(server.address, "POST", f"/api/t/{token}/entries", entry("nu")).status == 201
    assert [r["round"] for r in _rows(ws)] == [room.rounds[0], room.rounds[1]]


def test_no_live_round_is_409(ws: Workspace, room: Room) -> None:
    from erbij_desktop.domain.models import Round

    ws.run("Terug", lambda s: [setattr(r, "started_at", None) for r in s.query(Round)])
    server = RoomServer(ws, host="127.0.0.1")
    server.start()
    try:
        token = token_of(server.link(room.tables[0]))
        assert call(server.address, "GET", f"/api/t/{token}/state").json()["round"] is None
        answer = call(server.address, "POST", f"/api/t/{token}/entries", entry("waar?"))
        assert answer.status == 409 and answer.json() == {"error": "Er is nu geen ronde."}
    finally:
        server.stop()


def test_a_waiting_poll_answers_on_a_round_switch(server: RoomServer, ws: Workspace, room: Room) -> None:
    token = _token(server, room)
    first = call(server.address, "GET", f"/api/t/{token}/state").json()
    assert first["round"]["question"] == "Wat werkt in jullie wijk?"
    answers: list[dict[str, Any]] = []
    poll = threading.Thread(
        target=lambda: answers.append(
            call(server.address, "GET", f"/api/t/{token}/state?since={first['version']}").json()
        )
    )
    poll.start()
    time.sleep(0.3)  # let the poll wait (not an assertion on time)
    assert not answers  # it waits for a change
    switch_round(ws, room.rounds[1])
    poll.join(15)  # well inside the 20 s the poll would otherwise wait
    assert answers and answers[0]["round"]["question"] == "Wat kan morgen al anders?"
    assert answers[0]["version"] != first["version"]


def test_an_english_event_answers_in_english(server: RoomServer, ws: Workspace, room: Room) -> None:
    from erbij_desktop.domain.enums import ReportLanguage
    from erbij_desktop.domain.models import Event

    ws.run("Taal", lambda s: setattr(s.get(Event, ws.event_id), "report_language", ReportLanguage.EN))
    token = _token(server, room)
    assert call(server.address, "GET", f"/api/t/{token}/state").json()["language"] == "en"
    assert '<html lang="en">' in call(server.address, "GET", f"/t/{token}").body.decode()
    server.set_paused(room.tables[0], True)
    assert call(server.address, "POST", f"/api/t/{token}/entries", entry("x")).json() == {
        "error": "Table paused."
    }


def test_a_change_the_feed_never_announced_still_reaches_a_waiting_poll(
    server: RoomServer, ws: Workspace, room: Room
) -> None:
    from sqlalchemy import text

    token = _token(server, room)
    first = call(server.address, "GET", f"/api/t/{token}/state").json()
    with ws.db.engine.begin() as conn:  # behind the workspace's back, as the clock moving on would be
        update = text("UPDATE round SET question = 'Wie mist er nog?' WHERE id = :id")
        conn.execute(update, {"id": room.rounds[0]})
    answer = call(server.address, "GET", f"/api/t/{token}/state?since={first['version']}").json()
    assert answer["round"]["question"] == "Wie mist er nog?"  # within the poll's 20 s: the 5 s re-read
