"""The settings dialog keeps an organisation's server URL, never one with a password in it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from erbij_desktop.storage.locations import DATABASE_ENV
from erbij_desktop.ui import app as gui
from erbij_desktop.ui.settings import keys
from erbij_desktop.ui.settings.dialog import SettingsDialog

SERVER = "postgresql+psycopg://notulist@archief.example/erbij?sslmode=verify-full"


def open_dialog(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def type_url(dialog: SettingsDialog, url: str) -> QLineEdit:
    field = dialog.findChild(QLineEdit, "settingsDatabaseUrl")
    assert field is not None
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, url)
    return field


def test_a_url_with_a_password_is_refused_and_nothing_is_stored(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    dialog = open_dialog(qtbot)
    type_url(dialog, "postgresql+psycopg://notulist:geheim@archief.example/erbij")
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "settingsDatabaseError")
    assert error is not None and error.isVisible() and ".pgpass" in error.text()
    assert dialog.isVisible()  # stays open: nothing stored
    assert QSettings().value(keys.DATABASE_URL) is None
    assert gui.chosen_database(None) is None


def test_a_server_url_is_kept_and_opened_at_the_next_start_unless_overridden(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    dialog = open_dialog(qtbot)
    field = type_url(dialog, "not a url")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible() and QSettings().value(keys.DATABASE_URL) is None
    type_url(dialog, SERVER)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert QSettings().value(keys.DATABASE_URL) == SERVER
    assert gui.chosen_database(None) == SERVER
    assert gui.chosen_database("/tmp/eigen.sqlite") == "/tmp/eigen.sqlite"
    monkeypatch.setenv(DATABASE_ENV, "sqlite:////tmp/omgeving.sqlite")
    assert gui.chosen_database(None) is None  # the environment's choice wins (storage.locations)
    again = open_dialog(qtbot)
    shown = again.findChild(QLineEdit, "settingsDatabaseUrl")
    assert shown is not None and shown.text() == SERVER
    assert type_url(again, "").text() == ""
    again.ok_button.click()
    assert QSettings().value(keys.DATABASE_URL) == ""
