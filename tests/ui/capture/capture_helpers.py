"""Helpers for the capture view tests: the stand-in main window, typing, the test clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.app.errors import UndoConflict
from erbij_desktop.app.history import History
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.events.context import open_context

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
    """Stands in for the main window: the view as central widget, Edit actions on the event's history."""

    def __init__(self, view: CaptureView) -> None:
        super().__init__()
        self.view = view
        self.setCentralWidget(view)
        edit = self.menuBar().addMenu("Bewerken")
        self.undo = edit.addAction("Ongedaan maken", lambda: self.step(undo=True))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = edit.addAction("Opnieuw", lambda: self.step(undo=False))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.resize(1100, 700)

    def step(self, *, undo: bool) -> None:
        """What the window's Edit menu does: keep the typing, then undo or redo, saying why not."""
        self.view.flush()
        workspace = self.view.context.workspace
        try:
            workspace.undo() if undo else workspace.redo()
        except UndoConflict as error:
            self.statusBar().showMessage(str(error))


def make_view(qtbot: QtBot, db: Database, event_id: int, now: dt.datetime | None = None) -> CaptureView:
    context = open_context(Workspace(db, event_id))
    view = CaptureView(context, clock=lambda: now or at(9, 0))
    host = Host(view)
    context.signals.setParent(host)
    view.host_window = host  # type: ignore[attr-defined]  # qtbot only keeps a weak reference
    qtbot.addWidget(host)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    view.entry.setFocus()
    qtbot.waitUntil(view.entry.hasFocus)
    return view


def host_of(view: CaptureView) -> Host:
    host = view.host_window  # type: ignore[attr-defined]
    assert isinstance(host, Host)
    return host


def history(view: CaptureView) -> History:
    return view.context.workspace.history


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
