"""After a crash the app reopens on the event and tab it was in, as after a normal quit (issue 16, item 4).

The window is never closed here: what a crash would leave is what is on disk
at that moment, so the test reads the settings file itself before a second
window (the app started again) opens from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.main_window import MainWindow
from erbij_desktop.ui.settings import keys


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    QSettings().clear()
    QSettings().sync()
    yield
    QSettings().clear()


def test_the_event_and_tab_are_on_disk_before_any_quit(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(demo_event.id)
    tabs = window.tabs
    assert tabs is not None
    live = next(i for i in range(tabs.count()) if tabs.tab_or_pending(i).objectName().startswith("liveTab"))
    tabs.setCurrentIndex(live)

    on_disk = Path(QSettings().fileName()).read_text(encoding="utf-8")
    assert "liveTab" in on_disk
    assert f"{keys.LAST_EVENT.split('/')[-1]}={demo_event.id}" in on_disk

    again = MainWindow(db)  # the app started again after the crash, the first window never closed
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.tabs is not None and again.tabs.event_id == demo_event.id
    assert again.tabs.currentWidget().objectName() == "liveTab"
