"""Fixtures for the prepare editors: a fresh event, the Voorbereiden page on it, clean settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.events.context import EventContext, open_context
from erbij_desktop.ui.prepare.page import PreparePage
from erbij_desktop.ui.qt_fonts import register_fonts

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns it cannot raise, grab or pass size hints on: not our bugs."""
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[QSettings]:
    settings = QSettings()
    settings.clear()
    register_fonts()
    yield settings
    settings.clear()


@pytest.fixture
def event(session: Session) -> Event:
    made = create_event(
        session, "Praktijktafel Samen", event_date=dt.date(2018, 2, 20), start_time=dt.time(9, 30)
    )
    session.commit()  # the test owns the session's transaction; the window reads it elsewhere
    return made


@pytest.fixture
def context(db: Database, event: Event) -> Iterator[EventContext]:
    ctx = open_context(Workspace(db, event.id))
    yield ctx
    ctx.close()


@pytest.fixture
def page(qtbot: QtBot, context: EventContext) -> PreparePage:
    widget = PreparePage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def fresh(db: Database) -> Iterator[Session]:
    """A second session: what another window (or the next start) would read from disk."""
    with db.transaction() as other:
        yield other


class Keyboard:
    """Typing like a user; non-ASCII goes per character (keyClicks aborts on it, see DEVELOPERS.md)."""

    @staticmethod
    def type(widget: QWidget, text: str) -> None:
        widget.setFocus()
        for char in text:
            if char.isascii():
                QTest.keyClicks(widget, char)
            else:
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
                )

    def replace(self, widget: QWidget, text: str) -> None:
        """Select everything in a field, type the new text, press Enter."""
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text:
            self.type(widget, text)
        else:
            QTest.keyClick(widget, Qt.Key.Key_Delete)
        QTest.keyClick(widget, Qt.Key.Key_Return)

    @staticmethod
    def press(
        widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(widget, key, modifier)


@pytest.fixture
def kb() -> Keyboard:
    return Keyboard()
