"""The whole app: the Live tab drives the beamer; capturing into another round does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event, Round
from erbij_desktop.domain.rounds import update_round
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
