"""Frictions a facilitator hit in the capture view (issue 16, items 3 and 7)."""

from __future__ import annotations

import pytest
from capture_helpers import CaptureEvent, make_view, press, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # the name suggestions' popup


def test_the_field_names_the_table_it_saves_to_after_ctrl_number(view: CaptureView) -> None:
    press(view.entry, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert view.table_id is not None
    assert "Tafel 3" in view.entry.placeholderText()
    press(view.entry, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert "Tafel 2" in view.entry.placeholderText()


def test_a_speaker_alone_is_no_draft_and_brings_no_banner(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    first = make_view(qtbot, db, capture_event.event_id)
    type_text(first.quote_bar.speaker, "Marijke de Vries")
    first.flush()
    again = make_view(qtbot, db, capture_event.event_id)
    assert again.quote_bar.speaker.text() == ""
    assert not again.message.isVisible()


def test_an_old_error_goes_once_a_contribution_is_saved(view: CaptureView) -> None:
    press(view.entry, Qt.Key.Key_Return)  # nothing typed: refused, with a message
    assert view.entry_panel.error.isVisible()
    type_text(view.entry, "Nu wel")
    press(view.entry, Qt.Key.Key_Return)
    assert not view.entry_panel.error.isVisible()


def test_deleting_a_contribution_says_how_to_take_it_back(view: CaptureView) -> None:
    type_text(view.entry, "Per ongeluk")
    press(view.entry, Qt.Key.Key_Return)
    press(view.entry, Qt.Key.Key_Up)
    press(view.list, Qt.Key.Key_Delete)
    assert view.controller.table_model.rowCount() == 0
    assert view.message.isVisible()
    assert "verwijderd — Ctrl+Z zet hem terug" in view.message.text()
