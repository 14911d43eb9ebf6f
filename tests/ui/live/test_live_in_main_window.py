"""The whole app: the Live tab drives the beamer; capturing into another round does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event, Round
from erbij_desktop.domain.rounds import update_round
from erbij_desktop.domain.timer import TimerPhase
from erbij_desktop.ui.live.tab import LiveTab
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(demo_window: MainWindow) -> Iterator[MainWindow]:
    yield demo_window
    demo_window.close_event()  # and with it the presentation


def test_switching_round_in_capture_leaves_the_beamer_alone(
    window: MainWindow, demo_event: Event, qtbot: QtBot
) -> None:
    """Vastleggen may add a late remark to any round: the room's question and countdown stay (16, item 2)."""
    workspace = window.tabs
    assert workspace is not None
    live = workspace.tab_by_name("liveTab")
    capture = workspace.tab_by_name("captureTab")
    assert isinstance(live, LiveTab) and capture is not None
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F5)  # from any tab
    presenter = live.live.launcher.window
    assert presenter is not None
    stage = presenter.stage
    first, second = demo_event.rounds

    live.live.panel.timer_box.auto_start.click()  # the real clock runs here: keep it still
    live.controller.set_round(first.id)
    live.controller.start_timer()
    assert stage.headline_text == first.question and stage.phase is TimerPhase.RUNNING
    countdown = stage.countdown_text

    workspace.setCurrentWidget(capture)
    combo = capture.findChild(QComboBox, "roundCombo")
    assert combo is not None
    combo.setFocus()
    while combo.currentData() != second.id:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert stage.headline_text == first.question  # still the live round's question
    assert stage.phase is TimerPhase.RUNNING and stage.countdown_text == countdown
    assert window.tabs is not None and window.tabs.context.live_round.round_id == first.id

    workspace.setCurrentWidget(live)
    live_combo = live.live.panel.stage_box.round_combo  # the live round is chosen here
    live_combo.setFocus()
    with qtbot.waitSignal(window.tabs.context.live_round.changed) as announced:
        QTest.keyClick(live_combo, Qt.Key.Key_Down)
    assert announced.args == [second.id]
    assert stage.headline_text == second.question

    field = live.live.panel.message_box.field
    field.setFocus()
    for ch in "Nog 5 minuten — rond af":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, field, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert stage.message_text == "Nog 5 minuten — rond af"


def test_a_question_reworded_elsewhere_reaches_the_beamer_at_once(
    window: MainWindow, demo_event: Event, qtbot: QtBot
) -> None:
    workspace = window.tabs
    assert workspace is not None
    live = workspace.tab_by_name("liveTab")
    assert isinstance(live, LiveTab)
    presenter = live.live.launcher.start()
    first = demo_event.rounds[0]
    live.controller.set_round(first.id)
    workspace.workspace.run(  # any writer: another tab, a table host's phone
        "Vraag aanpassen",
        lambda s: update_round(s, s.get(Round, first.id), question="Wat werkt echt tegen eenzaamheid?"),
    )
    assert presenter.stage.headline_text == "Wat werkt echt tegen eenzaamheid?"


def test_closing_the_event_closes_the_presentation(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.tabs
    assert workspace is not None
    live = workspace.tab_by_name("liveTab")
    assert isinstance(live, LiveTab)
    presenter = live.live.launcher.start()
    with qtbot.waitSignal(presenter.closed, timeout=2000):
        window.close_event()


def _programme_row(live: LiveTab, kind_is_roundtable: bool) -> int:
    box = live.live.panel.programme_box
    for row in range(box.model.rowCount()):
        item = box.model.item_at(row)
        if item is not None and (item.kind.value == "roundtable") == kind_is_roundtable:
            return row
    raise AssertionError("no such item in the demo programme")


def test_the_stage_button_asks_before_it_hides_a_running_countdown(
    window: MainWindow, demo_event: Event, qtbot: QtBot
) -> None:
    """'Nu op het podium' while the room watches a countdown: asked first; Cancel keeps it (16, item 2)."""
    assert window.tabs is not None
    live = window.tabs.tab_by_name("liveTab")
    assert isinstance(live, LiveTab)
    stage = live.live.launcher.start().stage
    live.live.panel.timer_box.auto_start.click()
    live.controller.set_round(demo_event.rounds[0].id)
    live.controller.start_timer()
    box = live.live.panel.programme_box
    box.view.selectRow(_programme_row(live, kind_is_roundtable=False))
    box.start_button.click()
    question = box.findChild(QMessageBox, "confirmDialog")
    assert question is not None and "loopt nog" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert stage.headline_text == demo_event.rounds[0].question and stage.phase is TimerPhase.RUNNING
    assert live.controller.item_on_stage is None

    box.start_button.click()
    question = box.findChild(QMessageBox, "confirmDialog")
    assert question is not None
    question.findChild(QPushButton, "confirmYes").click()
    assert live.controller.item_on_stage is not None  # asked, and said yes: the item is on stage

    live.controller.set_round(demo_event.rounds[0].id)
    live.controller.toggle_timer()  # paused
    assert live.controller.reading().paused
    assert stage.status_text == ""  # the room is not told "Gepauzeerd"; Live says it to the facilitator
    assert live.live.panel.timer_box.status.text() == "Gepauzeerd"
