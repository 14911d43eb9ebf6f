"""Contributions: what each table said, captured as fast as people talk and never lost.

Every operation here changes the session it is given and flushes; the
workspace action around it commits before the capture view shows the
contribution as saved, so what it shows is on disk. Reads hand out plain,
immutable ``ContributionRow`` values instead of ORM objects; they live in
``domain.contribution_rows`` (free of the ORM) and are re-exported here.

Deleting returns a ``ContributionSnapshot`` that ``restore_contribution`` turns
back into the same record (same id, same fields, same tags). Undo itself is
the workspace's (``app.workspace``: it records changed rows). Searching lives
in ``domain.contribution_search``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from .contribution_rows import (
    ContributionRow,
    counts_by_round,
    counts_by_table,
    counts_by_table_in_event,
    get_row,
    round_order,
    rows_for_event,
    rows_for_round,
    rows_for_table,
)
from .errors import NotFoundError, ValidationError
from .models import (
    Contribution,
    Event,
    EventTable,
    Organisation,
    Person,
    Round,
    Tag,
)
from .people import ensure_organisation, ensure_person
from .text import clean_line, clean_text, name_key
from .transactions import flushed
from .types import utcnow

# A generous limit: a whole page of notes pasted at once still fits, a runaway
# paste of a document does not end up as one "contribution".
MAX_LENGTH = 20_000
TAG_MAX = 120

__all__ = [
    "MAX_LENGTH",
    "ContributionRow",
    "add_contribution",
    "contribution_text",
    "counts_by_round",
    "counts_by_table",
    "counts_by_table_in_event",
    "delete_contribution",
    "edit_text",
    "get_row",
    "load_contribution",
    "move_contribution",
    "round_order",
    "rows_for_event",
    "rows_for_round",
    "rows_for_table",
    "set_attribution",
    "set_highlight",
    "set_report_text",
    "set_table",
    "set_tags",
    "tag_name",
    "toggle_highlight",
    "write_order",
]


# --- text ------------------------------------------------------------------------------------------


def contribution_text(text: str | None, field: str = "text") -> str:
    """The cleaned text of a contribution, or ValidationError saying why it cannot be saved."""
    clean = clean_text(text or "")
    if not clean:
        raise ValidationError(
            field, "Typ eerst wat er gezegd is; een lege bijdrage wordt niet bewaard.", "required"
        )
    if len(clean) > MAX_LENGTH:
        raise ValidationError(
            field,
            f"Een bijdrage is hoogstens {_dutch_number(MAX_LENGTH)} tekens; deze is "
            f"{_dutch_number(len(clean))} tekens. Splits hem op in kortere bijdragen.",
            "too_long",
        )
    return clean


def _dutch_number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


# --- adding ----------------------------------------------------------------------------------------


# Built once: the capture path runs these on every Enter, and must stay within a
# few milliseconds of a bare SQLite insert.
_CONTRIBUTIONS = cast(Table, Contribution.__table__)
_ADD_LOOKUP = select(
    Round.event_id,
    select(func.max(Contribution.position))
    .where(Contribution.round_id == bindparam("round_id"))
    .scalar_subquery(),
    select(EventTable.event_id).where(EventTable.id == bindparam("table_id")).scalar_subquery(),
).where(Round.id == bindparam("round_id"))
_ADD_INSERT = insert(_CONTRIBUTIONS)


def add_contribution(
    session: Session,
    round_id: int,
    text: str,
    *,
    table_id: int | None = None,
    person: str | None = None,
    organisation: str | None = None,
    now: dt.datetime | None = None,
) -> ContributionRow:
    """Save what a table said (flushed; the caller's transaction commits it).

    ``person`` and ``organisation`` are names: a known one (whatever its case or
    spacing) is reused, a new one is created in the same transaction.
    """
    clean = contribution_text(text)
    # Plain statements run on the session's connection: the ORM's execution layer only costs here.
    found = session.connection().execute(_ADD_LOOKUP, {"round_id": round_id, "table_id": table_id}).first()
    if found is None:
        raise NotFoundError(f"Geen ronde met id {round_id}.")
    event_id, last_position, table_event = found
    if table_id is not None:
        _check_table_event(event_id, table_event)
    position = 0 if last_position is None else last_position + 1
    moment = now or utcnow()
    with flushed(session):
        who, org = _attribution(session, event_id, person, organisation)
        inserted = (
            session.connection()
            .execute(
                _ADD_INSERT,
                {
                    "event_id": event_id,
                    "round_id": round_id,
                    "table_id": table_id,
                    "text": clean,
                    "report_text": None,
                    "person_id": who.id if who else None,
                    "organisation_id": org.id if org else None,
                    "highlighted": False,
                    "position": position,
                    "created_at": moment,
                    "updated_at": moment,
                },
            )
            .inserted_primary_key
        )
        assert inserted is not None
        contribution_id = inserted[0]
    return ContributionRow(
        id=contribution_id,
        event_id=event_id,
        round_id=round_id,
        table_id=table_id,
        text=clean,
        report_text=None,
        highlighted=False,
        position=position,
        created_at=moment,
        person_id=who.id if who else None,
        person_name=who.name if who else "",
        organisation_id=org.id if org else None,
        organisation_name=org.name if org else "",
    )


def _check_table_event(event_id: int, table_event: int | None) -> None:
    if table_event is None:
        raise ValidationError("table", "Deze tafel bestaat niet (meer).", "not_found")
    if table_event != event_id:
        raise ValidationError("table", "Deze tafel hoort bij een ander evenement.", "other_event")


def _check_table(session: Session, event_id: int, table_id: int | None) -> None:
    if table_id is not None:
        _check_table_event(
            event_id, session.scalar(select(EventTable.event_id).where(EventTable.id == table_id))
        )


_FIND_PERSON = select(Person).where(
    Person.event_id == bindparam("event_id"), Person.name_key == bindparam("key")
)
_FIND_ORGANISATION = select(Organisation).where(
    Organisation.event_id == bindparam("event_id"), Organisation.name_key == bindparam("key")
)


def _known(session: Session, statement: Any, event_id: int, name: str) -> Any:
    """The person or organisation of the event with this name (any case or spacing), or None."""
    return session.scalars(statement, {"event_id": event_id, "key": name_key(name)}).first()


def _attribution(
    session: Session, event_id: int, person: str | None, organisation: str | None
) -> tuple[Person | None, Organisation | None]:
    """The people/organisation records for the given names, new ones flushed but not committed."""
    person_name = clean_line(person or "")
    organisation_name = clean_line(organisation or "")
    if not person_name and not organisation_name:
        return None, None
    # Names typed in the room are nearly always known already: look them up with statements built
    # once, and load the event (to make a new person or organisation) only for a new name.
    org = _known(session, _FIND_ORGANISATION, event_id, organisation_name) if organisation_name else None
    who = _known(session, _FIND_PERSON, event_id, person_name) if person_name else None
    if (organisation_name and org is None) or (person_name and who is None):
        event = session.get(Event, event_id)
        if event is None:
            raise NotFoundError(f"Geen evenement met id {event_id}.")
        if organisation_name and org is None:
            org = ensure_organisation(session, event, organisation_name)
        if person_name and who is None:
            who = ensure_person(session, event, person_name)
    # A new person given together with an organisation belongs to it.
    if who is not None and org is not None and who.organisation_id is None:
        who.organisation = org
        session.flush()
    return who, org


# --- changing --------------------------------------------------------------------------------------


def load_contribution(session: Session, contribution_id: int) -> Contribution:
    """The ORM record, or NotFoundError when it was deleted meanwhile."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        raise NotFoundError(f"Deze bijdrage bestaat niet meer (id {contribution_id}).")
    return contribution


def _stored_row(session: Session, contribution: Contribution) -> ContributionRow:
    with flushed(session):
        contribution.updated_at = utcnow()
    return get_row(session, contribution.id)


def edit_text(session: Session, contribution_id: int, text: str) -> ContributionRow:
    """Replace the captured text (a typo fixed in the room)."""
    clean = contribution_text(text)
    contribution = load_contribution(session, contribution_id)
    contribution.text = clean
    return _stored_row(session, contribution)


def set_report_text(session: Session, contribution_id: int, text: str | None) -> ContributionRow:
    """The wording for the report; None or empty: use the captured text."""
    contribution = load_contribution(session, contribution_id)
    contribution.report_text = contribution_text(text, "report_text") if text and text.strip() else None
    return _stored_row(session, contribution)


def set_highlight(session: Session, contribution_id: int, highlighted: bool) -> ContributionRow:
    contribution = load_contribution(session, contribution_id)
    contribution.highlighted = highlighted
    return _stored_row(session, contribution)


def toggle_highlight(session: Session, contribution_id: int) -> ContributionRow:
    contribution = load_contribution(session, contribution_id)
    contribution.highlighted = not contribution.highlighted
    return _stored_row(session, contribution)


def set_table(session: Session, contribution_id: int, table_id: int | None) -> ContributionRow:
    """Move a contribution to another table of its event (typed at the wrong one)."""
    contribution = load_contribution(session, contribution_id)
    _check_table(session, contribution.event_id, table_id)
    contribution.table_id = table_id
    return _stored_row(session, contribution)


def set_attribution(
    session: Session, contribution_id: int, person: str | None, organisation: str | None
) -> ContributionRow:
    """Who said it, by name (empty clears); unknown names become new people/organisations."""
    contribution = load_contribution(session, contribution_id)
    with flushed(session):
        who, org = _attribution(session, contribution.event_id, person, organisation)
        contribution.person_id = who.id if who else None
        contribution.organisation_id = org.id if org else None
        contribution.updated_at = utcnow()
    return get_row(session, contribution.id)


def set_attribution_ids(
    session: Session, contribution_id: int, person_id: int | None, organisation_id: int | None
) -> ContributionRow:
    """Who said it, by id (used by undo to put back exactly what was there)."""
    contribution = load_contribution(session, contribution_id)
    contribution.person_id = _existing(session, Person, person_id, contribution.event_id)
    contribution.organisation_id = _existing(session, Organisation, organisation_id, contribution.event_id)
    return _stored_row(session, contribution)


def _existing(session: Session, model: Any, record_id: int | None, event_id: int) -> int | None:
    """``record_id`` if that record still exists in the event, else None."""
    if record_id is None:
        return None
    found = session.get(model, record_id)
    return record_id if found is not None and found.event_id == event_id else None


def tag_name(name: str | None) -> str:
    """A tag name as stored: no leading #, spaces collapsed ("" when nothing is left); too long is refused."""
    clean = clean_line(name or "").lstrip("#").strip()
    if len(clean) > TAG_MAX:
        raise ValidationError("tags", f"Een label is hoogstens {TAG_MAX} tekens.", "too_long")
    return clean


def set_tags(session: Session, contribution_id: int, names: Iterable[str]) -> ContributionRow:
    """Replace the contribution's tags; tags are per event and matched like names."""
    contribution = load_contribution(session, contribution_id)
    wanted: dict[str, str] = {}
    for name in names:
        clean = tag_name(name)
        if clean:
            wanted.setdefault(name_key(clean), clean)
    with flushed(session):
        tags: list[Tag] = []
        for key, clean in wanted.items():
            tag = session.scalars(
                select(Tag).where(Tag.event_id == contribution.event_id, Tag.name_key == key)
            ).first()
            if tag is None:
                tag = Tag(event_id=contribution.event_id, name=clean, name_key=key)
                session.add(tag)
            tags.append(tag)
        contribution.tags = tags
        contribution.updated_at = utcnow()
    return get_row(session, contribution.id)


def move_contribution(session: Session, contribution_id: int, before_id: int | None) -> list[int]:
    """Put the contribution just before ``before_id`` in its round (None: at the end).

    Positions of the round are renumbered 0, 1, 2, ... (only rows whose number
    changes are written). Returns the round's new order.
    """
    contribution = load_contribution(session, contribution_id)
    order = round_order(session, contribution.round_id)
    if before_id == contribution_id:
        return order
    order.remove(contribution_id)
    if before_id is None or before_id not in order:
        if before_id is not None:
            raise ValidationError("before", "Die bijdrage hoort niet bij dezelfde ronde.", "other_round")
        order.append(contribution_id)
    else:
        order.insert(order.index(before_id), contribution_id)
    with flushed(session, expire=True):
        write_order(session, contribution.round_id, order)
    return order


def write_order(session: Session, round_id: int, order: Sequence[int]) -> None:
    """Number the round 0, 1, 2, ... in ``order`` (only changed rows are written); no commit."""
    current = dict(
        session.execute(
            select(Contribution.id, Contribution.position).where(Contribution.round_id == round_id)
        ).all()
    )
    changes = [{"id": cid, "position": index} for index, cid in enumerate(order) if current.get(cid) != index]
    if changes:
        session.execute(update(Contribution), changes)


# --- deleting -----------------------------------------------------------------------------------


def delete_contribution(session: Session, contribution_id: int) -> None:
    """Delete it (the workspace's undo brings it back from the rows it recorded)."""
    load_contribution(session, contribution_id)
    with flushed(session, expire=True):
        session.execute(delete(Contribution).where(Contribution.id == contribution_id))
