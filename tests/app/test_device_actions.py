"""A table host's entries through the workspace: stored once on a retry, never the facilitator's undo
steps; hiding an entry and closing a round for devices are ordinary undoable actions."""

from __future__ import annotations

from sqlalchemy import func, select

from erbij_desktop.app import capture_actions as actions
from erbij_desktop.app.changes import ChangeSet, Origin
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.models import Contribution, Round

UID = "0d6f2b8e-4c17-4c3e-9a51-5f0c9d2e1b7a"


def _round(ws: Workspace) -> int:
    found = ws.read(lambda s: s.scalar(select(Round.id).where(Round.event_id == ws.event_id)))
    assert found is not None
    return int(found)


def _count(ws: Workspace) -> int:
    return int(ws.read(lambda s: s.scalar(select(func.count()).select_from(Contribution))) or 0)


def test_a_device_entry_sent_twice_is_stored_once_and_is_no_undo_step(ws: Workspace) -> None:
    heard: list[ChangeSet] = []
    ws.feed.subscribe(heard.append)
    before = _count(ws)
    round_id = _round(ws)
    for _attempt in range(2):
        row = actions.add_contribution(
            ws,
            round_id,
            "Via de telefoon",
            entry_uid=UID,
            source="device",
            device_id="d1",
            origin=Origin.DEVICE,
        )
    assert row.source == "device" and row.entry_uid == UID
    assert _count(ws) == before + 1
    assert not ws.can_undo  # Ctrl+Z on the laptop never takes back a host's words
    assert len(heard) == 1 and heard[0].origin is Origin.DEVICE  # the retry changed nothing


def test_hiding_and_closing_are_undoable_steps(ws: Workspace) -> None:
    round_id = _round(ws)
    row = actions.add_contribution(ws, round_id, "Iets ongepasts")
    assert actions.set_hidden(ws, row.id, True).hidden
    assert ws.history.undo_label == "Bijdrage verbergen"
    actions.set_capture_closed(ws, round_id, True)
    assert ws.history.undo_label == "Ronde sluiten voor tafels"
    assert ws.read(lambda s: s.get(Round, round_id).capture_closed)  # type: ignore[union-attr]
    ws.undo()
    ws.undo()
    assert not ws.read(lambda s: s.get(Round, round_id).capture_closed)  # type: ignore[union-attr]
    assert not ws.read(lambda s: s.get(Contribution, row.id).hidden)  # type: ignore[union-attr]
