"""The ORM-free outline says what the ORM says: same rounds, tables, names, programme and "now"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.errors import NotFoundError
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.now import what_is_now
from erbij_desktop.domain.outline import event_title, load_structure, now_at
from erbij_desktop.domain.people import ensure_organisation, ensure_person, organisations, people
from erbij_desktop.domain.programme_clock import start_item
from erbij_desktop.domain.rounds import rounds, tables
from erbij_desktop.storage.database import Database

# The demo event's day (20 February 2018), before, during and after its rounds, and another day.
MOMENTS = [
    None,
    dt.datetime(2018, 2, 20, 8, 50, tzinfo=dt.UTC),
    dt.datetime(2018, 2, 20, 10, 50, tzinfo=dt.UTC),
    dt.datetime(2018, 2, 20, 12, 20, tzinfo=dt.UTC),
    dt.datetime(2018, 2, 20, 13, 50, tzinfo=dt.UTC),
    dt.datetime(2018, 2, 21, 10, 0, tzinfo=dt.UTC),
]


def check_against_orm(db: Database, session: Session, event: Event, moment: dt.datetime | None) -> None:
    with db.connect() as connection:
        outline = load_structure(connection, event.id, moment)
    assert outline.title == event.title
    assert outline.uid == event.uid
    assert [(r.id, r.title, r.question) for r in outline.rounds] == [
        (r.id, r.title, r.question) for r in rounds(session, event)
    ]
    assert [(t.id, t.name, t.host) for t in outline.tables] == [
        (t.id, t.name, t.host.name if t.host else "") for t in tables(session, event)
    ]
    everyone = people(session, event)
    assert outline.people == [p.name for p in everyone]
    assert outline.organisations == [o.name for o in organisations(session, event)]
    organisation_of = {p.name_key: p.organisation.name for p in everyone if p.organisation}
    assert outline.person_organisation == organisation_of
    assert [(i.id, i.heading, i.speakers) for i in outline.items] == [
        (i.id, i.heading, tuple(p.name for p in i.people)) for i in event.programme
    ]
    assert outline.now == what_is_now(event, moment)
    with db.connect() as connection:
        assert now_at(connection, event.id, moment) == outline.now


@pytest.mark.parametrize("moment", MOMENTS)
def test_outline_of_the_demo_is_what_the_orm_reads(
    db: Database, session: Session, demo_event: Event, moment: dt.datetime | None
) -> None:
    check_against_orm(db, session, demo_event, moment)


def test_outline_follows_actual_times_and_new_people(
    db: Database, session: Session, demo_event: Event
) -> None:
    start_item(session, demo_event.programme[3], dt.datetime(2018, 2, 20, 10, 40, tzinfo=dt.UTC))
    team = ensure_organisation(session, demo_event, "Buurtteam Oost")
    ensure_person(session, demo_event, "Zoë Çelik", organisation=team)
    session.commit()  # the outline reads on a connection of its own
    for moment in MOMENTS:
        check_against_orm(db, session, demo_event, moment)


def test_outline_works_on_a_session_too(session: Session, demo_event: Event) -> None:
    assert load_structure(session, demo_event.id).title == demo_event.title
    assert event_title(session, demo_event.id) == demo_event.title


def test_a_missing_event_is_not_found(db: Database, demo_event: Event) -> None:
    with db.connect() as connection:
        assert event_title(connection, demo_event.id + 1) is None
        with pytest.raises(NotFoundError):
            load_structure(connection, demo_event.id + 1)
        with pytest.raises(NotFoundError):
            now_at(connection, demo_event.id + 1)
