"""The Live tab and the event's one undo history: what the clock records (an item on stage, its
actual time) is where the facilitator is, not a step Ctrl+Z takes back; an earlier change from
another tab is still undone and redone from the Edit menu while Live is in front."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from erbij_desktop.domain.models import Contribution, ProgrammeItem
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.live.programme_box import ProgrammeBox
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def contributions(db: Database) -> list[str]:
    with db.transaction() as s:
        return list(s.scalars(select(Contribution.text).order_by(Contribution.id)))


def started(db: Database) -> list[int]:
    with db.transaction() as s:
        return list(s.scalars(select(ProgrammeItem.id).where(ProgrammeItem.actual_start.is_not(None))))


def test_the_clock_is_not_undone_and_the_history_works_from_live(
    demo_window: MainWindow, db: Database
) -> None:
    tabs = demo_window.tabs
    assert tabs is not None
    undo, redo = demo_window.undo_actions.undo, demo_window.undo_actions.redo
    capture = tabs.tab_by_name("captureTab")
    assert isinstance(capture, CaptureView)
    tabs.setCurrentWidget(capture)
    capture.entry.setFocus()
    QTest.keyClicks(capture.entry, "Een bijdrage voor de klok begint")
    QTest.keyClick(capture.entry, Qt.Key.Key_Return)
    before = contributions(db)
    assert before[-1] == "Een bijdrage voor de klok begint"

    live = tabs.tab_by_name("liveTab")
    assert live is not None
    tabs.setCurrentWidget(live)
    box = live.findChild(ProgrammeBox)
    assert box is not None
    assert not started(db)
    box.view.selectRow(0)
    box.start_button.click()  # "Nu op het podium": recorded at once, not an undo step
    on_stage = started(db)
    assert len(on_stage) == 1
    assert undo.text() == "Ongedaan maken: bijdrage toevoegen"  # still the capture step

    undo.trigger()  # from the Live tab
    assert contributions(db) == before[:-1]
    assert started(db) == on_stage  # the clock stays where the room is
    tabs.setCurrentWidget(capture)
    assert all(row.text != before[-1] for row in capture.controller.table_model.rows)
    tabs.setCurrentWidget(live)
    redo.trigger()
    assert contributions(db) == before and started(db) == on_stage
    assert not redo.isEnabled()
