"""``live_actions.switch_round``: the facilitator's round switch, recorded so the tables' pages follow it."""

from __future__ import annotations

from room_http import Room

from erbij_desktop.app.live_actions import switch_round
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.server.state import read_room


def test_the_switched_round_is_the_live_one_and_the_one_before_ends(ws: Workspace, room: Room) -> None:
    first = read_room(ws).live_round
    assert first is not None and first.id == room.rounds[0]
    assert switch_round(ws, room.rounds[1])
    live = read_room(ws).live_round
    assert live is not None and live.id == room.rounds[1] and live.question == "Wat kan morgen al anders?"
    assert switch_round(ws, room.rounds[0])  # back again
    live = read_room(ws).live_round
    assert live is not None and live.id == room.rounds[0]
    assert not ws.can_undo  # like the programme clock: not an undo step


def test_a_gone_round_switches_nothing(ws: Workspace, room: Room) -> None:
    assert not switch_round(ws, 9999)
    live = read_room(ws).live_round
    assert live is not None and live.id == room.rounds[0]
