"""An event's outline, read without the ORM: what a window shows of it besides the contributions.

Rounds with their question, tables with their host, the known names for
completion, the programme items for the quote field and what is on now.
The app paints its first window before it loads SQLAlchemy's ORM and the
data model (its cost: tests/benchmarks/README.md; see the GUI's ``app`` module),
so these reads are plain SQL on a Core connection (an ORM session works too),
typed with the column types the model declares. They hand out frozen values,
so widgets never hold ORM objects (named tuples where they can: cheaper to
define and to make). A test compares them with the ORM's view.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Date, Integer, String, Time, text

from .enums import ProgrammeKind
from .errors import NotFoundError
from .now import Now, what_is_now
from .text import name_key
from .types import UTCDateTime

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    Reader = Connection | Session


class RoundInfo(NamedTuple):
    id: int
    title: str
    question: str


class TableInfo(NamedTuple):
    id: int
    name: str
    host: str


class ItemInfo(NamedTuple):
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


# --- the clock's view of the programme (what ``what_is_now`` reads of the model) -------------------


class _Named(NamedTuple):
    name: str


class _Item(NamedTuple):
    id: int
    heading: str
    kind: ProgrammeKind
    planned_start: dt.time | None
    duration_minutes: int | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    people: tuple[_Named, ...]


class _Round(NamedTuple):
    id: int
    position: int
    programme_item_id: int | None
    planned_minutes: int
    started_at: dt.datetime | None
    ended_at: dt.datetime | None


class _Programme(NamedTuple):
    event_date: dt.date | None
    start_time: dt.time | None
    programme: tuple[_Item, ...]
    rounds: tuple[_Round, ...]

    def now(self, moment: dt.datetime | None) -> Now:
        return what_is_now(self, moment)  # type: ignore[arg-type]  # it reads the model's attributes


# --- reading ---------------------------------------------------------------------------------------

_EVENT = text("SELECT id, uid, title, event_date, start_time FROM event WHERE id = :id").columns(
    id=Integer, uid=String, title=String, event_date=Date, start_time=Time
)
_ROUNDS = text(
    "SELECT id, title, question, position, programme_item_id, planned_minutes, started_at, ended_at "
    "FROM round WHERE event_id = :id ORDER BY position"
).columns(started_at=UTCDateTime, ended_at=UTCDateTime)
_TABLES = text(
    "SELECT t.id, t.name, coalesce(p.name, '') FROM event_table AS t "
    "LEFT JOIN person AS p ON p.id = t.host_id WHERE t.event_id = :id ORDER BY t.position"
)
_PEOPLE = text(
    "SELECT p.name, p.name_key, o.name FROM person AS p "
    "LEFT JOIN organisation AS o ON o.id = p.organisation_id WHERE p.event_id = :id ORDER BY p.name_key"
)
_ORGANISATIONS = text("SELECT name FROM organisation WHERE event_id = :id ORDER BY name_key")
_ITEMS = text(
    "SELECT id, heading, kind, planned_start, duration_minutes, actual_start, actual_end "
    "FROM programme_item WHERE event_id = :id ORDER BY position"
).columns(planned_start=Time, actual_start=UTCDateTime, actual_end=UTCDateTime)
_SPEAKERS = text(
    "SELECT l.programme_item_id, p.name FROM programme_item_person AS l "
    "JOIN person AS p ON p.id = l.person_id JOIN programme_item AS i ON i.id = l.programme_item_id "
    "WHERE i.event_id = :id ORDER BY l.programme_item_id, l.position"
)
_TITLE = text("SELECT title FROM event WHERE id = :id")


def event_title(reader: Reader, event_id: int) -> str | None:
    """The event's title, or None when there is no such event."""
    return reader.execute(_TITLE, {"id": event_id}).scalar()


def now_at(reader: Reader, event_id: int, now: dt.datetime | None = None) -> Now:
    """What is on stage, and which round is current, at ``now`` (see ``domain.now``)."""
    return _programme(reader, {"id": event_id}).now(now)


def load_structure(reader: Reader, event_id: int, now: dt.datetime | None = None) -> EventStructure:
    """The event's outline, with what is on now at ``now``; NotFoundError when it is gone."""
    params: dict[str, Any] = {"id": event_id}
    event = reader.execute(_EVENT, params).one_or_none()
    if event is None:
        raise NotFoundError(f"Geen evenement met id {event_id}.")
    rounds = reader.execute(_ROUNDS, params).all()
    everyone = reader.execute(_PEOPLE, params).all()
    programme = _programme(reader, params, event, rounds)
    return EventStructure(
        event_id=event.id,
        uid=event.uid,
        title=event.title,
        rounds=[RoundInfo(r.id, r.title, r.question) for r in rounds],
        tables=[TableInfo(*row) for row in reader.execute(_TABLES, params)],
        people=[name for name, _key, _organisation in everyone],
        organisations=list(reader.execute(_ORGANISATIONS, params).scalars()),
        person_organisation={key: organisation for _name, key, organisation in everyone if organisation},
        items=[ItemInfo(i.id, i.heading, tuple(p.name for p in i.people)) for i in programme.programme],
        now=programme.now(now),
    )


def _programme(reader: Reader, params: dict[str, Any], event: Any = None, rounds: Any = None) -> _Programme:
    """The programme and rounds as the clock reads them (``event``/``rounds``: rows read already)."""
    if event is None:
        event = reader.execute(_EVENT, params).one_or_none()
        if event is None:
            raise NotFoundError(f"Geen evenement met id {params['id']}.")
    if rounds is None:
        rounds = reader.execute(_ROUNDS, params).all()
    speakers: dict[int, list[str]] = {}
    for item_id, name in reader.execute(_SPEAKERS, params):
        speakers.setdefault(item_id, []).append(name)
    items = tuple(
        _Item(r.id, r.heading, ProgrammeKind(r.kind), r.planned_start, r.duration_minutes, r.actual_start,
              r.actual_end, tuple(_Named(name) for name in speakers.get(r.id, ())))
        for r in reader.execute(_ITEMS, params)
    )  # fmt: skip
    return _Programme(
        event.event_date,
        event.start_time,
        items,
        tuple(
            _Round(r.id, r.position, r.programme_item_id, r.planned_minutes, r.started_at, r.ended_at)
            for r in rounds
        ),
    )
