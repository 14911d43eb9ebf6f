"""The whole app: switching the round in the capture tab drives the beamer; so does the Live tab."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event
from erbij_desktop.domain.timer import TimerPhase
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.live.tab import LiveTab
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, db: Database, demo_event: Event) -> Iterator[MainWindow]:
    QSettings().clear()
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.open_event(demo_event.id)
    yield main
    main.close_event()
    QSettings().clear()


def test_round_switch_in_capture_reaches_the_presenter(
    window: MainWindow, demo_event: Event, qtbot: QtBot
) -> None:
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

    workspace.setCurrentWidget(capture)
    combo = capture.findChild(QComboBox, "roundCombo")
    assert combo is not None
    first, second = demo_event.rounds
    combo.setFocus()
    while combo.currentData() != first.id:
        QTest.keyClick(combo, Qt.Key.Key_Up)
    assert stage.headline_text == first.question
    live.live.panel.timer_box.auto_start.click()  # the real clock runs here: keep it still
    live.controller.start_timer()
    assert stage.phase is TimerPhase.RUNNING
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == second.id
    assert stage.headline_text == second.question
    assert stage.countdown_text == f"{second.planned_minutes}:00"  # a fresh countdown
    assert stage.phase is TimerPhase.READY

    workspace.setCurrentWidget(live)
    live_combo = live.live.panel.stage_box.round_combo  # choosing here leads the capture tab too
    live_combo.setFocus()
    QTest.keyClick(live_combo, Qt.Key.Key_Up)
    assert stage.headline_text == first.question
    assert combo.currentData() == first.id

    field = live.live.panel.message_box.field
    field.setFocus()
    for ch in "Nog 5 minuten — rond af":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, field, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert stage.message_text == "Nog 5 minuten — rond af"


def test_closing_the_event_closes_the_presentation(window: MainWindow, qtbot: QtBot) -> None:
    workspace = window.tabs
    assert workspace is not None
    live = workspace.tab_by_name("liveTab")
    assert isinstance(live, LiveTab)
    presenter = live.live.launcher.start()
    with qtbot.waitSignal(presenter.closed, timeout=2000):
        window.close_event()
