"""Adding a contribution: the hot path of capture, a few milliseconds above a bare SQLite insert.

Split from ``domain.contributions`` (which re-exports all of it) because adding
is the one operation on every Enter in the room and from every table host's
device: its statements are built once, it checks the text, resolves names to
people and organisations, and is idempotent on the id made where the text was
typed, so a retried send is stored once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from .contribution_rows import SOURCE_LAPTOP, SOURCES, ContributionRow, get_row
from .errors import NotFoundError, ValidationError
from .models import Contribution, Event, EventTable, Organisation, Person, Round
from .people import ensure_organisation, ensure_person
from .round_lock import lock_column
from .text import clean_line, clean_text, name_key
from .transactions import flushed
from .types import utcnow

# A generous limit: a whole page of notes pasted at once still fits, a runaway
# paste of a document does not end up as one "contribution".
MAX_LENGTH = 20_000
ENTRY_UID_MAX = 36  # a UUID in its text form
DEVICE_ID_MAX = 64


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


def _add_lookup(*, locked: bool) -> Select[Any]:
    """The round's event, the table's event and the names typed; ``locked``: the round's lock too."""
    lock = [lock_column(bindparam("round_id"))] if locked else []
    return (
        select(
            Round.event_id,
            select(EventTable.event_id).where(EventTable.id == bindparam("table_id")).scalar_subquery(),
            # The names typed, when the event knows them already (nearly always in the room): in the
            # same statement, so a known name costs no round trip to a server of its own.
            Person.id,
            Person.name,
            Person.organisation_id,
            Organisation.id,
            Organisation.name,
            *lock,
        )
        .select_from(Round)
        .outerjoin(
            Person, and_(Person.event_id == Round.event_id, Person.name_key == bindparam("person_key"))
        )
        .outerjoin(
            Organisation,
            and_(Organisation.event_id == Round.event_id, Organisation.name_key == bindparam("org_key")),
        )
        .where(Round.id == bindparam("round_id"))
    )


_ADD_LOOKUP = _add_lookup(locked=False)
_ADD_LOOKUP_LOCKED = _add_lookup(locked=True)  # PostgreSQL: see round_lock
_SET_PERSON_ORGANISATION = update(cast(Table, Person.__table__)).where(Person.id == bindparam("person_id"))
# The position is computed in the INSERT itself: on a server, after the lookup took the round's lock.
_NEXT_POSITION = (
    select(func.coalesce(func.max(Contribution.position) + 1, 0))
    .where(Contribution.round_id == bindparam("position_round"))
    .scalar_subquery()
)
# The new row comes back whole (RETURNING): its id and position, and the workspace's undo record
# need not read it back (app/recorder.py): two statements less per Enter than lock, read, insert, read.
_ADD_INSERT = (
    insert(_CONTRIBUTIONS)
    .values(position=_NEXT_POSITION)
    .return_defaults(supplemental_cols=list(_CONTRIBUTIONS.c))
)


