"""The settings at work in the main window: Ctrl+, opens them, and each one reaches the part that uses it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.events import create_event, get_event, list_events
from erbij_desktop.storage.backups import BackupPolicy
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.backups.timer import BackupTimer
from erbij_desktop.ui.events import actions
from erbij_desktop.ui.main_window import MainWindow
from erbij_desktop.ui.prepare.rounds_page import minutes_box
from erbij_desktop.ui.settings import keys
from erbij_desktop.ui.settings import preferences as prefs
from erbij_desktop.ui.settings.dialog import SettingsDialog


def make_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def settings_dialog(window: MainWindow) -> SettingsDialog:
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def test_ctrl_comma_opens_the_settings_and_a_language_change_is_announced(qtbot: QtBot, db: Database) -> None:
    window = make_window(qtbot, db)
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = settings_dialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.ok_button.click()
    assert "volgende keer" in window.statusBar().currentMessage()
    assert QSettings().value(keys.LANGUAGE) == "en"
    window.close()


def test_a_new_event_gets_the_default_logo(qtbot: QtBot, db: Database, png: Path) -> None:
    prefs.set_default_logo(prefs.Logo(png.read_bytes(), "image/png"))
    window = make_window(qtbot, db)
    dialog = window.actions_.new_event()
    title = dialog.findChild(QLineEdit, "newEventTitle")
    QTest.keyClicks(title, "Praktijktafel Schulden")
    QTest.keyClick(title, Qt.Key.Key_Return)
    with db.transaction() as fresh:
        [event] = list_events(fresh)
        assert (event.logo, event.logo_mime) == (png.read_bytes(), "image/png")
    window.close()


def test_rounds_start_at_the_default_length_and_follow_a_change(qtbot: QtBot, db: Database) -> None:
    assert minutes_box().value() == prefs.ROUND_MINUTES
    prefs.set_default_round_minutes(45)
    assert minutes_box().value() == 45
    with db.transaction() as session:
        event_id = create_event(session, "Praktijktafel").id
    window = make_window(qtbot, db)
    window.open_event(event_id)
    assert window.tabs is not None
    window.tabs.prepare.show_section(4)  # Rondes
    [box] = window.findChildren(QSpinBox, "roundAddMinutes")
    assert box.value() == 45
    dialog = window.open_settings()
    dialog.round_minutes.setValue(20)
    dialog.ok_button.click()
    assert box.value() == 20  # the open event's add field follows at once
    window.close()


def test_a_new_backup_policy_reaches_the_running_backup_timer(qtbot: QtBot, db: Database) -> None:
    window = make_window(qtbot, db)
    timer = BackupTimer(db, window)  # as the safety net installs it
    dialog = window.open_settings()
    dialog.backup_keep.setValue(3)
    dialog.backup_interval.setValue(2)
    dialog.ok_button.click()
    assert timer.scheduler.policy == BackupPolicy(keep=3, interval_minutes=2)
    window.close()


def test_export_from_the_file_menu_follows_the_appendix_setting(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[dict[str, Any]] = []
    monkeypatch.setattr(
        actions, "report_writer", lambda: lambda _view, path, **options: written.append({path: options})
    )
    with db.transaction() as session:
        event_id = create_event(session, "Praktijktafel").id
    window = make_window(qtbot, db)
    assert window.actions_.write_report(event_id, tmp_path / "zonder.pdf")
    dialog = window.open_settings()
    dialog.appendix.setChecked(True)
    dialog.ok_button.click()
    assert window.actions_.write_report(event_id, tmp_path / "met.pdf")
    assert written == [
        {tmp_path / "zonder.pdf": {"appendix": False}},
        {tmp_path / "met.pdf": {"appendix": True}},
    ]
    window.close()


def test_the_report_tabs_appendix_box_starts_from_the_setting(qtbot: QtBot, db: Database) -> None:
    prefs.set_report_appendix(True)
    with db.transaction() as session:
        event = create_event(session, "Praktijktafel")
        event_id = get_event(session, event.id).id
    window = make_window(qtbot, db)
    window.open_event(event_id)
    assert window.tabs is not None
    tab = window.tabs.tab_by_name("reportTab")
    if tab is None:
        pytest.skip("the Verslag tab is not part of this build")
    window.tabs.setCurrentWidget(tab)
    box = window.findChild(QCheckBox, "exportAppendix")
    assert box is not None and box.isChecked()
    dialog = window.open_settings()
    dialog.appendix.setChecked(False)
    dialog.ok_button.click()
    assert not box.isChecked()
    assert not any(d.isVisible() for d in window.findChildren(QDialog, "settingsDialog"))
    window.close()
