"""Fixtures for live mode: a fake monotonic clock and live mode installed on the demo event."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.live.controller import AUTO_START_KEY, STATE_KEY
from erbij_desktop.ui.live.install import LiveMode, install_live_mode
from erbij_desktop.ui.presenter.launcher import SCREEN_KEY
from erbij_desktop.ui.qt_fonts import register_fonts


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _fresh_live_settings(qapp: object) -> Iterator[None]:
    settings = QSettings()
    for key in (AUTO_START_KEY, SCREEN_KEY, STATE_KEY):
        settings.remove(key)
    register_fonts()
    yield
    for key in (AUTO_START_KEY, SCREEN_KEY, STATE_KEY):
        settings.remove(key)


@pytest.fixture
def live(qtbot: QtBot, db: Database, demo_event: Event, clock: FakeClock) -> Iterator[LiveMode]:
    """Live mode on the demo event, in a facilitator window, with the fake clock."""
    window = QMainWindow()
    qtbot.addWidget(window)
    mode = install_live_mode(window, Workspace(db, demo_event.id), event_id=demo_event.id, clock=clock)
    window.setCentralWidget(mode.panel)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    yield mode
    mode.launcher.stop()
