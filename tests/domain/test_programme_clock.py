"""The programme clock: planned versus actual starts, and the event's delay at any moment."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.models import Event, ProgrammeItem
from erbij_desktop.domain.programme_clock import (
    ItemState,
    clock_status,
    end_item,
    start_item,
    timetable,
)
from erbij_desktop.storage.database import Database

CET = dt.timezone(dt.timedelta(hours=1))
DAY = dt.date(2018, 2, 20)


def at(hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(2018, 2, 20, hour, minute, second, tzinfo=CET)


@pytest.fixture
def event(session: Session) -> Event:
    event = Event(title="Samen tegen eenzaamheid", event_date=DAY, start_time=dt.time(10, 0))
    for heading, kind, minutes, fixed in [
        ("Welkom", ProgrammeKind.OPENING, 15, dt.time(10, 0)),
        ("Mooie initiatieven", ProgrammeKind.TALK, 30, None),
        ("Ervaringsdeskundigen", ProgrammeKind.INTERVIEW, 30, None),
        ("Koffie", ProgrammeKind.BREAK, 15, None),
        ("Eenzaamheid signaleren", ProgrammeKind.ROUNDTABLE, 30, dt.time(11, 30)),
    ]:
        event.programme.append(
            ProgrammeItem(heading=heading, kind=kind, duration_minutes=minutes, planned_start=fixed)
        )
    session.add(event)
    session.commit()
    return event


def items(event: Event) -> list[ProgrammeItem]:
    return list(event.programme)


def test_timetable_places_the_plan_on_the_event_day(event: Event) -> None:
    times = timetable(event, tz=CET)
    assert [t.planned_start for t in times] == [at(10, 0), at(10, 15), at(10, 45), at(11, 15), at(11, 30)]
    assert times[-1].planned_end == at(12, 0)
    assert all(t.state is ItemState.UPCOMING for t in times)


def test_before_the_start_there_is_no_delay(event: Event) -> None:
    status = clock_status(timetable(event, tz=CET), at(9, 45))
    assert status.delay is None
    assert status.current is None
    assert status.next is not None and status.next.heading == "Welkom"
    assert status.projected_end == at(12, 0)


def test_waiting_past_the_planned_start_runs_late(event: Event) -> None:
    status = clock_status(timetable(event, tz=CET), at(10, 7))
    assert status.delay_minutes == 7
    assert status.projected_end == at(12, 7)


def test_an_item_that_starts_late_puts_the_event_behind(session: Session, event: Event) -> None:
    welcome, talk = items(event)[:2]
    start_item(session, welcome, at(10, 0))
    start_item(session, talk, at(10, 24))
    times = timetable(event, tz=CET)
    assert times[0].state is ItemState.DONE
    assert times[0].actual_end == at(10, 24)  # starting the talk ended the welcome
    assert times[1].state is ItemState.ON_STAGE
    assert times[1].start_delay == dt.timedelta(minutes=9)
    status = clock_status(times, at(10, 30))
    assert status.current is not None and status.current.heading == "Mooie initiatieven"
    assert status.next is not None and status.next.heading == "Ervaringsdeskundigen"
    assert status.delay_minutes == 9
    assert status.projected_end == at(12, 9)


def test_an_item_that_overruns_keeps_adding_delay(session: Session, event: Event) -> None:
    welcome = items(event)[0]
    start_item(session, welcome, at(10, 0))
    times = timetable(event, tz=CET)
    assert clock_status(times, at(10, 10)).delay_minutes == 0
    assert clock_status(times, at(10, 20)).delay_minutes == 5  # planned end was 10:15


def test_finishing_early_puts_the_event_ahead(session: Session, event: Event) -> None:
    welcome = items(event)[0]
    start_item(session, welcome, at(10, 0))
    end_item(session, welcome, at(10, 10))
    times = timetable(event, tz=CET)
    status = clock_status(times, at(10, 11))
    assert status.current is None
    assert status.delay_minutes == -5
    assert status.projected_end == at(11, 55)
    # ...until the next item's planned start passes without it starting.
    assert clock_status(times, at(10, 18)).delay_minutes == 3


def test_all_done_reports_how_the_event_ended(session: Session, event: Event) -> None:
    programme = items(event)
    for index, item in enumerate(programme):
        start_item(session, item, at(10, 0) + dt.timedelta(minutes=20 * index))
    end_item(session, programme[-1], at(12, 10))
    status = clock_status(timetable(event, tz=CET), at(13, 0))
    assert status.current is None and status.next is None
    assert status.delay_minutes == 10


def test_actual_times_survive_a_reload(db: Database, event: Event) -> None:
    with db.transaction() as first:
        item = first.get(ProgrammeItem, items(event)[0].id)
        assert item is not None
        start_item(first, item, at(10, 2))
    with db.transaction() as second:
        stored = second.get(ProgrammeItem, item.id)
        assert stored is not None and stored.actual_start == at(10, 2)


def test_without_a_date_the_day_of_the_first_start_is_used(session: Session) -> None:
    event = Event(title="Zonder datum", start_time=dt.time(14, 0))
    event.programme.append(ProgrammeItem(heading="Start", kind=ProgrammeKind.OPENING, duration_minutes=10))
    session.add(event)
    session.commit()
    start_item(session, event.programme[0], dt.datetime(2024, 5, 1, 14, 3, tzinfo=CET))
    times = timetable(event, tz=CET)
    assert times[0].planned_start == dt.datetime(2024, 5, 1, 14, 0, tzinfo=CET)
    assert times[0].start_delay == dt.timedelta(minutes=3)


def test_untimed_programme_has_no_delay(session: Session) -> None:
    event = Event(title="Zonder tijden")
    event.programme.append(ProgrammeItem(heading="Iets", kind=ProgrammeKind.OTHER))
    session.add(event)
    session.commit()
    status = clock_status(timetable(event, tz=CET), at(10, 0))
    assert status.delay is None and status.projected_end is None


def test_a_rehearsal_on_another_day_is_measured_on_that_day(session: Session, event: Event) -> None:
    rehearsal = dt.datetime(2018, 2, 13, 10, 3, tzinfo=CET)  # a week early
    start_item(session, items(event)[0], rehearsal)
    times = timetable(event, tz=CET)
    assert times[0].planned_start == dt.datetime(2018, 2, 13, 10, 0, tzinfo=CET)
    assert clock_status(times, rehearsal).delay_minutes == 3  # not seven days


def test_an_event_on_another_day_is_not_reported_late(event: Event) -> None:
    next_week = dt.datetime(2018, 2, 27, 10, 30, tzinfo=CET)
    status = clock_status(timetable(event, tz=CET), next_week)
    assert status.delay is None
