"""Rounds of roundtable conversations and the tables in the room.

A round carries the set question, how long it runs (5 to 90 minutes), an
intro line for the report and, optionally, the roundtable programme item it
runs in. Tables are numbered "Tafel 1", "Tafel 2", ...: ``add_tables`` adds
many at once and continues the numbering; names stay unique per event so the
capture view never shows two tables that look the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .enums import ProgrammeKind
from .errors import NotFoundError, ValidationError
from .fields import limited, move_to, required_line, same_event
from .limits import LONG_TEXT_MAX
from .models import Contribution, Event, EventTable, Person, ProgrammeItem, Round
from .text import clean_text, name_key
from .timer import MAX_MINUTES, MIN_MINUTES
from .transactions import done

TITLE_MAX = 300
QUESTION_MAX = 2000
TABLE_NAME_MAX = 120
MAX_TABLES_AT_ONCE = 100
TABLE_PREFIX = "Tafel"
ROUND_FIELDS = frozenset(
    {"title", "question", "planned_minutes", "intro", "selection_intro", "programme_item"}
)
_NUMBERED = re.compile(rf"^{TABLE_PREFIX}\s+(\d+)$", re.IGNORECASE)


# --- rounds ----------------------------------------------------------------------------------------


def rounds(session: Session, event: Event) -> Sequence[Round]:
    return session.scalars(select(Round).where(Round.event_id == event.id).order_by(Round.position)).all()


def add_round(
    session: Session,
    event: Event,
    title: str,
    question: str,
    *,
    planned_minutes: int = 30,
    intro: str = "",
    programme_item: ProgrammeItem | None = None,
) -> Round:
    """A new round at the end of the event's rounds."""
    values = _round_values(
        event,
        {
            "title": title,
            "question": question,
            "planned_minutes": planned_minutes,
            "intro": intro,
            "programme_item": programme_item,
        },
    )
    round_ = Round(**values)
    event.rounds.append(round_)
    done(session)
    return round_


def update_round(session: Session, round_: Round, **fields: Any) -> Round:
    """Change title, question, planned_minutes, intro or programme_item (None unlinks); all or nothing."""
    unknown = set(fields) - ROUND_FIELDS
    if unknown:
        raise ValueError(f"Unknown round fields: {sorted(unknown)}")
    values = _round_values(round_.event, fields)
    for name, value in values.items():
        setattr(round_, name, value)
    done(session)
    return round_


def delete_round(session: Session, round_: Round) -> None:
    """Delete the round and everything captured in it (the UI asks first)."""
    round_.event.rounds.remove(round_)
    session.delete(round_)
    done(session)


def move_round(session: Session, round_: Round, index: int) -> None:
    move_to(round_.event.rounds, round_, index)
    done(session)


def set_capture_closed(session: Session, event_id: int, round_id: int, closed: bool) -> None:
    """Close the event's round for the table hosts' devices, or open it again (flushed)."""
    round_ = session.get(Round, round_id)
    if round_ is None or round_.event_id != event_id:
        raise NotFoundError(f"Geen ronde met id {round_id}.")
    round_.capture_closed = closed
    session.flush()


def contribution_count(
    session: Session, *, round_: Round | None = None, table: EventTable | None = None
) -> int:
    """How many contributions a round or a table holds (to warn before deleting it)."""
    stmt = select(func.count(Contribution.id))
    if round_ is not None:
        stmt = stmt.where(Contribution.round_id == round_.id)
    if table is not None:
        stmt = stmt.where(Contribution.table_id == table.id)
    return session.scalar(stmt) or 0


def _round_values(event: Event, fields: dict[str, Any]) -> dict[str, Any]:
    values = dict(fields)
    if "title" in values:
        values["title"] = required_line(
            "title", values["title"], "Een ronde heeft een titel nodig.", TITLE_MAX
        )
    if "question" in values:
        values["question"] = required_line(
            "question", values["question"], "Een ronde heeft een gespreksvraag nodig.", QUESTION_MAX
        )
    for name in ("intro", "selection_intro"):
        if name in values:
            values[name] = limited(name, clean_text(values[name] or ""), LONG_TEXT_MAX)
    if "planned_minutes" in values:
        minutes = values["planned_minutes"]
        if minutes is None or not MIN_MINUTES <= minutes <= MAX_MINUTES:
            raise ValidationError(
                "planned_minutes",
                f"Een ronde duurt tussen {MIN_MINUTES} en {MAX_MINUTES} minuten.",
                "out_of_range",
            )
    item = values.get("programme_item")
    if item is not None:
        same_event("programme_item", event.id, item, "Dit programmaonderdeel")
        if item.kind is not ProgrammeKind.ROUNDTABLE:
            raise ValidationError(
                "programme_item",
                "Koppel een ronde aan een programmaonderdeel van het soort rondetafelgesprek.",
                "not_roundtable",
            )
    return values


