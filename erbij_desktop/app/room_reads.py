"""What the Live tab's "Tafels schrijven mee" box reads from the event: its title and language (for
the join cards) and which rounds are closed for the tables' devices.

Plain values from one short read, so the box (in ui/) never touches a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace


@dataclass(frozen=True)
class RoomFacts:
    title: str
    language: str  # "nl" or "en": the event's report language, also the table pages'
    closed_rounds: frozenset[int]  # rounds closed for the devices


def room_facts(ws: Workspace) -> RoomFacts:
    from erbij_desktop.domain.models import Event

    def read(session: Session) -> RoomFacts:
        event = session.get(Event, ws.event_id)
        if event is None:
            return RoomFacts("", "nl", frozenset())
        closed = frozenset(r.id for r in event.rounds if r.capture_closed)
        return RoomFacts(event.title, str(event.report_language.value), closed)

    return ws.read(read)