def add_contribution(
    session: Session,
    round_id: int,
    text: str,
    *,
    table_id: int | None = None,
    person: str | None = None,
    organisation: str | None = None,
    now: dt.datetime | None = None,
    entry_uid: str | None = None,
    source: str = SOURCE_LAPTOP,
    device_id: str | None = None,
) -> ContributionRow:
    """Save what a table said (flushed; the caller's transaction commits it).

    ``person`` and ``organisation`` are names: a known one (whatever its case or
    spacing) is reused, a new one is created in the same transaction.
    ``entry_uid`` is the id made where it was typed: sent again (an answer that
    got lost), the stored row comes back unchanged and nothing is added.
    """
    clean = contribution_text(text)
    if source not in SOURCES:
        raise ValidationError("source", f"Onbekende herkomst {source!r}.", "invalid")
    if entry_uid is not None:
        entry_uid = _entry_uid(entry_uid)
    person_name = clean_line(person or "")
    organisation_name = clean_line(organisation or "")
    # Plain statements run on the session's connection: the ORM's execution layer only costs here.
    conn = session.connection()
    # On a server the lookup also takes the round's lock: two laptops adding at once, one position each.
    found = conn.execute(
        _ADD_LOOKUP_LOCKED if conn.dialect.name == "postgresql" else _ADD_LOOKUP,
        {
            "round_id": round_id,
            "table_id": table_id,
            "person_key": name_key(person_name) if person_name else "",
            "org_key": name_key(organisation_name) if organisation_name else "",
        },
    ).first()
    if found is None:
        raise NotFoundError(f"Geen ronde met id {round_id}.")
    event_id, table_event = found[:2]
    if entry_uid is not None:
        stored = _stored_entry(session, event_id, entry_uid)
        if stored is not None:
            return stored
    if table_id is not None:
        check_table_event(event_id, table_event)
    moment = now or utcnow()
    with flushed(session):
        who, org = _known_names(session, event_id, person_name, organisation_name, found[2:7])
        result = conn.execute(
            _ADD_INSERT,
            {
                "event_id": event_id,
                "round_id": round_id,
                "table_id": table_id,
                "text": clean,
                "report_text": None,
                "person_id": who[0] if who else None,
                "organisation_id": org[0] if org else None,
                "highlighted": False,
                "position_round": round_id,
                "created_at": moment,
                "updated_at": moment,
                "entry_uid": entry_uid,
                "source": source,
                "device_id": device_id[:DEVICE_ID_MAX] if device_id else None,
                "hidden": False,
            },
        )
        stored_row = result.returned_defaults
        assert stored_row is not None
        values = stored_row._mapping  # made anew on each access: once
        contribution_id, position = values[_CONTRIBUTIONS.c.id], values[_CONTRIBUTIONS.c.position]
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
        person_id=who[0] if who else None,
        person_name=who[1] if who else "",
        organisation_id=org[0] if org else None,
        organisation_name=org[1] if org else "",
        source=source,
        entry_uid=entry_uid,
    )


Named = tuple[int, str]  # (id, name) of a person or organisation


def _known_names(
    session: Session, event_id: int, person_name: str, organisation_name: str, found: Sequence[Any]
) -> tuple[Named | None, Named | None]:
    """The person and organisation for the names typed: as the lookup found them, or made anew."""
    person_id, known_person, person_org, org_id, known_org = found
    if (person_name and person_id is None) or (organisation_name and org_id is None):
        who, org = attribution(session, event_id, person_name, organisation_name)  # a new name
        return (who.id, who.name) if who else None, (org.id, org.name) if org else None
    if person_id is not None and org_id is not None and person_org is None:
        # A person given together with an organisation belongs to it (as attribution() does).
        session.connection().execute(
            _SET_PERSON_ORGANISATION, {"person_id": person_id, "organisation_id": org_id}
        )
    return (
        (person_id, known_person) if person_id is not None else None,
        (org_id, known_org) if org_id is not None else None,
    )


def _entry_uid(value: str) -> str:
    clean = value.strip()
    if not clean or len(clean) > ENTRY_UID_MAX or not clean.isascii() or not clean.isprintable():
        raise ValidationError("entry_uid", "Ongeldige id van de bijdrage.", "invalid")
    return clean


_FIND_ENTRY = select(Contribution.id).where(
    Contribution.event_id == bindparam("event_id"), Contribution.entry_uid == bindparam("uid")
)


def _stored_entry(session: Session, event_id: int, entry_uid: str) -> ContributionRow | None:
    """The contribution stored earlier in the event under this entry id (a retried send), or None."""
    found = session.connection().execute(_FIND_ENTRY, {"event_id": event_id, "uid": entry_uid}).scalar()
    return None if found is None else get_row(session, found)


def check_table_event(event_id: int, table_event: int | None) -> None:
    if table_event is None:
        raise ValidationError("table", "Deze tafel bestaat niet (meer).", "not_found")
    if table_event != event_id:
        raise ValidationError("table", "Deze tafel hoort bij een ander evenement.", "other_event")


def check_table(session: Session, event_id: int, table_id: int | None) -> None:
    if table_id is not None:
        check_table_event(
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


def attribution(
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
