"""The programme: adding, editing, ordering and deleting what happens on stage.

Besides the programme items themselves this module records who is on stage
(``programme_item_person`` with positions) and when an item really started
and ended. Planned times are checked against the rest of the programme: an
item may not start before the event does, nor before the previous item ends,
and its duration may not push it into the next item's fixed start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from .enums import ProgrammeKind
from .errors import ValidationError
from .fields import limited, move_to, same_event
from .limits import LONG_TEXT_MAX
from .models import Event, KeyFigure, Person, Photo, ProgrammeItem, Quote, Round, programme_item_person
from .schedule import planned_slots
from .text import clean_line, clean_text
from .transactions import done
from .types import utcnow

MIN_DURATION = 1
MAX_DURATION = 480
HEADING_MAX = 300
EDITABLE_FIELDS = frozenset(
    {"kind", "heading", "planned_start", "duration_minutes", "narrative", "figures_summary"}
)


def hhmm(time: dt.time) -> str:
    return time.strftime("%H:%M")


# --- programme items -------------------------------------------------------------------------------


def programme_items(session: Session, event: Event) -> Sequence[ProgrammeItem]:
    return session.scalars(
        select(ProgrammeItem).where(ProgrammeItem.event_id == event.id).order_by(ProgrammeItem.position)
    ).all()


def add_programme_item(
    session: Session,
    event: Event,
    heading: str = "",
    *,
    kind: ProgrammeKind = ProgrammeKind.OTHER,
    planned_start: dt.time | None = None,
    duration_minutes: int | None = None,
    narrative: str = "",
    position: int | None = None,
) -> ProgrammeItem:
    """A new item at ``position`` (default: at the end of the programme).

    The heading is the item's intertitle in the report and may stay empty.
    """
    item = ProgrammeItem(kind=ProgrammeKind.OTHER, heading="", narrative="")
    values = _clean(
        {
            "kind": kind,
            "heading": heading,
            "planned_start": planned_start,
            "duration_minutes": duration_minutes,
            "narrative": narrative,
        }
    )
    index = len(event.programme) if position is None else max(0, min(position, len(event.programme)))
    order = [*event.programme]
    order.insert(index, item)
    _check_times(event, order, item, values)
    for name, value in values.items():
        setattr(item, name, value)
    event.programme.insert(index, item)
    done(session)
    return item


def update_programme_item(session: Session, item: ProgrammeItem, **fields: Any) -> ProgrammeItem:
    """Change kind, heading, planned start, duration or narrative; all or nothing."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"Unknown programme item fields: {sorted(unknown)}")
    values = _clean(fields)
    if {"planned_start", "duration_minutes"} & set(values):
        _check_times(item.event, list(item.event.programme), item, values)
    for name, value in values.items():
        setattr(item, name, value)
    done(session)
    return item


def delete_programme_item(session: Session, item: ProgrammeItem) -> None:
    """Delete the item; rounds, quotes, figures and photos that pointed at it stay, unlinked."""
    event = item.event
    links = (
        (Round, "programme_item"),
        (Quote, "programme_item"),
        (KeyFigure, "programme_item"),
        (Photo, "after_item"),
    )
    for obj in list(session.identity_map.values()):
        for model, attribute in links:
            if isinstance(obj, model) and getattr(obj, f"{attribute}_id") == item.id:
                setattr(obj, attribute, None)
    session.flush()
    for model, attribute in links:
        column = getattr(model, f"{attribute}_id")
        session.execute(
            update(model).where(column == item.id).values({column.key: None}),
            execution_options={"synchronize_session": False},
        )
    event.programme.remove(item)
    session.delete(item)
    done(session)


def move_programme_item(session: Session, item: ProgrammeItem, index: int) -> None:
    """Put the item at ``index`` in the programme; the others shift."""
    move_to(item.event.programme, item, index)
    done(session)


def set_people_on_stage(session: Session, item: ProgrammeItem, people: Sequence[Person]) -> None:
    """Who is on stage for this item, in this order (speaker first, then interviewees...)."""
    seen: set[int] = set()
    ordered: list[Person] = []
    for person in people:
        same_event("people", item.event_id, person, f"{person.name}")
        if person.id not in seen:
            seen.add(person.id)
            ordered.append(person)
    session.execute(delete(programme_item_person).where(programme_item_person.c.programme_item_id == item.id))
    if ordered:
        session.execute(
            insert(programme_item_person),
            [
                {"programme_item_id": item.id, "person_id": person.id, "position": index}
                for index, person in enumerate(ordered)
            ],
        )
    done(session)
    session.expire(item, ["people"])


def record_actual_start(session: Session, item: ProgrammeItem, when: dt.datetime | None = None) -> None:
    """The item started now (or at ``when``, an aware datetime); clears an earlier end."""
    item.actual_start = when or utcnow()
    if item.actual_end is not None and item.actual_end < item.actual_start:
        item.actual_end = None
    done(session)


def record_actual_end(session: Session, item: ProgrammeItem, when: dt.datetime | None = None) -> None:
    """The item ended now (or at ``when``); refused before its recorded start."""
    moment = when or utcnow()
    if item.actual_start is not None and moment < item.actual_start:
        raise ValidationError(
            "actual_end", "Het einde ligt vóór het begin van dit onderdeel.", "end_before_start"
        )
    item.actual_end = moment
    done(session)


