"""Fixtures for the capture server: an event with rounds and tables, its workspace, a running server.

Every server here binds 127.0.0.1 on a port the system picks, and is stopped
after its test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from room_http import Room, switch_round

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.server.room import RoomServer
from erbij_desktop.storage.database import Database


@pytest.fixture
def room(db: Database) -> Room:
    from erbij_desktop.domain.events import create_event
    from erbij_desktop.domain.rounds import add_round, add_tables

    with db.transaction() as s:
        event = create_event(s, "Samen aan tafel")
        first = add_round(s, event, title="Ronde 1", question="Wat werkt in jullie wijk?")
        second = add_round(s, event, title="Ronde 2", question="Wat kan morgen al anders?")
        tables = add_tables(s, event, 3)
        s.flush()
        made = Room(event.id, (first.id, second.id), tuple(t.id for t in tables))
    return made


@pytest.fixture
def ws(db: Database, room: Room) -> Workspace:
    workspace = Workspace(db, room.event_id)
    switch_round(workspace, room.rounds[0])
    return workspace


@pytest.fixture
def server(ws: Workspace) -> Iterator[RoomServer]:
    running = RoomServer(ws, host="127.0.0.1")
    running.start()
    try:
        yield running
    finally:
        running.stop()
