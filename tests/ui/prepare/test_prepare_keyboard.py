"""Reaching every section and field from the keyboard: Alt+1…6 and the label mnemonics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from erbij_desktop.ui.prepare.page import PreparePage

if TYPE_CHECKING:
    from conftest import Keyboard


def test_alt_digits_switch_sections_and_focus_the_editor(
    page: PreparePage, kb: Keyboard, qtbot: QtBot
) -> None:
    page.activateWindow()
    qtbot.waitActive(page)
    page.sections.setFocus()
    kb.press(page.sections, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.sections.currentRow() == 3
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "programmeAddHeading"
    kb.press(focused, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert page.sections.currentRow() == 5
    assert QApplication.focusWidget().objectName() == "tableCount"


def test_label_mnemonics_focus_their_fields(page: PreparePage, kb: Keyboard, qtbot: QtBot) -> None:
    page.activateWindow()
    qtbot.waitActive(page)
    title = page.findChild(QLineEdit, "eventTitle")
    title.setFocus()
    for key, name in (
        (Qt.Key.Key_I, "eventVenue"),
        (Qt.Key.Key_G, "eventStart"),
        (Qt.Key.Key_Z, "eventChair"),
        (Qt.Key.Key_T, "eventTitle"),
    ):
        kb.press(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget().objectName() == name
