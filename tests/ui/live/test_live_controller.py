"""Live state: rounds, auto-start, the end signal, the programme clock and the beamer's content."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.models import Event, ProgrammeItem
from erbij_desktop.domain.timer import TimerPhase
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.live.controller import DisplayMode, LiveController
from erbij_desktop.ui.live.install import LiveMode

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakeClock(Protocol):
    def advance(self, seconds: float) -> None: ...


def test_the_first_round_waits_for_start_later_switches_start_by_themselves(
    live: LiveMode, demo_event: Event
) -> None:
    controller = live.controller
    first, second = demo_event.rounds
    controller.set_round(first.id)
    assert controller.reading().phase is TimerPhase.READY
    controller.set_round(second.id)
    assert controller.reading().running


def test_auto_start_can_be_switched_off_and_is_remembered(
    live: LiveMode, demo_event: Event, db: Database, qtbot: QtBot, clock: FakeClock
) -> None:
    live.panel.timer_box.auto_start.click()
    assert not live.controller.auto_start
    first, second = demo_event.rounds
    live.controller.set_round(first.id)
    live.controller.set_round(second.id)
    assert live.controller.reading().phase is TimerPhase.READY
    again = LiveController(Workspace(db, demo_event.id), clock=clock)  # a new session of the app
    assert not again.auto_start


def test_timer_buttons_pause_resume_and_extend(live: LiveMode, demo_event: Event, clock: FakeClock) -> None:
    box = live.panel.timer_box
    live.controller.set_round(demo_event.rounds[0].id)
    box.toggle_button.click()
    assert box.toggle_button.text() == "Pauzeren"
    clock.advance(60)
    box.toggle_button.click()
    assert box.toggle_button.text() == "Hervatten"
    clock.advance(600)  # paused: no time passes for the room
    box.plus_one.click()
    box.plus_five.click()
    assert live.controller.reading().remaining == pytest.approx((30 - 1 + 6) * 60)
    assert box.countdown.text() == "35:00"
    assert not box.minutes.isEnabled()  # the length is fixed once the round runs
    box.reset_button.click()
    assert box.countdown.text() == "30:00" and box.minutes.isEnabled()


def test_a_ten_second_stall_costs_no_time(live: LiveMode, demo_event: Event, clock: FakeClock) -> None:
    stage = live.launcher.start().stage
    live.controller.set_round(demo_event.rounds[0].id)
    live.controller.start_timer()
    clock.advance(10)  # the event loop was frozen: no ticks at all for ten seconds
    live.controller._tick()
    assert stage.countdown_text == "29:50"


def test_warning_then_a_clear_end_signal(
    live: LiveMode, demo_event: Event, clock: FakeClock, qtbot: QtBot
) -> None:
    stage = live.launcher.start().stage
    live.controller.set_round(demo_event.rounds[0].id)
    live.controller.start_timer()
    clock.advance(28 * 60)
    live.controller._tick()
    assert stage.phase is TimerPhase.WARNING
    assert stage.status_text == "Bijna tijd — rond af"
    clock.advance(2 * 60)
    with qtbot.waitSignal(live.controller.time_up, timeout=1000):
        live.controller._tick()
    assert stage.phase is TimerPhase.ENDED
    assert stage.countdown_text == "0:00"
    assert stage.status_text == "Tijd is om"
    assert stage.is_flashing()
    with qtbot.assertNotEmitted(live.controller.time_up):
        clock.advance(5)
        live.controller._tick()  # the end is signalled once, not on every tick
    assert "over tijd" in live.panel.timer_box.status.text()


def test_putting_an_item_on_stage_records_it_and_shows_it(
    live: LiveMode, demo_event: Event, db: Database
) -> None:
    stage = live.launcher.start().stage
    interview = next(i for i in demo_event.programme if i.kind is ProgrammeKind.INTERVIEW)
    box = live.panel.programme_box
    box.select_item(interview.id)
    box.start_button.click()
    assert stage.headline_text == interview.heading
    assert stage.kicker_text == "Interview"
    for person in interview.people:
        assert (person.name if person.consent_to_name else person.role) in stage.detail_text
    assert stage.countdown_text == ""  # no countdown while someone is on stage
    with db.transaction() as fresh:
        stored = fresh.get(ProgrammeItem, interview.id)
        assert stored is not None and stored.actual_start is not None and stored.actual_end is None
    assert "▶" in box.model.index(box.model.row_of(interview.id), 1).data()
    box.end_button.click()
    with db.transaction() as fresh:
        stored = fresh.get(ProgrammeItem, interview.id)
        assert stored is not None and stored.actual_end is not None
    assert live.controller.mode is DisplayMode.WELCOME


def test_a_person_without_consent_shows_by_role_on_the_beamer(
    live: LiveMode, demo_event: Event, session: Session
) -> None:
    interview = next(i for i in demo_event.programme if i.kind is ProgrammeKind.INTERVIEW)
    person = interview.people[-1]
    person.consent_to_name = False
    session.commit()
    live.controller.reload()
    live.controller.put_on_stage(interview.id)
    detail = live.launcher.start().stage.detail_text
    assert person.name not in detail
    if person.role:
        assert person.role in detail


def test_a_roundtable_item_brings_up_its_round(live: LiveMode, demo_event: Event) -> None:
    round_ = demo_event.rounds[0]
    assert round_.programme_item_id is not None
    live.controller.put_on_stage(round_.programme_item_id)
    assert live.controller.current_round is not None and live.controller.current_round.id == round_.id
    assert live.controller.mode is DisplayMode.ROUND
    assert live.panel.stage_box.round_combo.currentText() == f"Ronde 1 · {round_.title}"


def test_on_another_day_the_programme_clock_is_a_rehearsal(live: LiveMode, demo_event: Event) -> None:
    """Issue 16, item 10: the demo is dated 2018; putting it on stage today is no "589 min voor op schema"."""
    live.controller.put_on_stage(demo_event.programme[0].id)
    summary = live.panel.programme_box.summary.text()
    assert summary.startswith("Repetitie — het evenement is op") and "2018" in summary
    assert "schema" not in summary


def test_the_schedule_summary_says_ahead_or_behind(live: LiveMode, demo_event: Event, db: Database) -> None:
    from erbij_desktop.domain.events import update_event

    Workspace(db, demo_event.id).run(  # the event is today
        "Datum", lambda s: update_event(s, s.get(Event, demo_event.id), event_date=dt.date.today())
    )
    live.controller.reload()
    first = demo_event.programme[0]
    live.controller.put_on_stage(first.id)
    status = live.controller.clock_status()
    assert status is not None and status.current is not None and status.current.item_id == first.id
    summary = live.panel.programme_box.summary.text()
    assert summary.endswith("op schema") or summary == "Op schema"
    assert "Verwacht einde" in live.panel.programme_box.details.text()


def test_an_edited_question_reaches_the_beamer_on_reload(
    live: LiveMode, demo_event: Event, session: Session
) -> None:
    stage = live.launcher.start().stage
    live.controller.set_round(demo_event.rounds[0].id)
    demo_event.rounds[0].question = "Wie zie jij over het hoofd?"
    session.commit()
    live.controller.reload()
    assert stage.headline_text == "Wie zie jij over het hoofd?"


def test_messages_are_one_clean_line_of_limited_length(live: LiveMode) -> None:
    live.controller.set_message("  Nog\n5   minuten \x07 " + "x" * 500)
    assert live.controller.message.startswith("Nog 5 minuten x")
    assert len(live.controller.message) == 140
