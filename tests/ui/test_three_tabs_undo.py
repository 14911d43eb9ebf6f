"""One undo history for the open event: changes made in Voorbereiden, Vastleggen and Verslag,
interleaved, are undone one by one in reverse order from the Edit menu, whichever tab is shown,
ending byte-identical (per table row dump) to the start; redo brings every one back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from row_dump import dump

from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.curation.tab import ReportTab
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def show(window: MainWindow, name: str) -> QWidget:
    tabs = window.tabs
    assert tabs is not None
    widget = tabs.tab_by_name(name)
    assert widget is not None
    tabs.setCurrentWidget(widget)
    return widget


def retype(field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_changes_in_three_tabs_undo_in_reverse_order_to_the_byte(
    qtbot: QtBot, demo_window: MainWindow, db: Database
) -> None:
    undo, redo = demo_window.undo_actions.undo, demo_window.undo_actions.redo
    start = dump(db)
    assert not undo.isEnabled()

    prepare = show(demo_window, "prepareTab")
    prepare.show_section(0)  # type: ignore[attr-defined]
    title = prepare.findChild(QLineEdit, "eventTitle")
    assert title is not None
    original = title.text()
    retype(title, "Praktijktafel Eenzaamheid, tweede editie")  # 1: Voorbereiden

    capture = show(demo_window, "captureTab")
    assert isinstance(capture, CaptureView)
    QTest.keyClicks(capture.entry, "Buurtkamers open tot tien uur")
    QTest.keyClick(capture.entry, Qt.Key.Key_Return)  # 2: Vastleggen
    added = capture.controller.table_model.row_at(capture.controller.table_model.rowCount() - 1)
    assert added.text == "Buurtkamers open tot tien uur"

    report = show(demo_window, "reportTab")
    assert isinstance(report, ReportTab)
    page = report.contributions
    page.controller.show_round(added.round_id)
    assert page.candidate_list.select_id(added.id)
    page.pick_button.click()  # 3: Verslag takes it into the report
    assert page.selection_list.select_id(added.id)

    show(demo_window, "prepareTab")
    retype(title, "Praktijktafel Eenzaamheid")  # 4: Voorbereiden again
    show(demo_window, "captureTab")
    capture.entry.setFocus()
    QTest.keyClicks(capture.entry, "Tweede bijdrage")
    QTest.keyClick(capture.entry, Qt.Key.Key_Return)  # 5: Vastleggen again
    show(demo_window, "reportTab")
    assert page.selection_list.select_id(added.id)
    page.unpick_button.click()  # 6: Verslag leaves it out again
    changed = dump(db)
    assert changed != start

    labels = []
    for shown in ("captureTab", "prepareTab", "reportTab", "captureTab", "liveTab", "prepareTab"):
        show(demo_window, shown)  # the history is the event's, whichever tab is in front
        labels.append(undo.text())
        undo.trigger()
    assert labels == [
        "Ongedaan maken: uit het verslag halen",
        "Ongedaan maken: bijdrage toevoegen",
        "Ongedaan maken: evenement wijzigen",
        "Ongedaan maken: opnemen in het verslag",
        "Ongedaan maken: bijdrage toevoegen",
        "Ongedaan maken: evenement wijzigen",
    ]
    assert dump(db) == start
    assert not undo.isEnabled()
    prepare.show_section(0)  # type: ignore[attr-defined]
    assert title.text() == original
    assert capture.controller.table_model.index_of(added.id) is None

    for _ in range(6):
        redo.trigger()
    assert dump(db) == changed
    assert not redo.isEnabled()
