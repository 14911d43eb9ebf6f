"""Programme items: add/edit/move/delete, people on stage, actual times, and time checks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event, update_event
from erbij_desktop.domain.figures import add_key_figure
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.programme import (
    add_programme_item,
    clear_actual_times,
    delete_programme_item,
    move_programme_item,
    programme_items,
    record_actual_end,
    record_actual_start,
    schedule_problems,
    set_people_on_stage,
    update_programme_item,
)
from erbij_desktop.domain.quotes import add_quote
from erbij_desktop.domain.rounds import add_round
from erbij_desktop.domain.schedule import projected_end


@pytest.fixture
def event(session: Session) -> Event:
    return create_event(session, "Praktijktafel", start_time=dt.time(9, 30), end_time=dt.time(12, 30))


def headings(session: Session, event: Event) -> list[str]:
    return [item.heading for item in programme_items(session, event)]


def test_add_appends_and_inserts(session: Session, event: Event) -> None:
    add_programme_item(session, event, "Opening", kind=ProgrammeKind.OPENING, duration_minutes=10)
    add_programme_item(session, event, "Afsluiting", kind=ProgrammeKind.CLOSING)
    add_programme_item(session, event, "  Koplopers \t in Rotterdam ", position=1, duration_minutes=30)
    assert headings(session, event) == ["Opening", "Koplopers in Rotterdam", "Afsluiting"]
    assert [i.position for i in programme_items(session, event)] == [0, 1, 2]
    assert projected_end(event.programme, event.start_time) == dt.time(10, 10)


def test_heading_is_optional_but_bad_duration_is_refused_and_nothing_stored(
    session: Session, event: Event
) -> None:
    pause = add_programme_item(session, event, "  ", kind=ProgrammeKind.BREAK)
    assert pause.heading == ""
    with pytest.raises(ValidationError) as caught:
        add_programme_item(session, event, "x" * 301)
    assert caught.value.field == "heading"
    item = add_programme_item(session, event, "Opening", duration_minutes=10)
    for bad in (0, -5, 481):
        with pytest.raises(ValidationError) as caught:
            update_programme_item(session, item, duration_minutes=bad, heading="Anders")
        assert caught.value.field == "duration_minutes"
        assert "minuten" in str(caught.value)
    session.expire_all()
    assert (item.heading, item.duration_minutes) == ("Opening", 10)
    assert headings(session, event) == ["", "Opening"]


def test_start_before_event_and_overlap_are_refused(session: Session, event: Event) -> None:
    first = add_programme_item(session, event, "Opening", duration_minutes=30)
    second = add_programme_item(session, event, "Lezing")
    with pytest.raises(ValidationError) as caught:
        update_programme_item(session, second, planned_start=dt.time(9, 0))
    assert caught.value.code == "before_event"
    with pytest.raises(ValidationError) as caught:
        update_programme_item(session, second, planned_start=dt.time(9, 45))
    assert caught.value.code == "overlap"
    assert "Opening" in str(caught.value) and "10:00" in str(caught.value)
    update_programme_item(session, second, planned_start=dt.time(10, 15))
    # A longer opening would now run into the Lezing's fixed start.
    with pytest.raises(ValidationError) as caught:
        update_programme_item(session, first, duration_minutes=60)
    assert caught.value.field == "duration_minutes"
    session.expire_all()
    assert first.duration_minutes == 30
    assert second.planned_start == dt.time(10, 15)


def test_existing_overlap_does_not_block_other_edits(session: Session, event: Event) -> None:
    a = add_programme_item(session, event, "A", duration_minutes=30)
    b = add_programme_item(session, event, "B", planned_start=dt.time(10, 0), duration_minutes=20)
    move_programme_item(session, b, 0)  # B at 10:00 first, then A until 10:30: fine
    update_programme_item(session, a, planned_start=dt.time(10, 20))  # refused? no: B ends 10:20
    update_programme_item(session, event.programme[0], narrative="Tekst")
    assert schedule_problems(event) == []
    update_event(session, event, start_time=dt.time(10, 30), end_time=dt.time(12, 0))
    problems = schedule_problems(event)
    assert [(p[0], p[1].code) for p in problems] == [(b, "before_event"), (a, "before_event")]
    # Editing the narrative of an item with a standing problem still works.
    update_programme_item(session, a, narrative="Nieuw")
    assert a.narrative == "Nieuw"


def test_programme_longer_than_event_is_reported(session: Session, event: Event) -> None:
    add_programme_item(session, event, "Lang", duration_minutes=200)
    problems = schedule_problems(event)
    assert [(p[0], p[1].code) for p in problems] == [(None, "programme_too_long")]
    assert "12:50" in str(problems[0][1])


def test_move_reorders_positions(session: Session, event: Event) -> None:
    items = [add_programme_item(session, event, name) for name in "ABCD"]
    move_programme_item(session, items[3], 0)
    move_programme_item(session, items[0], 99)
    session.expire_all()
    assert headings(session, event) == ["D", "B", "C", "A"]


def test_delete_keeps_linked_things_unlinked(session: Session, event: Event) -> None:
    talk = add_programme_item(session, event, "Rondetafel", kind=ProgrammeKind.ROUNDTABLE)
    other = add_programme_item(session, event, "Afsluiting")
    quote = add_quote(session, event, "Mooi gezegd", programme_item=talk)
    figure = add_key_figure(session, event, "43%", "voelt zich eenzaam", programme_item=talk)
    round_ = add_round(session, event, "Ronde 1", "Wat doe je?", programme_item=talk)
    delete_programme_item(session, talk)
    assert headings(session, event) == ["Afsluiting"]
    assert other.position == 0
    assert quote.programme_item is None and figure.programme_item is None and round_.programme_item is None
    session.expire_all()
    assert quote.programme_item_id is None and round_.programme_item_id is None


def test_people_on_stage_keep_their_order(session: Session, event: Event) -> None:
    item = add_programme_item(session, event, "Ervaringsdeskundigen", kind=ProgrammeKind.INTERVIEW)
    mieke, ahmed, ricky = (ensure_person(session, event, n) for n in ("Mieke", "Ahmed", "Ricky"))
    set_people_on_stage(session, item, [ricky, mieke, ahmed, mieke])
    assert [p.name for p in item.people] == ["Ricky", "Mieke", "Ahmed"]
    set_people_on_stage(session, item, [ahmed])
    session.expire_all()
    assert [p.name for p in item.people] == ["Ahmed"]
    stranger_event = create_event(session, "Ander")
    stranger = ensure_person(session, stranger_event, "Vreemde")
    with pytest.raises(ValidationError):
        set_people_on_stage(session, item, [stranger])
    assert [p.name for p in item.people] == ["Ahmed"]


def test_actual_times(session: Session, event: Event) -> None:
    item = add_programme_item(session, event, "Opening")
    start = dt.datetime(2018, 2, 20, 9, 31, tzinfo=dt.UTC)
    record_actual_start(session, item, start)
    with pytest.raises(ValidationError):
        record_actual_end(session, item, start - dt.timedelta(minutes=1))
    record_actual_end(session, item, start + dt.timedelta(minutes=12))
    session.expire_all()
    assert item.actual_start == start
    assert item.actual_end == start + dt.timedelta(minutes=12)
    record_actual_start(session, item)  # now: later than the recorded end, so the end is cleared
    assert item.actual_end is None
    clear_actual_times(session, item)
    assert item.actual_start is None
