"""Plain copies of what live mode shows, read from the database in one short session, consent applied.

The live controller ticks several times a second and the presenter repaints on
every tick; neither may touch the database (or hold ORM objects across
sessions) while it does. So an event is read once into frozen snapshots and
read again only when something changed.

Everything here can reach the beamer, which the room can photograph: every
text passes the one consent rule (``domain.consent``) in ``load_snapshot``, so
a programme item titled "Interview met Jan Tol" shows as "Interview met een
ervaringsdeskundige" when Jan Tol did not consent, exactly as in the report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from erbij_desktop.domain.consent import ConsentRule, rule_for
from erbij_desktop.domain.programme_clock import ItemTimes
from erbij_desktop.domain.timer import MAX_MINUTES, MIN_MINUTES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.models import Person, Round

    from .workspace import Workspace


@dataclass(frozen=True)
class RoundInfo:
    id: int
    title: str
    question: str
    minutes: int
    programme_item_id: int | None
    number: int = 1  # its place among the event's rounds, from 1


@dataclass(frozen=True)
class EventSnapshot:
    event_id: int
    title: str
    rounds: tuple[RoundInfo, ...] = ()
    items: tuple[ItemTimes, ...] = ()
    event_date: dt.date | None = None  # on another day, the programme clock is a rehearsal
    # Who may be shown on the beamer per programme item: named with consent, else by role.
    stage_names: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def round(self, round_id: int | None) -> RoundInfo | None:
        return next((r for r in self.rounds if r.id == round_id), None)

    def item(self, item_id: int | None) -> ItemTimes | None:
        return next((i for i in self.items if i.item_id == item_id), None)

    def rounds_of_item(self, item_id: int) -> list[RoundInfo]:
        return [r for r in self.rounds if r.programme_item_id == item_id]


def load_snapshot(ws: Workspace) -> EventSnapshot:
    """The open event as live mode shows it, consent applied."""
    from erbij_desktop.domain.events import get_event
    from erbij_desktop.domain.programme_clock import timetable

    def read(session: Session) -> EventSnapshot:
        event = get_event(session, ws.event_id)
        rule = rule_for(event)
        return EventSnapshot(
            event_id=event.id,
            title=rule.text(event.title),
            rounds=tuple(_round_info(r, n, rule) for n, r in enumerate(event.rounds, start=1)),
            items=tuple(_public_item(times, rule) for times in timetable(event)),
            stage_names={item.id: _stage_names(item.people, rule) for item in event.programme},
            event_date=event.event_date,
        )

    return ws.read(read)


# A paper for the day (run sheet, tent cards, host sheets): ``writer(session, event, target)``.
PaperWriter = Callable[..., Path]


def write_paper(ws: Workspace, writer: PaperWriter, target: Path) -> Path:
    """Write a paper of the open event from what is committed now."""
    from erbij_desktop.domain.events import get_event

    return ws.read(lambda session: writer(session, get_event(session, ws.event_id), target))


def event_exists(ws: Workspace) -> bool:
    from erbij_desktop.domain.models import Event

    return ws.read(lambda session: session.get(Event, ws.event_id) is not None)


def _round_info(round_: Round, number: int, rule: ConsentRule) -> RoundInfo:
    minutes = min(max(round_.planned_minutes or MIN_MINUTES, MIN_MINUTES), MAX_MINUTES)
    return RoundInfo(
        round_.id,
        rule.text(round_.title),
        rule.text(round_.question),
        minutes,
        round_.programme_item_id,
        number,
    )


def _public_item(times: ItemTimes, rule: ConsentRule) -> ItemTimes:
    return dataclasses.replace(times, heading=rule.text(times.heading))


def _stage_names(people: list[Person], rule: ConsentRule) -> tuple[str, ...]:
    """The beamer can be photographed: without consent a person shows as their role."""
    return tuple(name for name in (rule.stage_name(person) for person in people) if name)
