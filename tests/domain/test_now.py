"""Which round and programme item are current, from the programme and an injected clock."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Event, ProgrammeItem, Round
from erbij_desktop.domain.now import what_is_now
from erbij_desktop.domain.programme import add_programme_item, record_actual_end, record_actual_start
from erbij_desktop.domain.rounds import add_round

TZ = dt.timezone(dt.timedelta(hours=1))
DAY = dt.date(2018, 2, 20)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=TZ)


@pytest.fixture
def event(session: Session) -> Event:
    """09:30 opening (30), 10:00 talks (60), 11:00 roundtable (60) holding two 30-minute rounds."""
    ev = create_event(session, "Praktijktafel", event_date=DAY, start_time=dt.time(9, 30))
    add_programme_item(session, ev, "Opening", kind=ProgrammeKind.OPENING, duration_minutes=30)
    add_programme_item(session, ev, "Koplopers", kind=ProgrammeKind.TALK, duration_minutes=60)
    table = add_programme_item(session, ev, "Rondetafels", kind=ProgrammeKind.ROUNDTABLE, duration_minutes=60)
    add_round(session, ev, "Signaleren", "Wat doe je?", planned_minutes=30, programme_item=table)
    add_round(session, ev, "Interventies", "Welke?", planned_minutes=30, programme_item=table)
    return ev


def _ids(event: Event) -> tuple[list[int], list[int]]:
    return [i.id for i in event.programme], [r.id for r in event.rounds]


def test_before_the_event_nothing_is_current(event: Event) -> None:
    now = what_is_now(event, at(9, 0), tz=TZ)
    assert (now.programme_item_id, now.round_id, now.on_stage) == (None, None, False)


def test_planned_times_decide_the_item_and_the_round(event: Event) -> None:
    items, rounds = _ids(event)
    assert what_is_now(event, at(10, 15), tz=TZ).programme_item_id == items[1]
    assert what_is_now(event, at(10, 15), tz=TZ).round_id is None
    first = what_is_now(event, at(11, 5), tz=TZ)
    assert (first.programme_item_id, first.round_id, first.on_stage) == (items[2], rounds[0], True)
    assert what_is_now(event, at(11, 35), tz=TZ).round_id == rounds[1]
    # After the programme the last round stays current (its notes are still being typed).
    after = what_is_now(event, at(13, 0), tz=TZ)
    assert (after.round_id, after.on_stage, after.programme_item_id) == (rounds[1], False, items[2])


def test_on_another_day_the_clock_says_nothing(event: Event) -> None:
    now = what_is_now(event, at(11, 5, day=DAY + dt.timedelta(days=1)), tz=TZ)
    assert (now.programme_item_id, now.round_id) == (None, None)


def test_recorded_times_beat_the_plan(session: Session, event: Event) -> None:
    items, rounds = _ids(event)
    talk = session.get(ProgrammeItem, items[1])
    record_actual_start(session, talk, at(10, 20))
    # 11:10 by the plan is the roundtable, but the talk really is still on stage.
    late = what_is_now(event, at(11, 10), tz=TZ)
    assert (late.programme_item_id, late.round_id, late.on_stage) == (items[1], None, True)
    record_actual_end(session, talk, at(11, 20))
    roundtable = session.get(ProgrammeItem, items[2])
    record_actual_start(session, roundtable, at(11, 25))
    assert what_is_now(event, at(11, 30), tz=TZ).round_id == rounds[0]
    assert what_is_now(event, at(11, 56), tz=TZ).round_id == rounds[1]


def test_an_explicitly_started_round_wins(session: Session, event: Event) -> None:
    _, rounds = _ids(event)
    second = session.get(Round, rounds[1])
    second.started_at = at(10, 30)
    session.commit()
    assert what_is_now(event, at(10, 45), tz=TZ).round_id == rounds[1]
    second.ended_at = at(10, 50)
    session.commit()
    # Ended, but it is still the last round that began today.
    assert what_is_now(event, at(10, 55), tz=TZ).round_id == rounds[1]


def test_an_event_without_programme_has_no_current_round(session: Session) -> None:
    ev = create_event(session, "Leeg", event_date=DAY)
    add_round(session, ev, "Ronde", "Vraag?")
    assert what_is_now(ev, at(11, 0), tz=TZ).round_id is None
