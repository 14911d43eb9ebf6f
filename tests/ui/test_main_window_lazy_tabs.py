"""An event opens with only the tab shown; Live and Vastleggen follow right after, Verslag when asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.domain.events import create_event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.events.tabs import EventTabs
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


def built(workspace: EventTabs) -> set[str]:
    names = {workspace.tab_or_pending(i).objectName() for i in range(workspace.count())}
    return {n for n in names if not n.endswith("Pending")}


def test_only_the_shown_tab_is_built_before_the_window_paints(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    event = create_event(session, "Praktijktafel Eenzaamheid")
    session.commit()  # the test owns the session; the app reads on its own connections
    settings = QSettings()
    settings.setValue("events/last", event.id)
    settings.setValue("workspace/tab", "captureTab")

    window = MainWindow(db)
    qtbot.addWidget(window)
    workspace = window.tabs
    assert workspace is not None
    assert built(workspace) == {"captureTab"}
    assert workspace.currentWidget().objectName() == "captureTab"
    assert [workspace.tabText(i) for i in range(workspace.count())] == [
        "&Voorbereiden",
        "V&astleggen",
        "&Live",
        "Ve&rslag",
    ]

    window.show()
    qtbot.waitExposed(window)
    # Right after the first paint: the tabs that work while hidden (Live's keys follow the capture view).
    qtbot.waitUntil(lambda: built(workspace) == {"captureTab", "liveTab"})

    # Verslag is built when it is first shown; the Edit menu undoes the event's one history there too.
    workspace.setCurrentIndex(3)
    report = workspace.currentWidget()
    assert report.objectName() == "reportTab"
    assert workspace.tab_by_name("prepareTab") is workspace.prepare  # built on request
    assert built(workspace) == {"prepareTab", "captureTab", "liveTab", "reportTab"}


def test_the_tab_left_open_comes_back_and_the_others_wait(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    event = create_event(session, "Praktijktafel Schulden")
    session.commit()  # the test owns the session; the app reads on its own connections
    settings = QSettings()
    settings.setValue("events/last", event.id)
    settings.setValue("workspace/tab", "reportTab")
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.tabs is not None
    assert built(window.tabs) == {"reportTab"}
    window.close()
    assert QSettings().value("workspace/tab") == "reportTab"
