"""People and organisations: one record per name whatever its case or spacing; consent off by default."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import (
    delete_organisation,
    ensure_organisation,
    ensure_person,
    organisations,
    people,
    rename_organisation,
    rename_person,
    update_person,
)


@pytest.fixture
def event(session: Session) -> Event:
    return create_event(session, "Praktijktafel")


def test_same_name_other_case_and_spacing_is_the_same_person(session: Session, event: Event) -> None:
    first = ensure_person(session, event, "Gea de Jong")
    again = ensure_person(session, event, "  gea   DE jong ", role="beleidsmedewerker")
    assert again is first
    assert [(p.name, p.role, p.consent_to_name) for p in people(session, event)] == [
        ("Gea de Jong", "beleidsmedewerker", False)
    ]


def test_people_belong_to_one_event(session: Session, event: Event) -> None:
    other = create_event(session, "Ander")
    ensure_person(session, event, "Ricky Tol")
    ensure_person(session, other, "Ricky Tol")
    assert len(people(session, event)) == 1 and len(people(session, other)) == 1


def test_empty_names_and_duplicate_renames_are_refused(session: Session, event: Event) -> None:
    with pytest.raises(ValidationError):
        ensure_person(session, event, " \t ")
    gea = ensure_person(session, event, "Gea de Jong")
    ricky = ensure_person(session, event, "Ricky Tol")
    with pytest.raises(ValidationError) as caught:
        rename_person(session, ricky, "GEA DE JONG")
    assert caught.value.code == "duplicate"
    session.expire_all()
    assert ricky.name == "Ricky Tol"
    rename_person(session, gea, "Gea  de  Jong-Visser")
    assert gea.name == "Gea de Jong-Visser"


def test_organisation_link_and_consent(session: Session, event: Event) -> None:
    huizen = ensure_organisation(session, event, "Gemeente Huizen")
    assert ensure_organisation(session, event, "gemeente  huizen") is huizen
    person = ensure_person(session, event, "Anouk Verbeek", organisation=huizen)
    update_person(session, person, consent_to_name=True)
    session.expire_all()
    assert (person.organisation_id, person.consent_to_name) == (huizen.id, True)
    update_person(session, person, organisation=None)
    assert person.organisation is None
    rename_organisation(session, huizen, "Gemeente Huizen (NH)")
    delete_organisation(session, huizen)
    assert organisations(session, event) == []
