"""Planned times of the programme: when each item starts and ends, and the projected end.

An item with its own planned start begins then; an item without one follows
the previous item. Items without a duration take no time. Rounds held under
one programme item follow each other inside it: the first starts with the
item, the next when the one before has had its planned minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import ProgrammeItem, Round


@dataclass(frozen=True)
class Slot:
    item: ProgrammeItem
    start: dt.time | None
    end: dt.time | None
    # True when this item is planned to start before the previous one ends.
    overlaps_previous: bool = False


def _add(time: dt.time, minutes: int) -> dt.time:
    moment = dt.datetime.combine(dt.date(2000, 1, 1), time) + dt.timedelta(minutes=minutes)
    if moment.date() != dt.date(2000, 1, 1):
        return dt.time(23, 59)
    return moment.time()


def planned_slots(items: Iterable[ProgrammeItem], event_start: dt.time | None = None) -> list[Slot]:
    """Start and end of every item in order; None where nothing fixes the time yet."""
    slots: list[Slot] = []
    cursor = event_start
    for item in items:
        start = item.planned_start or cursor
        overlaps = bool(item.planned_start and cursor and item.planned_start < cursor and slots)
        end = _add(start, item.duration_minutes or 0) if start is not None else None
        slots.append(Slot(item, start, end, overlaps))
        cursor = end
    return slots


def projected_end(items: Sequence[ProgrammeItem], event_start: dt.time | None = None) -> dt.time | None:
    """When the programme ends if every item keeps its planned start and duration."""
    slots = planned_slots(items, event_start)
    return slots[-1].end if slots else event_start


def round_starts(
    items: Iterable[ProgrammeItem], rounds: Iterable[Round], event_start: dt.time | None = None
) -> dict[int, dt.time]:
    """When each round under a programme item is planned to start (rounds in their own order)."""
    cursor = {slot.item.id: slot.start for slot in planned_slots(items, event_start)}
    starts: dict[int, dt.time] = {}
    for round_ in sorted(rounds, key=lambda r: (r.position, r.id)):
        start = cursor.get(round_.programme_item_id) if round_.programme_item_id is not None else None
        if start is None:
            continue
        starts[round_.id] = start
        cursor[round_.programme_item_id] = _add(start, round_.planned_minutes or 0)  # type: ignore[index]
    return starts
