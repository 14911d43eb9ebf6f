"""Bestand → Publiceren / Offline halen, and Reservekopieën… on a server: the real menus and dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from row_dump import dump

from erbij_desktop.domain.events import list_events
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.ui.backups.server import ServerBackupsDialog
from erbij_desktop.ui.errors.safety import SafetyNet
from erbij_desktop.ui.events.publish_dialog import PublishDialog
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def server(pg_database_url: str) -> Iterator[Database]:
    with open_database(pg_database_url, backups=False) as db:
        yield db


def titles(db: Database) -> list[str]:
    with db.session() as session:
        return [e.title for e in list_events(session)]


def open_dialog(window: MainWindow, action: str, name: str) -> PublishDialog:
    found = window.findChild(QAction, action)
    assert found is not None and found.isEnabled()
    found.trigger()
    shown = [d for d in window.findChildren(PublishDialog, name) if d.isVisible()]  # closed ones linger
    assert len(shown) == 1
    return shown[0]


def press_ok(dialog: PublishDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = next(b for b in buttons.buttons() if buttons.buttonRole(b) is QDialogButtonBox.ButtonRole.AcceptRole)
    ok.click()


def error_of(dialog: PublishDialog) -> str:
    label = dialog.findChild(QLabel, "publishError")
    assert label is not None
    return label.text() if label.isVisible() else ""


def question(dialog: PublishDialog) -> QMessageBox:
    box = dialog.question
    assert isinstance(box, QMessageBox) and box.isVisible() and box.objectName() == "publishExistsQuestion"
    return box


def test_publish_from_the_menu_then_again_asks_and_cancel_changes_nothing(
    qtbot: QtBot, demo_window: MainWindow, demo_event: Event, server: Database, pg_database_url: str
) -> None:
    dialog = open_dialog(demo_window, "actionPublishEvent", "publishDialog")
    target = dialog.findChild(QLineEdit, "publishTarget")
    assert target is not None
    target.setText(pg_database_url)
    press_ok(dialog)
    assert not dialog.isVisible() and error_of(dialog) == ""
    assert titles(server) == [demo_event.title]
    assert "opgeslagen in De server" in demo_window.statusBar().currentMessage()

    before = dump(server)
    again = open_dialog(demo_window, "actionPublishEvent", "publishDialog")
    again.findChild(QLineEdit, "publishTarget").setText(pg_database_url)  # type: ignore[union-attr]
    press_ok(again)
    box = question(again)
    assert "staat dit evenement al" in box.text() and "nog niets gewijzigd" in box.informativeText()
    assert dump(server) == before  # asking wrote nothing
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dump(server) == before and again.isVisible()

    press_ok(again)
    replace = question(again).findChild(QWidget, "publishReplace")
    assert replace is not None
    replace.click()  # type: ignore[attr-defined]
    assert titles(server) == [demo_event.title] and dump(server) != before
    assert "vervangen" in demo_window.statusBar().currentMessage()


def test_publish_as_a_copy(demo_window: MainWindow, server: Database, pg_database_url: str) -> None:
    for choose_copy in (False, True):
        dialog = open_dialog(demo_window, "actionPublishEvent", "publishDialog")
        dialog.findChild(QLineEdit, "publishTarget").setText(pg_database_url)  # type: ignore[union-attr]
        press_ok(dialog)
        if choose_copy:
            question(dialog).findChild(QWidget, "publishCopy").click()  # type: ignore[union-attr]
    assert len(titles(server)) == 2 and titles(server)[1].endswith("(kopie)")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "Vul de server-URL in."),
        ("postgresql+psycopg://naam:geheim@server/erbij", "~/.pgpass"),
        ("postgresql+psycopg://nobody@/erbij?host=/nergens", "kan niet worden geopend"),
    ],
)
def test_bad_server_input_is_said_and_changes_nothing(
    demo_window: MainWindow, db: Database, typed: str, said: str
) -> None:
    before = dump(db)
    dialog = open_dialog(demo_window, "actionPublishEvent", "publishDialog")
    dialog.findChild(QLineEdit, "publishTarget").setText(typed)  # type: ignore[union-attr]
    press_ok(dialog)
    assert said in error_of(dialog) and dialog.isVisible()
    assert dump(db) == before


def test_take_offline_into_a_file(demo_window: MainWindow, demo_event: Event, tmp_path: Path) -> None:
    dialog = open_dialog(demo_window, "actionTakeOffline", "takeOfflineDialog")
    target = dialog.findChild(QLineEdit, "publishTarget")
    assert target is not None
    target.setText(str(tmp_path))
    press_ok(dialog)
    assert "is een map" in error_of(dialog)
    target.setText(str(tmp_path / "nergens" / "x.sqlite"))
    press_ok(dialog)
    assert "bestaat niet" in error_of(dialog)
    target.setText(str(tmp_path / "offline.sqlite"))
    press_ok(dialog)
    assert not dialog.isVisible()
    with open_database(str(tmp_path / "offline.sqlite"), backups=False) as offline:
        assert titles(offline) == [demo_event.title]


class StubWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        quit_action = QAction("&Afsluiten", self)
        quit_action.setObjectName("actionQuit")
        self.menuBar().addMenu("&Bestand").addAction(quit_action)


def test_backups_on_a_server_say_it_is_the_administrators_and_export_every_event(
    qtbot: QtBot, server: Database, tmp_path: Path
) -> None:
    with server.transaction() as session:
        import_demo(session)
    window = StubWindow(server)
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    net = SafetyNet(app, StubWindow)
    net.attach(window, server)
    try:
        assert net.timer is None  # no file backups of a server
        assert net.backups_action is not None
        net.backups_action.trigger()
        dialog = window.findChild(ServerBackupsDialog, "serverBackupsDialog")
        assert dialog is not None and dialog.isVisible()
        intro = dialog.findChild(QLabel, "serverBackupsIntro")
        assert intro is not None and "databasebeheerder (met pg_dump)" in intro.text()
        status = dialog.findChild(QLabel, "exportAllStatus")
        assert status is not None

        dialog.findChild(QWidget, "exportAllEvents").click()  # type: ignore[union-attr]
        chooser = dialog.findChild(QWidget, "exportAllFolderDialog")
        assert chooser is not None and chooser.isVisible()
        chooser.reject()  # type: ignore[attr-defined]
        dialog.export_to(tmp_path / "nergens")
        assert "bestaat niet" in status.text() and not (tmp_path / "nergens").exists()
        written = dialog.export_to(tmp_path)
        assert [p.suffix for p in written] == [".erbij"] and written[0].exists()
        assert status.text() == f"1 evenement geschreven naar {tmp_path}."
        dialog.reject()
    finally:
        net._detach()
        net.deleteLater()
