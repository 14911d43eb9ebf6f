"""What is happening now: the programme item on stage and the round being captured.

The capture view opens on the round the room is in, and the quick quote field
files a quote under the item on stage. Both follow from the programme and a
clock (``now`` is injected, so tests and the presenter agree on the time):

* a round that was explicitly started and not ended wins;
* once the programme clock records actual times, those count: an item that
  has not really started has not started, however late it is;
* otherwise the planned times of the programme and of the rounds inside a
  roundtable item (one after another, each its planned minutes) decide;
* only times on the event's own day count; on any other day the clock says
  nothing and the view falls back to the round used last.

Between two rounds the last one that began stays current: that is the one
whose notes are still being typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .enums import ProgrammeKind
from .programme_clock import ItemTimes, timetable
from .types import utcnow

if TYPE_CHECKING:  # the clock reads attributes only: domain.outline hands it plain values
    from .models import Event, Round


@dataclass(frozen=True)
class Now:
    # On stage now, or the item that began last today (None before the first or on another day).
    programme_item_id: int | None
    # The round running now, or the one that began last today; None when the clock cannot tell.
    round_id: int | None
    # True when something is on stage at this very moment.
    on_stage: bool = False


def what_is_now(event: Event, now: dt.datetime | None = None, *, tz: dt.tzinfo | None = None) -> Now:
    """The current programme item and round of ``event`` at ``now`` (aware; default: the clock)."""
    moment = now or utcnow()
    items = timetable(event, tz=tz)
    recorded = any(t.actual_start is not None for t in items)
    day = _local_day(moment, tz)

    def began(t: ItemTimes) -> dt.datetime | None:
        start = t.actual_start if recorded else t.planned_start
        if start is None or start > moment or _local_day(start, tz) != day:
            return None
        return start

    def ended(t: ItemTimes) -> bool:
        end = t.actual_end if recorded else t.planned_end
        return end is not None and end <= moment

    started = [(start, t) for t in items if (start := began(t)) is not None]
    on_stage = [t for _, t in started if not ended(t)]
    stage = on_stage[-1] if on_stage else (max(started, key=lambda pair: pair[0])[1] if started else None)
    return Now(
        programme_item_id=stage.item_id if stage is not None else None,
        round_id=_current_round(event.rounds, items, began, moment, tz, day),
        on_stage=bool(on_stage),
    )


def _current_round(
    rounds: Sequence[Round],
    items: Sequence[ItemTimes],
    began: Callable[[ItemTimes], dt.datetime | None],
    moment: dt.datetime,
    tz: dt.tzinfo | None,
    day: dt.date,
) -> int | None:
    running = [
        r
        for r in rounds
        if r.started_at is not None
        and r.started_at <= moment
        and (r.ended_at is None or r.ended_at > moment)
        and _local_day(r.started_at, tz) == day
    ]
    if running:
        return max(running, key=lambda r: r.started_at or moment).id
    candidates: list[tuple[dt.datetime, int, int]] = []
    for item in items:
        if item.kind is not ProgrammeKind.ROUNDTABLE:
            continue
        start = began(item)
        if start is None:
            continue
        # Rounds inside one roundtable item follow each other, each for its planned minutes.
        for r in sorted((r for r in rounds if r.programme_item_id == item.item_id), key=lambda r: r.position):
            if start <= moment:
                candidates.append((start, r.position, r.id))
            start += dt.timedelta(minutes=r.planned_minutes or 0)
    # Rounds that ran explicitly earlier today count too (the last begun wins).
    for r in rounds:
        if r.started_at is not None and r.started_at <= moment and _local_day(r.started_at, tz) == day:
            candidates.append((r.started_at, r.position, r.id))
    return max(candidates)[2] if candidates else None


def _local_day(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    return moment.astimezone(tz).date()