def clear_actual_times(session: Session, item: ProgrammeItem) -> None:
    item.actual_start = None
    item.actual_end = None
    done(session)


# --- validation ------------------------------------------------------------------------------------


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    values = dict(fields)
    if "heading" in values:  # optional: the opening often has no intertitle in the article
        values["heading"] = limited("heading", clean_line(values["heading"] or ""), HEADING_MAX)
    for name in ("narrative", "figures_summary"):
        if name in values:
            values[name] = limited(name, clean_text(values[name] or ""), LONG_TEXT_MAX)
    if "kind" in values:
        try:
            values["kind"] = ProgrammeKind(values["kind"])
        except ValueError:
            raise ValidationError("kind", "Onbekend soort programmaonderdeel.", "invalid") from None
    minutes = values.get("duration_minutes")
    if minutes is not None and not MIN_DURATION <= minutes <= MAX_DURATION:
        raise ValidationError(
            "duration_minutes",
            f"De duur ligt tussen {MIN_DURATION} en {MAX_DURATION} minuten.",
            "out_of_range",
        )
    return values


def _before_event(event: Event, start: dt.time | None) -> ValidationError | None:
    """The refusal for a planned start before the event begins, if it does."""
    if start is None or event.start_time is None or start >= event.start_time:
        return None
    message = f"Begint om {hhmm(start)}, vóór het evenement begint ({hhmm(event.start_time)})."
    return ValidationError("planned_start", message, "before_event")


def _check_times(
    event: Event, order: list[ProgrammeItem], item: ProgrammeItem, values: dict[str, Any]
) -> None:
    """Refuse a start outside the event or before the previous item ends, or a change that pushes
    the items after it past the next fixed start. Overlaps that already existed are left alone."""
    start = values.get("planned_start", item.planned_start)
    minutes = values.get("duration_minutes", item.duration_minutes)
    before_event = _before_event(event, start)
    if before_event is not None:
        raise before_event
    if start is not None and event.end_time is not None and start >= event.end_time:
        raise ValidationError(
            "planned_start",
            f"Begint om {hhmm(start)}, terwijl het evenement om {hhmm(event.end_time)} eindigt.",
            "after_event",
        )
    before = _overlaps(order, event.start_time, item, item.planned_start, item.duration_minutes)
    after = _overlaps(order, event.start_time, item, start, minutes)
    for index, (previous_end, fixed) in after.items():
        old = before.get(index)
        if old is not None and previous_end - fixed <= old[0] - old[1]:
            continue  # an overlap that was already there and did not grow
        other = order[index]
        if other is item:
            previous = order[index - 1]
            raise ValidationError(
                "planned_start",
                f"Begint om {fixed:%H:%M}, terwijl ‘{previous.heading}’ pas om {previous_end:%H:%M} eindigt.",
                "overlap",
            )
        raise ValidationError(
            "duration_minutes" if "duration_minutes" in values else "planned_start",
            f"Dan loopt het programma tot {previous_end:%H:%M}, na de vaste begintijd van "
            f"‘{other.heading}’ ({fixed:%H:%M}).",
            "overlap",
        )


def _overlaps(
    order: list[ProgrammeItem],
    event_start: dt.time | None,
    item: ProgrammeItem,
    start: dt.time | None,
    minutes: int | None,
) -> dict[int, tuple[dt.datetime, dt.datetime]]:
    """Index -> (end of the previous item, own fixed start) for every item that starts too early."""
    found: dict[int, tuple[dt.datetime, dt.datetime]] = {}
    cursor = _moment(event_start)
    for index, other in enumerate(order):
        fixed = _moment(start if other is item else other.planned_start)
        length = minutes if other is item else other.duration_minutes
        if fixed is not None and cursor is not None and index > 0 and fixed < cursor:
            found[index] = (cursor, fixed)
        begin = fixed or cursor
        cursor = begin + dt.timedelta(minutes=length or 0) if begin is not None else None
    return found


def _moment(time: dt.time | None) -> dt.datetime | None:
    return dt.datetime.combine(dt.date(2000, 1, 1), time) if time is not None else None


# --- warnings for the editor -----------------------------------------------------------------------


def schedule_problems(event: Event) -> list[tuple[ProgrammeItem | None, ValidationError]]:
    """What is inconsistent in the planned times as they stand (None: the programme as a whole).

    Edits that would create these are refused; they can still arise when items
    are reordered or the event's times change, so an editor marks them.
    """
    problems: list[tuple[ProgrammeItem | None, ValidationError]] = []
    slots = planned_slots(event.programme, event.start_time)
    for index, slot in enumerate(slots):
        start = slot.item.planned_start
        before_event = _before_event(event, start)
        if before_event is not None:
            problems.append((slot.item, before_event))
        elif slot.overlaps_previous and start is not None:
            before = slots[index - 1]
            until = hhmm(before.end) if before.end else "?"
            message = f"Begint om {hhmm(start)}, terwijl ‘{before.item.heading}’ pas om {until} eindigt."
            problems.append((slot.item, ValidationError("planned_start", message, "overlap")))
    end = slots[-1].end if slots else event.start_time  # projected_end, without planning again
    if end is not None and event.end_time is not None and end > event.end_time:
        message = (
            f"Het programma loopt tot {hhmm(end)}, na de eindtijd van het evenement ({hhmm(event.end_time)})."
        )
        problems.append((None, ValidationError("end_time", message, "programme_too_long")))
    return problems