# --- tables ----------------------------------------------------------------------------------------


def tables(session: Session, event: Event) -> Sequence[EventTable]:
    return session.scalars(
        select(EventTable).where(EventTable.event_id == event.id).order_by(EventTable.position)
    ).all()


def next_table_number(event: Event) -> int:
    """One more than the highest "Tafel N" so far."""
    return max((int(m.group(1)) for t in event.tables if (m := _NUMBERED.match(t.name))), default=0) + 1


def add_table(
    session: Session, event: Event, name: str | None = None, *, host: Person | None = None
) -> EventTable:
    """One table, named ``name`` or the next "Tafel N"."""
    if name is None:
        name = f"{TABLE_PREFIX} {next_table_number(event)}"
    clean = _table_name(event, name, None)
    same_event("host", event.id, host, "Deze tafelhost")
    table = EventTable(name=clean, host=host)
    event.tables.append(table)
    done(session)
    return table


def add_tables(session: Session, event: Event, count: int) -> list[EventTable]:
    """``count`` tables in one step, "Tafel N" continuing the numbering."""
    if not 1 <= count <= MAX_TABLES_AT_ONCE:
        raise ValidationError(
            "count", f"Voeg 1 tot {MAX_TABLES_AT_ONCE} tafels tegelijk toe.", "out_of_range"
        )
    first = next_table_number(event)
    taken = {name_key(t.name) for t in event.tables}
    created: list[EventTable] = []
    number = first
    while len(created) < count:
        name = f"{TABLE_PREFIX} {number}"
        number += 1
        if name_key(name) in taken:
            continue
        table = EventTable(name=name)
        event.tables.append(table)
        created.append(table)
    done(session)
    return created


def set_table_count(session: Session, event: Event, count: int) -> list[EventTable]:
    """Make the event have ``count`` tables: add the missing ones, or remove the last empty ones.

    The tables added, in order. A table that would go but has contributions or a
    host is never removed silently: the whole change is refused, nothing changed.
    """
    if not 1 <= count <= MAX_TABLES_AT_ONCE:
        raise ValidationError("count", f"Kies 1 tot {MAX_TABLES_AT_ONCE} tafels.", "out_of_range")
    tables = list(event.tables)
    if count > len(tables):
        return add_tables(session, event, count - len(tables))
    going = tables[count:]
    if not going:
        return []
    used = set(
        session.scalars(
            select(Contribution.table_id).where(Contribution.table_id.in_([t.id for t in going])).distinct()
        )
    )
    kept = [t.name for t in going if t.id in used or t.host_id is not None]
    if kept:
        raise ValidationError(
            "count",
            f"{', '.join(kept)} heeft al bijdragen of een tafelhost. Verwijder tafels in de lijst "
            "als dat echt moet; dan blijven hun bijdragen bewaard zonder tafel.",
            "in_use",
        )
    for table in going:
        event.tables.remove(table)
        session.delete(table)
    done(session)
    return []


def rename_table(session: Session, table: EventTable, name: str) -> EventTable:
    table.name = _table_name(table.event, name, table)
    done(session)
    return table


def set_table_host(session: Session, table: EventTable, host: Person | None) -> EventTable:
    same_event("host", table.event_id, host, "Deze tafelhost")
    table.host = host
    done(session)
    return table


def delete_table(session: Session, table: EventTable) -> None:
    """Delete the table; its contributions stay, without a table (the UI asks first)."""
    table.event.tables.remove(table)
    session.delete(table)
    done(session)
    for contribution in session.identity_map.values():
        if isinstance(contribution, Contribution) and contribution.table_id == table.id:
            session.expire(contribution, ["table_id", "table"])


def move_table(session: Session, table: EventTable, index: int) -> None:
    move_to(table.event.tables, table, index)
    done(session)


def _table_name(event: Event, name: str, table: EventTable | None) -> str:
    clean = required_line("name", name, "Een tafel heeft een naam nodig.", TABLE_NAME_MAX)
    key = name_key(clean)
    for other in event.tables:
        if other is not table and name_key(other.name) == key:
            raise ValidationError("name", f"Er is al een tafel met de naam ‘{other.name}’.", "duplicate")
    return clean
