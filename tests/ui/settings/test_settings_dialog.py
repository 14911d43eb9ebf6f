"""The settings dialog: shows what is stored, stores only on OK, refuses unusable logos, says what changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from erbij_desktop.storage.backups import BackupPolicy, load_policy, save_policy
from erbij_desktop.storage.locations import config_dir
from erbij_desktop.ui import app as gui
from erbij_desktop.ui.settings import keys
from erbij_desktop.ui.settings import preferences as prefs
from erbij_desktop.ui.settings.dialog import SettingsDialog


def open_dialog(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def child(dialog: SettingsDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def test_shows_the_defaults_and_ok_without_changes_stores_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert child(dialog, QComboBox, "settingsLanguage").currentData() == "nl"
    assert child(dialog, QComboBox, "settingsScreen").currentData() == ""  # automatic
    assert child(dialog, QSpinBox, "settingsRoundMinutes").value() == 30
    assert not child(dialog, QCheckBox, "settingsAppendix").isChecked()
    assert child(dialog, QLabel, "settingsLogoPreview").text() == "geen logo"
    assert child(dialog, QSpinBox, "settingsBackupKeep").value() == BackupPolicy().keep
    emitted: list[object] = []
    for signal in (dialog.language_changed, dialog.round_minutes_changed, dialog.backup_policy_changed):
        signal.connect(emitted.append)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert emitted == []
    assert QSettings().allKeys() == []
    assert not (config_dir() / "backups.json").exists()


def test_english_chosen_by_keyboard_is_what_the_app_starts_in(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    language = child(dialog, QComboBox, "settingsLanguage")
    QTest.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "&Taal van de app"
    assert dialog.focusWidget() is language
    QTest.keyClick(language, Qt.Key.Key_Down)
    assert language.currentData() == "en"
    with qtbot.waitSignal(dialog.language_changed) as changed:
        QTest.keyClick(language, Qt.Key.Key_Return)
    assert changed.args == ["en"]
    assert not dialog.isVisible()
    assert QSettings().value(keys.LANGUAGE) == "en"
    assert gui.ui_language() == "en"


def test_cancel_leaves_every_setting_as_it_was(qtbot: QtBot, png: Path) -> None:
    prefs.set_default_round_minutes(45)
    dialog = open_dialog(qtbot)
    assert child(dialog, QSpinBox, "settingsRoundMinutes").value() == 45
    child(dialog, QSpinBox, "settingsRoundMinutes").setValue(60)
    child(dialog, QCheckBox, "settingsAppendix").setChecked(True)
    child(dialog, QComboBox, "settingsLanguage").setCurrentIndex(1)
    child(dialog, QSpinBox, "settingsBackupKeep").setValue(3)
    assert dialog.load_logo_file(str(png))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert prefs.default_round_minutes() == 45
    assert not prefs.report_appendix()
    assert prefs.language() == "nl"
    assert prefs.default_logo() is None
    assert load_policy() == BackupPolicy()


def test_round_length_appendix_and_backups_are_stored_with_signals(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    child(dialog, QSpinBox, "settingsRoundMinutes").setValue(45)
    child(dialog, QCheckBox, "settingsAppendix").setChecked(True)
    child(dialog, QSpinBox, "settingsBackupKeep").setValue(4)
    child(dialog, QSpinBox, "settingsBackupInterval").setValue(15)
    with (
        qtbot.waitSignal(dialog.round_minutes_changed) as minutes,
        qtbot.waitSignal(dialog.appendix_changed) as appendix,
        qtbot.waitSignal(dialog.backup_policy_changed) as policy,
    ):
        dialog.ok_button.click()
    assert (minutes.args, appendix.args) == ([45], [True])
    assert policy.args == [BackupPolicy(keep=4, interval_minutes=15)]
    assert prefs.default_round_minutes() == 45
    assert prefs.report_appendix()
    assert load_policy() == BackupPolicy(keep=4, interval_minutes=15)  # the file the backups dialog reads


def test_the_round_length_field_keeps_to_what_a_round_may_last(qtbot: QtBot) -> None:
    box = child(open_dialog(qtbot), QSpinBox, "settingsRoundMinutes")
    assert (box.minimum(), box.maximum()) == prefs.ROUND_MINUTES_RANGE
    QSettings().setValue(keys.DEFAULT_ROUND_MINUTES, 500)  # edited by hand, or an older version
    assert prefs.default_round_minutes() == prefs.ROUND_MINUTES
    QSettings().setValue(keys.DEFAULT_ROUND_MINUTES, "veel")
    assert prefs.default_round_minutes() == prefs.ROUND_MINUTES


def test_a_logo_is_kept_as_a_copy_for_new_events_and_can_be_removed(qtbot: QtBot, png: Path) -> None:
    dialog = open_dialog(qtbot)
    dialog.choose_logo()
    assert dialog.logo_dialog is not None and dialog.logo_dialog.objectName() == "settingsLogoFileDialog"
    dialog.logo_dialog.fileSelected.emit(str(png))  # the user picked the file
    dialog.logo_dialog.reject()
    preview = child(dialog, QLabel, "settingsLogoPreview")
    assert not preview.pixmap().isNull()
    with qtbot.waitSignal(dialog.logo_changed):
        dialog.ok_button.click()
    png.unlink()  # the original (say, on a USB stick) goes away
    logo = prefs.default_logo()
    assert logo is not None and logo.mime == "image/png"
    assert logo.data.startswith(b"\x89PNG")
    assert [p.name for p in config_dir().glob("standaardlogo.*")] == ["standaardlogo.png"]

    again = open_dialog(qtbot)
    assert not child(again, QLabel, "settingsLogoPreview").pixmap().isNull()
    child(again, type(again.logo_remove), "settingsLogoRemove").click()
    assert child(again, QLabel, "settingsLogoPreview").text() == "geen logo"
    again.ok_button.click()
    assert prefs.default_logo() is None
    assert list(config_dir().glob("standaardlogo.*")) == []


def test_unusable_logos_are_refused_with_the_reason(qtbot: QtBot, tmp_path: Path, png: Path) -> None:
    dialog = open_dialog(qtbot)
    error = child(dialog, QLabel, "settingsLogoError")
    text = tmp_path / "logo.png"
    text.write_text("geen afbeelding", encoding="utf-8")
    assert not dialog.load_logo_file(str(text))
    assert error.isVisible() and "PNG- of JPEG" in error.text()
    huge = tmp_path / "groot.png"
    huge.write_bytes(png.read_bytes() + b"\0" * prefs.MAX_LOGO_BYTES)
    assert not dialog.load_logo_file(str(huge))
    assert "2 MB" in error.text()
    assert not dialog.load_logo_file(str(tmp_path / "weg.png"))
    assert "Kan het bestand niet lezen" in error.text()
    assert dialog.logo is None
    dialog.ok_button.click()
    assert prefs.default_logo() is None
    assert QSettings().value(keys.REPORT_LOGO) is None


def test_beamer_choice_uses_the_live_modes_key_and_keeps_an_absent_beamer(qtbot: QtBot) -> None:
    QSettings().setValue(keys.PRESENTER_SCREEN, "HDMI-1")  # the beamer of last week, not plugged in
    dialog = open_dialog(qtbot)
    combo = child(dialog, QComboBox, "settingsScreen")
    assert combo.count() == 1 + len(QGuiApplication.screens()) + 1
    assert combo.currentData() == "HDMI-1" and "niet aangesloten" in combo.currentText()
    dialog.ok_button.click()
    assert prefs.presenter_screen() == "HDMI-1"  # OK without touching it keeps it

    dialog = open_dialog(qtbot)
    combo = child(dialog, QComboBox, "settingsScreen")
    screen = QGuiApplication.primaryScreen()
    combo.setCurrentIndex(combo.findData(screen.name()))
    assert "hoofdscherm" in combo.currentText()
    with qtbot.waitSignal(dialog.screen_changed) as changed:
        dialog.ok_button.click()
    assert changed.args == [screen.name()]
    from erbij_desktop.ui.presenter.launcher import SCREEN_KEY

    assert QSettings().value(SCREEN_KEY) == screen.name()  # what the presentation launcher reads


def test_restore_defaults_fills_the_fields_but_stores_only_with_ok(qtbot: QtBot, png: Path) -> None:
    prefs.set_default_round_minutes(60)
    prefs.set_report_appendix(True)
    save_policy(BackupPolicy(keep=2, interval_minutes=30))
    dialog = open_dialog(qtbot)
    assert dialog.load_logo_file(str(png))
    dialog.defaults_button.click()
    assert child(dialog, QSpinBox, "settingsRoundMinutes").value() == 30
    assert not child(dialog, QCheckBox, "settingsAppendix").isChecked()
    assert dialog.logo is None
    assert child(dialog, QSpinBox, "settingsBackupKeep").value() == BackupPolicy().keep
    assert prefs.default_round_minutes() == 60  # not yet
    dialog.ok_button.click()
    assert prefs.default_round_minutes() == 30
    assert not prefs.report_appendix()
    assert load_policy() == BackupPolicy()
