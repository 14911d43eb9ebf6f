"""After a restart on the same event the room sees the same round, countdown and message."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.rounds import delete_round
from erbij_desktop.domain.timer import TimerPhase
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.live.controller import RESUME_HOURS, STATE_KEY, DisplayMode, LiveController

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Clock:
    """A clock the test moves by hand: monotonic (restarts with the app) or wall time."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def live_before_the_crash(db: Database, event: Event, wall: Clock) -> LiveController:
    """Round 2 on the beamer, its countdown running for 5 minutes, then paused, a message shown."""
    monotonic = Clock(1000.0)
    controller = LiveController(Workspace(db, event.id), clock=monotonic, wall_clock=wall)
    controller.set_event(event.id)
    controller.set_round(event.rounds[1].id)
    controller.start_timer()
    monotonic.now += 300
    wall.now += 300
    controller.extend_timer(5)
    controller.set_message("Nog vijf minuten, dan plenair")
    return controller


def test_a_running_countdown_kept_counting_while_the_app_was_away(
    qtbot: QtBot, db: Database, demo_event: Event
) -> None:
    wall = Clock(1_700_000_000.0)
    before = live_before_the_crash(db, demo_event, wall)
    assert before.reading().remaining == pytest.approx((30 + 5) * 60 - 300)
    wall.now += 90  # the laptop restarts

    after = LiveController(Workspace(db, demo_event.id), clock=Clock(7.0), wall_clock=wall)
    with qtbot.waitSignal(after.round_changed) as shown:
        after.set_event(demo_event.id)
    assert shown.args == [demo_event.rounds[1].id]
    assert after.current_round is not None and after.current_round.id == demo_event.rounds[1].id
    assert after.mode is DisplayMode.ROUND
    assert after.message == "Nog vijf minuten, dan plenair"
    reading = after.reading()
    assert reading.running
    assert reading.elapsed == pytest.approx(300 + 90)
    assert reading.duration == pytest.approx((30 + 5) * 60)


def test_a_paused_countdown_waits_where_it_was(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    wall = Clock(1_700_000_000.0)
    before = live_before_the_crash(db, demo_event, wall)
    before.toggle_timer()  # pause
    wall.now += 600

    after = LiveController(Workspace(db, demo_event.id), clock=Clock(7.0), wall_clock=wall)
    after.set_event(demo_event.id)
    reading = after.reading()
    assert reading.paused and not reading.running
    assert reading.elapsed == pytest.approx(300)
    assert reading.phase is TimerPhase.RUNNING  # started, plenty of time left


def test_only_the_first_event_opened_carries_on(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    wall = Clock(1_700_000_000.0)
    live_before_the_crash(db, demo_event, wall)
    after = LiveController(Workspace(db, demo_event.id), clock=Clock(7.0), wall_clock=wall)
    after.set_event(demo_event.id)
    after.set_event(demo_event.id)  # opened again later in the same run: a fresh start
    assert after.current_round is None and after.message == ""
    assert after.reading().phase is TimerPhase.READY


def assert_fresh(controller: LiveController) -> None:
    assert controller.current_round is None
    assert controller.mode is DisplayMode.WELCOME
    assert controller.message == ""
    assert controller.reading().phase is TimerPhase.READY


def test_yesterdays_state_is_not_resumed(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    wall = Clock(1_700_000_000.0)
    live_before_the_crash(db, demo_event, wall)
    wall.now += RESUME_HOURS * 3600 + 1
    after = LiveController(Workspace(db, demo_event.id), clock=Clock(7.0), wall_clock=wall)
    after.set_event(demo_event.id)
    assert_fresh(after)


def test_a_deleted_round_is_not_resumed(
    qtbot: QtBot, db: Database, session: Session, demo_event: Event
) -> None:
    wall = Clock(1_700_000_000.0)
    live_before_the_crash(db, demo_event, wall)
    delete_round(session, demo_event.rounds[1])
    session.commit()  # the test owns the session; the app reads on its own connections
    after = LiveController(Workspace(db, demo_event.id), clock=Clock(7.0), wall_clock=wall)
    after.set_event(demo_event.id)
    assert_fresh(after)


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        json.dumps({"event_id": 1}),
        json.dumps(
            {"database": "", "event_id": 1, "round_id": None, "mode": "round", "message": "",
             "timer": {"planned_minutes": 30}, "saved_at": 0}
        ),
    ],
)  # fmt: skip
def test_unusable_settings_start_afresh(qtbot: QtBot, db: Database, demo_event: Event, stored: str) -> None:
    QSettings().setValue(STATE_KEY, stored)
    after = LiveController(Workspace(db, demo_event.id), clock=Clock(7.0), wall_clock=Clock(1_700_000_000.0))
    after.set_event(demo_event.id)
    assert_fresh(after)


def test_a_state_from_another_database_is_not_resumed(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    wall = Clock(1_700_000_000.0)
    live_before_the_crash(db, demo_event, wall)
    state = json.loads(str(QSettings().value(STATE_KEY)))
    QSettings().setValue(STATE_KEY, json.dumps({**state, "database": "sqlite:////elsewhere/erbij.sqlite"}))
    after = LiveController(Workspace(db, demo_event.id), clock=Clock(7.0), wall_clock=wall)
    after.set_event(demo_event.id)
    assert_fresh(after)
