"""The main window: first run, the event overview, opening/creating/deleting, export, state, saving."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.domain.events import create_event, get_event, list_events
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.main_window import MainWindow
from erbij_desktop.ui.prepare.rounds_page import RoundsPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


def make_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def titles(db: Database) -> list[str]:
    with db.transaction() as fresh:
        return [e.title for e in list_events(fresh)]


def test_first_run_new_event_by_keyboard(qtbot: QtBot, db: Database) -> None:
    window = make_window(qtbot, db)
    assert window.pages.currentWidget() is window.first_run
    new = window.first_run.findChild(QPushButton, "firstRunNew")
    assert window.focusWidget() is new  # where the keyboard starts
    QTest.keyClick(new, Qt.Key.Key_Space)
    dialog = window.findChild(QDialog, "newEventDialog")
    assert dialog is not None and dialog.isVisible()
    title = dialog.findChild(QLineEdit, "newEventTitle")
    QTest.keyClicks(title, "Praktijktafel Schulden")
    QTest.keyClicks(dialog.findChild(QLineEdit, "newEventDateText"), "12-3-2025")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert window.tabs is not None
    assert window.windowTitle() == "Praktijktafel Schulden"
    assert window.tabs.currentWidget() is window.tabs.prepare
    assert window.save_indicator.text().startswith("Opgeslagen ")
    with db.transaction() as fresh:
        [stored] = list_events(fresh)
        assert (stored.title, stored.event_date) == ("Praktijktafel Schulden", dt.date(2025, 3, 12))


def test_new_event_without_title_is_refused_in_the_dialog(qtbot: QtBot, db: Database) -> None:
    window = make_window(qtbot, db)
    window.actions_.new_event()
    dialog = window.findChild(QDialog, "newEventDialog")
    title = dialog.findChild(QLineEdit, "newEventTitle")
    QTest.keyClicks(title, "   ")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "titel" in dialog.findChild(QLabel, "newEventTitleError").text()
    assert titles(db) == []
    QTest.keyClick(title, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.tabs is None


def test_demo_from_the_first_run_screen(qtbot: QtBot, db: Database) -> None:
    window = make_window(qtbot, db)
    demo = window.first_run.findChild(QPushButton, "firstRunDemo")
    assert demo.isEnabled()
    demo.click()
    assert window.tabs is not None
    assert "Samen tegen eenzaamheid" in window.windowTitle()
    window.show_overview()
    assert window.pages.currentWidget() is window.overview
    window.actions_.open_demo()  # a second time: the same event is opened, not a copy
    assert len(titles(db)) == 1


def test_overview_opens_with_enter_and_deletes_after_asking(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    create_event(session, "Oud", event_date=dt.date(2017, 1, 1))
    newest = create_event(session, "Nieuw", event_date=dt.date(2019, 1, 1))
    session.commit()  # the test owns the session; the app reads on its own connections
    window = make_window(qtbot, db)
    view = window.overview.view
    assert window.pages.currentWidget() is window.overview
    assert window.focusWidget() is view and window.overview.current_event_id() == newest.id
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert window.windowTitle() == "Oud"
    window.findChild(type(window.export_action), "actionOverview").trigger()
    assert window.tabs is None
    window.overview.select_event(newest.id)
    window.overview.findChild(QPushButton, "eventDelete").click()
    box = window.findChild(QDialog, "confirmDialog")
    box.findChild(QPushButton, "confirmYes").click()
    assert titles(db) == ["Oud"]
    assert window.events_model.rowCount() == 1


def test_deleting_the_open_event_returns_to_the_first_run_screen(
    qtbot: QtBot, db: Database, session: Session
) -> None:
    event = create_event(session, "Enige")
    session.commit()  # the test owns the session; the app reads on its own connections
    window = make_window(qtbot, db)
    window.open_event(event.id)
    window.delete_action.trigger()
    window.findChild(QDialog, "confirmDialog").findChild(QPushButton, "confirmYes").click()
    assert window.tabs is None
    assert window.pages.currentWidget() is window.first_run
    assert titles(db) == []


def test_save_indicator_follows_every_edit(qtbot: QtBot, db: Database, session: Session) -> None:
    event = create_event(session, "Titel")
    session.commit()  # the test owns the session; the app reads on its own connections
    window = make_window(qtbot, db)
    window.open_event(event.id)
    assert window.save_indicator.last_saved is None
    venue = window.findChild(QLineEdit, "eventVenue")
    QTest.keyClicks(venue, "Jaarbeurs")
    QTest.keyClick(venue, Qt.Key.Key_Return)
    assert window.save_indicator.last_saved is not None
    assert (
        window.save_indicator.text() == f"Opgeslagen {window.save_indicator.last_saved.toString('HH:mm:ss')}"
    )
    title = window.findChild(QLineEdit, "eventTitle")
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_End)
    QTest.keyClicks(title, " 2025")
    QTest.keyClick(title, Qt.Key.Key_Return)
    assert window.windowTitle() == "Titel 2025"


def test_window_state_is_restored(qtbot: QtBot, db: Database, session: Session) -> None:
    event = create_event(session, "Terug")
    create_event(session, "Ander")
    session.commit()  # the test owns the session; the app reads on its own connections
    window = make_window(qtbot, db)
    window.resize(1010, 690)
    window.open_event(event.id)
    window.tabs.prepare.show_section(4)
    rounds = window.tabs.prepare.editor(4)
    assert isinstance(rounds, RoundsPage)
    rounds.splitter.setSizes([120, 560])  # list small, form large (vertical, so not clamped offscreen)
    window.close()
    again = make_window(qtbot, db)
    assert again.tabs is not None
    again.tabs.setCurrentIndex(again.tabs.count() - 1)  # the last tab this time
    last_tab = again.tabs.currentWidget().objectName()
    again.close()
    again = make_window(qtbot, db)
    assert again.tabs is not None and again.tabs.currentWidget().objectName() == last_tab
    again.tabs.setCurrentWidget(again.tabs.prepare)
    assert again.height() == 690  # (the offscreen screen is 800 wide, so the width is clamped)
    assert again.tabs is not None and again.tabs.event_id == event.id
    assert again.tabs.prepare.sections.currentRow() == 4
    restored = again.tabs.prepare.editor(4)
    assert isinstance(restored, RoundsPage)
    top, bottom = restored.splitter.sizes()
    assert top < bottom / 3


def test_overview_is_remembered_too(qtbot: QtBot, db: Database, session: Session) -> None:
    event = create_event(session, "Een")
    session.commit()  # the test owns the session; the app reads on its own connections
    window = make_window(qtbot, db)
    window.open_event(event.id)
    window.show_overview()
    window.close()
    again = make_window(qtbot, db)
    assert again.tabs is None and again.pages.currentWidget() is again.overview


def test_export_report(qtbot: QtBot, db: Database, demo_event: Event, tmp_path: Path) -> None:
    window = make_window(qtbot, db)
    window.open_event(demo_event.id)
    assert window.export_action.isEnabled()
    window.export_action.trigger()
    dialog = window.findChild(QFileDialog, "reportFileDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("praktijktafel-samen-tegen-eenzaamheid.pdf")
    target = tmp_path / "verslag.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.statusBar().currentMessage()
    with db.transaction() as fresh:
        assert get_event(fresh, demo_event.id).title == demo_event.title


def test_undo_is_the_events_one_history_on_every_tab(qtbot: QtBot, db: Database, demo_event: Event) -> None:
    window = make_window(qtbot, db)
    window.open_event(demo_event.id)
    tabs = window.tabs
    assert tabs is not None
    undo = window.undo_actions.undo
    assert not undo.isEnabled()
    from erbij_desktop.app.prepare_actions import update_event

    update_event(tabs.workspace, title="Elders hernoemd", label="Evenement wijzigen")  # from any door
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert undo.isEnabled() and undo.text() == "Ongedaan maken: evenement wijzigen"
    undo.trigger()
    assert not undo.isEnabled() and window.undo_actions.redo.text() == "Opnieuw: evenement wijzigen"
    assert "Ongedaan gemaakt: evenement wijzigen" in window.statusBar().currentMessage()
