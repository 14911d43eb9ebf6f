"""Event operations used by the prepare editors: fields, validation, organisers in order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event, delete_event, list_events, set_organisers, update_event
from erbij_desktop.domain.people import ensure_organisation


def test_update_refuses_bad_input_and_keeps_the_old_values(session: Session) -> None:
    event = create_event(session, "Praktijktafel", start_time=dt.time(9, 30))
    for fields, field in (
        ({"title": " "}, "title"),
        ({"end_time": dt.time(9, 0)}, "end_time"),
        ({"attendance_expected": -1}, "attendance_expected"),
    ):
        with pytest.raises(ValidationError) as caught:
            update_event(session, event, venue="Jaarbeurs", **fields)
        assert caught.value.field == field
    session.expire_all()
    assert (event.title, event.venue, event.end_time) == ("Praktijktafel", "", None)


def test_organisers_keep_their_order(session: Session) -> None:
    event = create_event(session, "Praktijktafel")
    vws = ensure_organisation(session, event, "ministerie van VWS")
    erbij = ensure_organisation(session, event, "Coalitie Erbij")
    set_organisers(session, event, [erbij, vws, erbij])
    assert [o.name for o in event.organisers] == ["Coalitie Erbij", "ministerie van VWS"]
    set_organisers(session, event, [vws])
    session.expire_all()
    assert [o.name for o in event.organisers] == ["ministerie van VWS"]
    other = create_event(session, "Ander")
    with pytest.raises(ValidationError):
        set_organisers(session, event, [ensure_organisation(session, other, "Elders")])
    assert [o.name for o in event.organisers] == ["ministerie van VWS"]
    delete_event(session, other)
    assert [e.title for e in list_events(session)] == ["Praktijktafel"]
