"""Typing is never lost: after a click anywhere in the capture view, printable keys land in the typing field.

A facilitator clicks a table with the mouse and goes on typing; before, the list
took the focus and the words went nowhere. Keys that a widget uses itself (the
lists' arrows, Delete, F2) keep working.
"""

from __future__ import annotations

from capture_helpers import CaptureEvent, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Contribution
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView


def _texts(db: Database) -> list[str]:
    with db.session() as s:
        return [c.text for c in s.query(Contribution).order_by(Contribution.id)]


def click_row(view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _typing_target() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_clicking_a_table_and_typing_saves_every_character(
    qtbot: QtBot, view: CaptureView, db: Database, capture_event: CaptureEvent
) -> None:
    click_row(view.tables, 1)
    assert view.table_id == capture_event.tables[1]
    type_text(_typing_target(), "Buurtcoach één keer")
    press(_typing_target(), Qt.Key.Key_Return)
    assert _texts(db) == ["Buurtcoach één keer"]
    assert view.entry.hasFocus()


def test_typing_after_a_click_in_the_list_lands_in_the_field(
    qtbot: QtBot, view: CaptureView, db: Database
) -> None:
    type_text(view.entry, "eerste")
    press(view.entry, Qt.Key.Key_Return)
    click_row(view.list, 0)
    assert view.list.hasFocus()  # the row is selected: the list's own keys work on it
    type_text(_typing_target(), "tweede")
    assert view.entry.text() == "tweede"
    press(_typing_target(), Qt.Key.Key_Return)
    assert _texts(db) == ["eerste", "tweede"]


def test_list_keys_still_work_after_a_click(qtbot: QtBot, view: CaptureView, db: Database) -> None:
    type_text(view.entry, "weg ermee")
    press(view.entry, Qt.Key.Key_Return)
    click_row(view.list, 0)
    press(view.list, Qt.Key.Key_Delete)
    assert _texts(db) == []


def test_typing_in_the_tables_list_lands_in_the_field(qtbot: QtBot, view: CaptureView, db: Database) -> None:
    view.tables.setFocus()  # reached with Tab: its arrows choose a table, letters are words
    press(view.tables, Qt.Key.Key_Down)
    type_text(view.tables, "Tafel")
    assert view.entry.text() == "Tafel"
    assert view.entry.hasFocus()
