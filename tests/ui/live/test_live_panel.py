"""The facilitator drives the beamer through the Live panel's real widgets."""

from __future__ import annotations

from typing import Protocol

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.models import Event, Round
from erbij_desktop.domain.rounds import update_round
from erbij_desktop.domain.timer import TimerPhase
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.live.install import LiveMode

# The offscreen platform warns whenever a window's size hints change; nothing is wrong.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FakeClock(Protocol):  # the conftest's clock fixture
    def advance(self, seconds: float) -> None: ...


def type_text(widget: QLineEdit, text: str) -> None:
    """Type per character (qtbot.keyClicks aborts on non-ASCII such as '—')."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def choose(combo: QComboBox, text: str, qtbot: QtBot) -> None:
    """Pick an entry the way a user does: open with the keyboard and step to it."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_switching_round_shows_new_question_and_reset_countdown(
    live: LiveMode, demo_event: Event, clock: FakeClock, qtbot: QtBot
) -> None:
    first, second = demo_event.rounds
    presenter = live.launcher.start()
    qtbot.waitExposed(presenter)
    stage = presenter.stage
    combo = live.panel.stage_box.round_combo

    choose(combo, f"Ronde 1 · {first.title}", qtbot)
    assert stage.headline_text == first.question
    assert stage.kicker_text == f"Ronde 1 · {first.title}"
    assert stage.countdown_text == "30:00"
    qtbot.mouseClick(live.panel.timer_box.toggle_button, Qt.MouseButton.LeftButton)
    clock.advance(29 * 60)  # the first round runs into its last minute
    live.controller._tick()
    assert stage.countdown_text == "1:00"
    assert stage.phase is TimerPhase.WARNING

    choose(combo, f"Ronde 2 · {second.title}", qtbot)
    assert stage.headline_text == second.question
    assert stage.countdown_text == f"{second.planned_minutes}:00"  # a fresh countdown...
    assert live.controller.reading().running  # ...that started by itself (auto-start)
    clock.advance(10)
    live.controller._tick()
    assert stage.countdown_text == f"{second.planned_minutes - 1}:50"
    assert stage.phase is TimerPhase.RUNNING


def test_the_duration_box_shows_the_running_rounds_minutes(
    live: LiveMode, demo_event: Event, db: Database, qtbot: QtBot
) -> None:
    """Issue 16, item 10: after a switch that started the countdown, 'Duur' kept the previous round's."""
    first, second = demo_event.rounds
    Workspace(db, demo_event.id).run(
        "Duur", lambda s: update_round(s, s.get(Round, second.id), planned_minutes=25)
    )
    live.controller.reload()
    combo = live.panel.stage_box.round_combo
    choose(combo, f"Ronde 1 · {first.title}", qtbot)
    qtbot.mouseClick(live.panel.timer_box.toggle_button, Qt.MouseButton.LeftButton)
    choose(combo, f"Ronde 2 · {second.title}", qtbot)
    assert live.controller.reading().running  # auto-start
    assert live.panel.timer_box.minutes.value() == 25


def test_typed_message_appears_on_the_beamer_and_can_be_cleared(live: LiveMode, qtbot: QtBot) -> None:
    stage = live.launcher.start().stage
    field = live.panel.message_box.field
    field.setFocus()
    type_text(field, "Nog 5 minuten — rond af")
    assert stage.message_text == ""  # nothing reaches the room while typing
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stage.message_text == "Nog 5 minuten — rond af"
    assert live.panel.stage_box.preview.message_text == "Nog 5 minuten — rond af"
    qtbot.mouseClick(live.panel.message_box.clear_button, Qt.MouseButton.LeftButton)
    assert stage.message_text == ""
