"""Plain copies of what live mode shows, read from the database in one short session.

The live controller ticks several times a second and the presenter repaints on
every tick; neither may touch the database (or hold ORM objects across
sessions) while it does. So an event is read once into frozen snapshots and
read again only when something changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.models import Event, Person, Round
from erbij_desktop.domain.programme_clock import ItemTimes, timetable
from erbij_desktop.domain.timer import MAX_MINUTES, MIN_MINUTES
from erbij_desktop.storage.database import Database

from .texts import round_label


@dataclass(frozen=True)
class RoundInfo:
    id: int
    title: str
    question: str
    minutes: int
    programme_item_id: int | None
    number: int = 1  # its place among the event's rounds, from 1

    @property
    def label(self) -> str:
        return round_label(self.number, self.title)


@dataclass(frozen=True)
class EventSnapshot:
    event_id: int
    title: str
    rounds: tuple[RoundInfo, ...] = ()
    items: tuple[ItemTimes, ...] = ()
    # Who may be shown on the beamer per programme item: named with consent, else by role.
    stage_names: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def round(self, round_id: int | None) -> RoundInfo | None:
        return next((r for r in self.rounds if r.id == round_id), None)

    def item(self, item_id: int | None) -> ItemTimes | None:
        return next((i for i in self.items if i.item_id == item_id), None)

    def rounds_of_item(self, item_id: int) -> list[RoundInfo]:
        return [r for r in self.rounds if r.programme_item_id == item_id]


def load_snapshot(db: Database, event_id: int) -> EventSnapshot:
    with db.session() as session:
        event = get_event(session, event_id)
        return EventSnapshot(
            event_id=event.id,
            title=event.title,
            rounds=tuple(_round_info(r, n) for n, r in enumerate(event.rounds, start=1)),
            items=timetable(event),
            stage_names={item.id: _stage_names(item.people) for item in event.programme},
        )


def event_of_round(db: Database, round_id: int) -> int | None:
    with db.session() as session:
        round_ = session.get(Round, round_id)
        return round_.event_id if round_ is not None else None


def event_exists(db: Database, event_id: int) -> bool:
    with db.session() as session:
        return session.get(Event, event_id) is not None


def _round_info(round_: Round, number: int) -> RoundInfo:
    minutes = min(max(round_.planned_minutes or MIN_MINUTES, MIN_MINUTES), MAX_MINUTES)
    return RoundInfo(round_.id, round_.title, round_.question, minutes, round_.programme_item_id, number)


def _stage_names(people: list[Person]) -> tuple[str, ...]:
    """The beamer can be photographed: without consent a person shows as their role."""
    shown = (person.name if person.consent_to_name else person.role for person in people)
    return tuple(name for name in shown if name)
