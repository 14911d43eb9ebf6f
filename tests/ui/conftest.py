"""Fixtures for the GUI tests that drive the whole main window."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.storage.drafts import drafts_dir
from erbij_desktop.ui.capture import draft
from erbij_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_drafts_between_tests() -> Iterator[None]:
    """Each GUI test starts without the drafts an earlier one typed (the demo event's uid is fixed)."""
    yield
    draft.wait_for_drafts()
    shutil.rmtree(drafts_dir(), ignore_errors=True)


@pytest.fixture
def open_window(qtbot: QtBot, db: Database, qapp: QApplication) -> Iterator[Callable[[int], MainWindow]]:
    """Opens the main window, shown, on an event; settings fresh before and after."""
    QSettings().clear()

    def open_on(event_id: int) -> MainWindow:
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.open_event(event_id)
        return win

    yield open_on
    QSettings().clear()


@pytest.fixture
def demo_window(open_window: Callable[[int], MainWindow], demo_event: Event) -> MainWindow:
    """The main window, shown, with the demo event open."""
    return open_window(demo_event.id)
