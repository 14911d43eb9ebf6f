"""Helpers for the capture view tests: the stand-in main window, typing, the test clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView

DAY = dt.date(2018, 2, 20)
LOCAL = dt.datetime.now().astimezone().tzinfo


@dataclass
class CaptureEvent:
    event_id: int
    rounds: list[int]
    tables: list[int]
    items: list[int]


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=LOCAL)


class Host(QMainWindow):
    """Stands in for the main window: the view as central widget, Edit actions on its undo stack."""

    def __init__(self, view: CaptureView) -> None:
        super().__init__()
        self.view = view
        self.setCentralWidget(view)
        edit = self.menuBar().addMenu("Bewerken")
        undo = view.undo_stack.createUndoAction(self, "Ongedaan maken")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = view.undo_stack.createRedoAction(self, "Opnieuw")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.resize(1100, 700)


def make_view(
    qtbot: QtBot, db: Database, event_id: int | None, now: dt.datetime | None = None
) -> CaptureView:
    view = CaptureView(db)
    view.clock = lambda: now or at(9, 0)
    host = Host(view)
    view.host_window = host  # type: ignore[attr-defined]  # qtbot only keeps a weak reference
    qtbot.addWidget(host)
    view.set_event(event_id)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    view.entry.setFocus()
    qtbot.waitUntil(view.entry.hasFocus)
    return view


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accented too, one key event per character (qtbot.keyClicks aborts on non-ASCII)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifiers)
