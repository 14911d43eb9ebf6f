"""An event for the room's load and fault tests: 14 tables (the issue's largest room) and a live round."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.now import what_is_now
from erbij_desktop.domain.rounds import add_round, add_tables
from erbij_desktop.domain.types import utcnow

TABLES = 14


@dataclass(frozen=True)
class RoomEvent:
    event_id: int
    round_id: int
    table_ids: tuple[int, ...]


def make_room_event(session: Session, *, tables: int = TABLES) -> RoomEvent:
    """An event of ``tables`` tables whose first round started a minute ago (the live round); committed."""
    event = create_event(session, "Praktijktafel Eenzaamheid")
    added = add_tables(session, event, tables)
    live = add_round(session, event, "Ronde 1", "Wat zien jullie in de wijk?")
    add_round(session, event, "Ronde 2", "Wat is er nodig?")
    live.started_at = utcnow() - dt.timedelta(minutes=1)  # the facilitator started it, as Live does
    session.commit()
    if what_is_now(event).round_id != live.id:
        raise AssertionError("the first round should be the live round")
    return RoomEvent(event.id, live.id, tuple(table.id for table in added))
