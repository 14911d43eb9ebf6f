"""What a table's page shows, read from the event in one short session: tables, language, the live round.

The server reads this once per change of the event (the change feed bumps a
version) and answers every poll from that copy, so a room full of phones
polling costs the database nothing. Titles and questions pass the event's
consent rule (``domain.consent``) as on the beamer: a phone is as public as
the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.domain.models import Event


@dataclass(frozen=True)
class RoundState:
    id: int
    title: str
    question: str
    closed: bool  # capture closed: devices may no longer add, edit or delete in it

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "question": self.question, "closed": self.closed}


@dataclass(frozen=True)
class RoomState:
    language: str  # "nl" or "en": the event's report language
    tables: tuple[tuple[int, str], ...]  # (id, name) in table order
    live_round: RoundState | None
    rounds: tuple[RoundState, ...] = ()

    def table_name(self, table_id: int) -> str | None:
        return next((name for tid, name in self.tables if tid == table_id), None)

    def round(self, round_id: int) -> RoundState | None:
        return next((r for r in self.rounds if r.id == round_id), None)


def read_room(ws: Workspace, followed: int | None = None) -> RoomState:
    """The open event as the tables' pages show it; ServerError-free (a gone event: no tables).

    ``followed``: the round the facilitator put live in the Live tab; None: the programme clock's."""
    from erbij_desktop.domain.consent import rule_for
    from erbij_desktop.domain.models import Event

    def read(session: Session) -> RoomState:
        event = session.get(Event, ws.event_id)
        if event is None:
            return RoomState("nl", (), None)
        rule = rule_for(event)
        rounds = tuple(
            RoundState(r.id, rule.text(r.title), rule.text(r.question), r.capture_closed)
            for r in event.rounds
        )
        live_id = followed if followed is not None else live_round_id(session, event)
        return RoomState(
            language=str(event.report_language.value),
            tables=tuple((t.id, t.name) for t in event.tables),
            live_round=next((r for r in rounds if r.id == live_id), None),
            rounds=rounds,
        )

    return ws.read(read)


def live_round_id(session: Session, event: Event) -> int | None:
    """The round the room is in now."""
    from erbij_desktop.domain.now import what_is_now

    return what_is_now(event).round_id
