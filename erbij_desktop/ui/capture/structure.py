"""What the capture view needs to know about an event besides its contributions.

Rounds with their question, tables with their host, the known names for
completion, the programme items for the quote field and what is on now; read
in one short session into plain values, so the widgets never hold ORM objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.now import Now, what_is_now
from erbij_desktop.domain.people import organisations, people
from erbij_desktop.domain.rounds import rounds, tables
from erbij_desktop.domain.text import name_key


@dataclass(frozen=True)
class RoundInfo:
    id: int
    title: str
    question: str


@dataclass(frozen=True)
class TableInfo:
    id: int
    name: str
    host: str


@dataclass(frozen=True)
class ItemInfo:
    id: int
    heading: str
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class EventStructure:
    event_id: int
    uid: str
    title: str
    rounds: list[RoundInfo] = field(default_factory=list)
    tables: list[TableInfo] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    # name_key of a person -> the name of their organisation
    person_organisation: dict[str, str] = field(default_factory=dict)
    items: list[ItemInfo] = field(default_factory=list)
    now: Now = field(default_factory=lambda: Now(None, None))

    def round(self, round_id: int | None) -> RoundInfo | None:
        return next((r for r in self.rounds if r.id == round_id), None)

    def table(self, table_id: int | None) -> TableInfo | None:
        return next((t for t in self.tables if t.id == table_id), None)

    def item(self, item_id: int | None) -> ItemInfo | None:
        return next((i for i in self.items if i.id == item_id), None)

    def organisation_of(self, person: str) -> str:
        return self.person_organisation.get(name_key(person), "")


def load_structure(session: Session, event_id: int, now: dt.datetime | None = None) -> EventStructure:
    event = get_event(session, event_id)
    everyone = people(session, event)
    return EventStructure(
        event_id=event.id,
        uid=event.uid,
        title=event.title,
        rounds=[RoundInfo(r.id, r.title, r.question) for r in rounds(session, event)],
        tables=[TableInfo(t.id, t.name, t.host.name if t.host else "") for t in tables(session, event)],
        people=[p.name for p in everyone],
        organisations=[o.name for o in organisations(session, event)],
        person_organisation={p.name_key: p.organisation.name for p in everyone if p.organisation is not None},
        items=[ItemInfo(i.id, i.heading, tuple(p.name for p in i.people)) for i in event.programme],
        now=what_is_now(event, now),
    )
