"""Moving an event to another laptop through the menus: export as .erbij, import on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.events import list_events
from erbij_desktop.domain.models import Contribution, Event
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def other_laptop(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "other" / "erbij.sqlite"))
    yield database
    database.close()


def make_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def summary(db: Database) -> list[tuple[str, int]]:
    with db.transaction() as session:
        return [
            (e.title, session.query(Contribution).filter(Contribution.event_id == e.id).count())
            for e in list_events(session)
        ]


def visible_box(name: str) -> QMessageBox:
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible())
    assert isinstance(box, QMessageBox)
    return box


def test_an_event_goes_to_another_laptop_and_opens_there(
    qtbot: QtBot, db: Database, demo_event: Event, other_laptop: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, db)
    window.open_event(demo_event.id)
    export = window.findChild(type(window.archive_export_action), "actionExportEvent")
    assert export is not None and export.isEnabled()
    dialog = window.archive.export_event(demo_event.id)
    assert dialog.selectedFiles()[0].endswith("praktijktafel-samen-tegen-eenzaamheid.erbij")
    target = tmp_path / "stick" / "samen.erbij"
    target.parent.mkdir()
    dialog.fileSelected.emit(str(target))  # the user chose a file on the USB stick
    dialog.reject()
    assert target.read_bytes()[:2] == b"PK"
    assert str(target) in window.statusBar().currentMessage()
    window.close()

    there = make_window(qtbot, other_laptop)
    assert there.pages.currentWidget() is there.first_run
    there.first_run.findChild(QPushButton, "firstRunImport").click()
    chooser = there.findChild(type(dialog), "archiveImportDialog")
    assert chooser is not None and chooser.isVisible()
    chooser.fileSelected.emit(str(target))
    chooser.reject()
    assert there.tabs is not None and there.windowTitle() == demo_event.title
    assert summary(other_laptop) == summary(db)
    there.close()


def test_importing_an_event_that_is_already_there_asks_and_can_add_a_copy(
    qtbot: QtBot, db: Database, demo_event: Event, tmp_path: Path
) -> None:
    window = make_window(qtbot, db)
    archive = tmp_path / "samen.erbij"
    assert window.archive.write_archive(demo_event.id, archive)
    assert window.archive.read_archive(archive) is None
    question = visible_box("archiveExistsQuestion")
    assert summary(db) == [(demo_event.title, summary(db)[0][1])]  # nothing stored yet
    copy = question.findChild(QPushButton, "archiveImportCopy")
    copy.click()
    titles = sorted(title for title, _count in summary(db))
    assert titles == [demo_event.title, f"{demo_event.title} (kopie)"]
    assert window.tabs is not None and window.windowTitle().endswith("(kopie)")
    window.close()


def test_a_damaged_file_is_refused_with_its_reason_and_nothing_changes(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, db)
    bad = tmp_path / "kapot.erbij"
    bad.write_bytes(b"dit is geen zip")
    assert window.archive.read_archive(bad) is None
    message = visible_box("archiveMessage")
    assert "niets gewijzigd" in message.text() and message.informativeText()
    message.close()
    assert summary(db) == []
    assert window.pages.currentWidget() is window.first_run
    window.close()


def test_export_needs_an_open_event_and_refuses_a_folder(
    qtbot: QtBot, db: Database, demo_event: Event, tmp_path: Path
) -> None:
    window = make_window(qtbot, db)
    window.show_overview()
    assert not window.archive_export_action.isEnabled()
    assert not window.archive.write_archive(demo_event.id, tmp_path)
    assert "map" in visible_box("archiveMessage").text()
    window.close()
