"""The programme clock: planned against actual times, and how far off schedule the event runs.

``timetable`` turns an event's programme into plain, immutable ``ItemTimes``
(planned start and end as aware datetimes on the event's day, plus the actual
start and end recorded on the day). ``clock_status`` then answers, for any
moment, what is on stage, what comes next and how many minutes the event is
behind (positive) or ahead (negative) of its plan. It needs no database, so the
UI can ask it every second without a query.

Recording actual times goes through the programme's own operations
(``domain.programme.record_actual_start`` / ``record_actual_end``); ``start_item``
here adds the one rule a facilitator expects: starting an item ends the one
that was on stage.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .enums import ProgrammeKind
from .schedule import planned_slots
from .types import utcnow

if TYPE_CHECKING:  # reading the clock needs no ORM (domain.outline uses it before the ORM loads)
    from sqlalchemy.orm import Session

    from .models import Event, ProgrammeItem

# Waiting for the first item counts as running late only on the day itself.
_SAME_DAY = dt.timedelta(hours=12)


class ItemState(enum.StrEnum):
    UPCOMING = "upcoming"
    ON_STAGE = "on_stage"
    DONE = "done"


@dataclass(frozen=True)
class ItemTimes:
    item_id: int
    heading: str
    kind: ProgrammeKind
    people: tuple[str, ...]
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    duration: dt.timedelta | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None

    @property
    def state(self) -> ItemState:
        if self.actual_start is None:
            return ItemState.UPCOMING
        return ItemState.ON_STAGE if self.actual_end is None else ItemState.DONE

    @property
    def start_delay(self) -> dt.timedelta | None:
        """Actual minus planned start: positive when the item began late."""
        if self.actual_start is None or self.planned_start is None:
            return None
        return self.actual_start - self.planned_start


@dataclass(frozen=True)
class ClockStatus:
    items: tuple[ItemTimes, ...]
    current: ItemTimes | None  # on stage now
    next: ItemTimes | None  # the first item after the current (or last finished) one not yet started
    # Behind schedule when positive, ahead when negative; None before the event is due to start.
    delay: dt.timedelta | None
    planned_end: dt.datetime | None
    projected_end: dt.datetime | None

    @property
    def delay_minutes(self) -> int | None:
        """The delay in whole minutes, rounded towards zero (59 s late is still on time)."""
        if self.delay is None:
            return None
        return int(self.delay.total_seconds() / 60)


def timetable(
    event: Event, items: Sequence[ProgrammeItem] | None = None, *, tz: dt.tzinfo | None = None
) -> tuple[ItemTimes, ...]:
    """The programme's planned and actual times; planned times on the event's day in ``tz``.

    ``tz`` defaults to the computer's local time zone. The day is the day the
    first item actually started; before that the event's date, or today.
    """
    programme = list(event.programme if items is None else items)
    # The day it really runs wins: a rehearsal, or an event moved without editing its date,
    # is measured against that day's clock rather than reported days behind.
    day = _first_actual_day(programme, tz) or event.event_date or dt.datetime.now(tz).date()
    result: list[ItemTimes] = []
    for slot in planned_slots(programme, event.start_time):
        item = slot.item
        start = _on_day(day, slot.start, tz)
        end = _on_day(day, slot.end, tz)
        result.append(
            ItemTimes(
                item_id=item.id,
                heading=item.heading,
                kind=item.kind,
                people=tuple(person.name for person in item.people),
                planned_start=start,
                planned_end=end,
                duration=dt.timedelta(minutes=item.duration_minutes) if item.duration_minutes else None,
                actual_start=item.actual_start,
                actual_end=item.actual_end,
            )
        )
    return tuple(result)


def clock_status(items: Sequence[ItemTimes], now: dt.datetime | None = None) -> ClockStatus:
    """Where the event stands at ``now`` (an aware datetime; default: the current time)."""
    now = now or utcnow()
    items = tuple(items)
    current = next((t for t in reversed(items) if t.state is ItemState.ON_STAGE), None)
    started = [i for i, t in enumerate(items) if t.actual_start is not None]
    last_index = max(started) if started else -1
    upcoming = next((t for t in items[last_index + 1 :] if t.state is ItemState.UPCOMING), None)
    delay = _delay(items, current, last_index, upcoming, now)
    planned_end = next((t.planned_end for t in reversed(items) if t.planned_end is not None), None)
    projected = planned_end + delay if planned_end is not None and delay is not None else planned_end
    return ClockStatus(items, current, upcoming, delay, planned_end, projected)


def _delay(
    items: tuple[ItemTimes, ...],
    current: ItemTimes | None,
    last_index: int,
    upcoming: ItemTimes | None,
    now: dt.datetime,
) -> dt.timedelta | None:
    if current is not None and current.actual_start is not None:
        if current.planned_end is None or current.planned_start is None:
            return None
        expected_end = max(current.actual_start + (current.duration or dt.timedelta()), now)
        # An item that started late but is kept short catches up; it can never end before now.
        return expected_end - current.planned_end
    if last_index < 0:
        first_start = upcoming.planned_start if upcoming is not None else None
        if first_start is None or not dt.timedelta(0) < now - first_start < _SAME_DAY:
            return None  # nothing has started, and nothing was due yet (or it is not today)
        return now - first_start
    last = items[last_index]
    delay = None
    if last.actual_end is not None and last.planned_end is not None:
        delay = last.actual_end - last.planned_end
    if upcoming is not None and upcoming.planned_start is not None and now > upcoming.planned_start:
        waiting = now - upcoming.planned_start
        delay = waiting if delay is None else max(delay, waiting)
    return delay


def start_item(session: Session, item: ProgrammeItem, when: dt.datetime | None = None) -> None:
    """Put ``item`` on stage at ``when`` (default now), ending whatever was on stage before."""
    from .programme import record_actual_end, record_actual_start  # the ORM half of the clock

    moment = when or utcnow()
    for other in item.event.programme:
        if other is not item and other.actual_start is not None and other.actual_end is None:
            record_actual_end(session, other, max(moment, other.actual_start))
    record_actual_start(session, item, moment)


def end_item(session: Session, item: ProgrammeItem, when: dt.datetime | None = None) -> None:
    """Take ``item`` off stage at ``when`` (default now)."""
    from .programme import record_actual_end

    record_actual_end(session, item, when or utcnow())


def _on_day(day: dt.date, time: dt.time | None, tz: dt.tzinfo | None) -> dt.datetime | None:
    if time is None:
        return None
    if tz is None:
        return dt.datetime.combine(day, time).astimezone()  # the local zone's offset on that day
    return dt.datetime.combine(day, time, tzinfo=tz)


def _first_actual_day(items: Sequence[ProgrammeItem], tz: dt.tzinfo | None) -> dt.date | None:
    starts = [i.actual_start for i in items if i.actual_start is not None]
    return min(starts).astimezone(tz).date() if starts else None
