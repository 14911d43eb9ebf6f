"""Backups in the app: the timer makes them, the dialog lists them and restores one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.events import create_event, list_events
from erbij_desktop.storage import backups
from erbij_desktop.storage.backups import BackupPolicy
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.ui.backups.dialog import BackupsDialog
from erbij_desktop.ui.backups.timer import BackupTimer
from erbij_desktop.ui.errors.safety import SafetyNet

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def add_event(db: Database, title: str) -> None:
    with db.transaction() as session:
        create_event(session, title)


def titles(db: Database) -> list[str]:
    with db.transaction() as session:
        return sorted(e.title for e in list_events(session))


class StubWindow(QMainWindow):
    """Stands in for the main window: a Bestand menu with Afsluiten, and the database."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        menu = self.menuBar().addMenu("&Bestand")
        quit_action = QAction("&Afsluiten", self)
        quit_action.setObjectName("actionQuit")
        menu.addAction(quit_action)


def test_timer_makes_a_backup_when_due(qtbot: QtBot, db: Database) -> None:
    timer = BackupTimer(db, policy=BackupPolicy(keep=3, interval_minutes=1))
    timer.scheduler._last_time -= 120  # two minutes have passed
    assert timer.tick() is None  # but nothing changed
    add_event(db, "Nieuw")
    with qtbot.waitSignal(timer.made) as blocker:
        made = timer.tick()
    assert made is not None and blocker.args == [made]
    assert backups.list_backups(db.path)[0].path == made  # type: ignore[arg-type]
    assert timer.tick() is None  # not due again straight away


def test_timer_reports_a_failed_backup(qtbot: QtBot, db: Database) -> None:
    timer = BackupTimer(db, policy=BackupPolicy(interval_minutes=1))
    timer.scheduler._last_time -= 120
    add_event(db, "Nieuw")
    assert db.path is not None
    (db.path.parent / "backups").write_text("een bestand waar een map hoort")
    with qtbot.waitSignal(timer.failed) as blocker:
        assert timer.tick() is None
    assert "Reservekopie" in blocker.args[0]


def test_dialog_lists_backups_and_makes_one(qtbot: QtBot, db: Database) -> None:
    assert db.path is not None
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.empty_label.isVisible() and not dialog.restore_button.isEnabled()

    add_event(db, "Eén")
    made = dialog.backup_now()
    assert made is not None and made.exists()
    assert dialog.model.rowCount() == 1 and dialog.view.isVisible()
    assert dialog.model.item(0, 1).text() == "Handmatig"
    assert dialog.model.item(0, 3).text() == "1"
    assert dialog.selected_backup() == made and dialog.restore_button.isEnabled()
    assert str(db.path.parent / "backups") in dialog.intro.text()

    dialog.keep_spin.setValue(4)
    dialog.interval_spin.setValue(7)
    try:
        assert backups.load_policy() == BackupPolicy(keep=4, interval_minutes=7)
    finally:
        backups.save_policy(BackupPolicy())  # the tests after this one start from the default


def test_dialog_asks_before_restoring(qtbot: QtBot, db: Database) -> None:
    assert db.path is not None
    add_event(db, "Eén")
    made = backups.backup_database(db.path)
    dialog = BackupsDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ask_restore()
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "eerst zelf als reservekopie bewaard" in box.informativeText()
    yes = box.findChild(QWidget, "confirmRestoreYes")
    assert yes is not None
    with qtbot.waitSignal(dialog.restore_requested) as blocker:
        yes.click()  # type: ignore[attr-defined]
    assert blocker.args == [made]


@pytest.fixture
def net(qtbot: QtBot, db_path: Path) -> Iterator[SafetyNet]:
    db = open_database(str(db_path))
    window = StubWindow(db)
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    safety = SafetyNet(app, StubWindow)
    safety.attach(window, db)
    window.show()
    yield safety
    safety._detach()
    if safety.db is not None:
        safety.db.close()
    if safety.window is not None:
        safety.window.close()
        safety.window.deleteLater()
    safety.deleteLater()


def test_restore_from_the_app_replaces_the_database_and_keeps_the_current_state(
    qtbot: QtBot, net: SafetyNet
) -> None:
    db = net.db
    assert db is not None and db.path is not None
    add_event(db, "Ochtend")
    morning = backups.backup_database(db.path)
    add_event(db, "Middag")
    window = net.window
    assert isinstance(window, StubWindow)
    assert net.backups_action is not None and net.backups_action in window.findChildren(QAction)

    dialog = net.show_backups()
    assert dialog is not None and dialog.isVisible()
    dialog.select_backup(morning)
    with qtbot.waitSignal(net.window_replaced, timeout=5000) as blocker:
        dialog.restore_requested.emit(morning)
    new_window = blocker.args[0]
    qtbot.addWidget(new_window)

    assert new_window is not window and new_window.isVisible()
    assert net.db is not db and net.db is not None
    assert titles(net.db) == ["Ochtend"]
    assert "Reservekopie teruggezet" in new_window.statusBar().currentMessage()
    saved = [b for b in backups.list_backups(db.path) if b.reason == backups.REASON_RESTORE]
    assert len(saved) == 1 and saved[0].events() == 2  # the afternoon is kept, nothing lost
    assert net.timer is not None and net.timer.timer.isActive()
