"""People and organisations: one record per name, whatever its case or spacing."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import ValidationError
from .models import Event, Organisation, Person
from .text import clean_line, name_key
from .transactions import done


class _Unchanged:
    """Marker for 'leave this field as it is' where None means 'clear it'."""


UNCHANGED = _Unchanged()


def organisations(session: Session, event: Event) -> Sequence[Organisation]:
    stmt = select(Organisation).where(Organisation.event_id == event.id).order_by(Organisation.name_key)
    return session.scalars(stmt).all()


def people(session: Session, event: Event) -> Sequence[Person]:
    stmt = select(Person).where(Person.event_id == event.id).order_by(Person.name_key)
    return session.scalars(stmt).all()


def find_organisation(session: Session, event: Event, name: str) -> Organisation | None:
    stmt = select(Organisation).where(
        Organisation.event_id == event.id, Organisation.name_key == name_key(name)
    )
    return session.scalars(stmt).first()


def find_person(session: Session, event: Event, name: str) -> Person | None:
    stmt = select(Person).where(Person.event_id == event.id, Person.name_key == name_key(name))
    return session.scalars(stmt).first()


def ensure_organisation(session: Session, event: Event, name: str) -> Organisation:
    """The organisation with this name (case/spacing-insensitive), created if new."""
    clean = clean_line(name)
    if not clean:
        raise ValidationError("organisation", "Een organisatie heeft een naam nodig.", "required")
    found = find_organisation(session, event, clean)
    if found is not None:
        return found
    organisation = Organisation(event_id=event.id, name=clean, name_key=name_key(clean))
    session.add(organisation)
    done(session)
    return organisation


def ensure_person(
    session: Session,
    event: Event,
    name: str,
    *,
    role: str | None = None,
    organisation: Organisation | None = None,
    consent_to_name: bool | None = None,
) -> Person:
    """The person with this name, created if new; given attributes are set either way."""
    clean = clean_line(name)
    if not clean:
        raise ValidationError("person", "Een persoon heeft een naam nodig.", "required")
    person = find_person(session, event, clean)
    if person is None:
        person = Person(
            event_id=event.id, name=clean, name_key=name_key(clean), role="", consent_to_name=False
        )
        session.add(person)
    if role is not None:
        person.role = clean_line(role)
    if organisation is not None:
        person.organisation = organisation
    if consent_to_name is not None:
        person.consent_to_name = consent_to_name
    done(session)
    return person


def rename_person(session: Session, person: Person, name: str) -> Person:
    clean = clean_line(name)
    if not clean:
        raise ValidationError("name", "Een persoon heeft een naam nodig.", "required")
    other = find_person(session, person.event, clean)
    if other is not None and other.id != person.id:
        raise ValidationError("name", f"Er is al iemand met de naam '{other.name}'.", "duplicate")
    person.name = clean
    person.name_key = name_key(clean)
    done(session)
    return person


def rename_organisation(session: Session, organisation: Organisation, name: str) -> Organisation:
    clean = clean_line(name)
    if not clean:
        raise ValidationError("name", "Een organisatie heeft een naam nodig.", "required")
    other = find_organisation(session, organisation.event, clean)
    if other is not None and other.id != organisation.id:
        raise ValidationError("name", f"De organisatie '{other.name}' bestaat al.", "duplicate")
    organisation.name = clean
    organisation.name_key = name_key(clean)
    done(session)
    return organisation


def update_person(
    session: Session,
    person: Person,
    *,
    role: str | None = None,
    organisation: Organisation | _Unchanged | None = UNCHANGED,
    consent_to_name: bool | None = None,
) -> Person:
    """Change role, organisation (None clears it) and consent; leave out what stays."""
    if role is not None:
        person.role = clean_line(role)
    if not isinstance(organisation, _Unchanged):
        person.organisation = organisation
    if consent_to_name is not None:
        person.consent_to_name = consent_to_name
    done(session)
    return person


def delete_person(session: Session, person: Person) -> None:
    session.delete(person)
    done(session)


def delete_organisation(session: Session, organisation: Organisation) -> None:
    session.delete(organisation)
    done(session)
