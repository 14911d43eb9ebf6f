"""Ctrl+F in the capture view: matches marked in the results, accents as typed, an index built idly."""

from __future__ import annotations

import pytest
from capture_helpers import CaptureEvent, make_view, press, type_text
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.models.contributions import MATCH_ROLE, Col

# The offscreen platform has no window manager: size hints, raising and grabbing are not supported.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

Ctrl = Qt.KeyboardModifier.ControlModifier


def capture(view: CaptureView, text: str) -> None:
    type_text(view.entry, text)
    press(view.entry, Qt.Key.Key_Return)


def marked_pixels(image: QImage, rect: QRect) -> int:
    """Pixels of the soft yellow (on a white or a grey row), not the list's greys, blues or text."""
    count = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            colour = QColor(image.pixel(x, y))
            count += colour.red() > 200 and colour.green() > 180 and colour.red() - colour.blue() > 70
    return count


def test_search_results_mark_what_the_query_matched(view: CaptureView) -> None:
    capture(view, "Eenzame ouderen in de wijk")
    capture(view, "Ouderen thuis bezocht")
    press(view.entry, Qt.Key.Key_F, Ctrl)
    type_text(view.search_field, "ouderen")
    results, model = view.results, view.controller.search_model
    assert model.rowCount() == 2
    QApplication.processEvents()
    image = results.viewport().grab().toImage()
    text, time = model.column_of(Col.TEXT), model.column_of(Col.TIME)
    first = results.visualRect(model.index(0, text))
    assert model.index(0, text).data(MATCH_ROLE) == [(8, 7)]
    # The word is marked, and only the word: a stretch about its width, nothing in the time column.
    width = results.fontMetrics().horizontalAdvance("ouderen")
    marked = marked_pixels(image, first)
    assert width * 8 < marked < width * first.height()
    assert marked_pixels(image, results.visualRect(model.index(0, time))) == 0
    assert marked_pixels(image, results.visualRect(model.index(1, text))) > width * 8
    type_text(view.search_field, "x")  # no match left: nothing marked
    QApplication.processEvents()
    assert model.rowCount() == 0
    assert marked_pixels(results.viewport().grab().toImage(), first) == 0


def test_a_query_with_accents_finds_them_as_typed(view: CaptureView) -> None:
    capture(view, "Één keer per week komt er iemand langs")
    capture(view, "Een buurtcafé voor iedereen")
    press(view.entry, Qt.Key.Key_F, Ctrl)
    type_text(view.search_field, "een")
    model = view.controller.search_model
    assert model.rowCount() == 2
    view.search_field.selectAll()
    view.search_field.insert("één")  # pasted over it: the same word without its accents
    assert [r.text for r in model.rows] == ["Één keer per week komt er iemand langs"]
    assert "1 bijdrage gevonden" in view.search.summary.text()
    # Added while searching: only what holds "één" with its accents is listed.
    capture(view, "Een nieuwe bijdrage")
    capture(view, "Nog één bijdrage")
    assert [r.text for r in model.rows] == ["Één keer per week komt er iemand langs", "Nog één bijdrage"]
    assert view.search_field.text() == "één"


def test_the_index_is_built_in_idle_time_and_follows_what_is_added(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    view = make_view(qtbot, db, capture_event.event_id)
    capture(view, "Eenzame ouderen in de wijk")
    controller = view.controller
    with qtbot.waitSignal(controller.search_prepared, timeout=5000):
        pass  # nobody pressed Ctrl+F: the index is read while the view is idle
    assert controller.search_model.loaded and view.search_field.text() == ""
    press(view.entry, Qt.Key.Key_PageDown, Ctrl | Qt.KeyboardModifier.ShiftModifier)  # the next round
    capture(view, "Ouderen in de tweede ronde")
    press(view.entry, Qt.Key.Key_PageUp, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    capture(view, "Nog meer ouderen in de eerste")
    press(view.entry, Qt.Key.Key_F, Ctrl)
    type_text(view.search_field, "ouderen")
    assert [r.text for r in controller.search_model.rows] == [
        "Eenzame ouderen in de wijk",
        "Nog meer ouderen in de eerste",
        "Ouderen in de tweede ronde",
    ]  # event order: the first round first, whatever order they were typed in


FIRST, ADDED = "Gülşen coördineert het buddyproject", "Nog een bijdrage van Gülşen"


def test_rows_added_edited_and_deleted_while_searching_show_up_as_they_are(view: CaptureView) -> None:
    capture(view, FIRST)
    capture(view, "Eenzame ouderen in de wijk")
    capture(view, "Gulsen zonder accenten")
    press(view.entry, Qt.Key.Key_F, Ctrl)
    type_text(view.search_field, "Gül")  # the ü as its own key event, as a keyboard sends it
    model, summary = view.controller.search_model, view.search.summary
    assert [r.text for r in model.rows] == ["Gülşen coördineert het buddyproject"]
    capture(view, ADDED)  # Enter in the capture field while searching
    capture(view, "Niets hierover")
    assert [r.text for r in model.rows] == [FIRST, ADDED]
    type_text(view.search_field, "şen")  # narrows the results the add patched
    assert model.rowCount() == 2 and "2 bijdragen gevonden voor ‘Gülşen’" in summary.text()
    text = model.column_of(Col.TEXT)
    assert model.index(1, text).data(MATCH_ROLE) == [(21, 6)]
    # Edited in the results list: the row no longer holds the word and leaves the results.
    assert model.setData(model.index(0, text), "Gulsen, zonder trema's nu")
    assert [r.text for r in model.rows] == ["Nog een bijdrage van Gülşen"]
    assert "1 bijdrage gevonden" in summary.text()
    # Undo (the Edit menu's, through the change feed) brings it back in its place; a delete takes it out.
    assert view.context.workspace.undo() is not None
    assert [r.text for r in model.rows] == [FIRST, ADDED]
    view.controller.delete(model.row_at(1))
    assert [r.text for r in model.rows] == ["Gülşen coördineert het buddyproject"]
    assert "1 bijdrage gevonden" in summary.text()
    for _ in range(3):
        press(view.search_field, Qt.Key.Key_Backspace)  # back to "Gül"; then without the accent
    view.search_field.selectAll()
    type_text(view.search_field, "gul")
    assert [r.text for r in model.rows] == [
        "Gülşen coördineert het buddyproject",
        "Gulsen zonder accenten",
    ]
