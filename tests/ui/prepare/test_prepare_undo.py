"""Voorbereiden on the event workspace: every edit and list change is one undo step (Edit menu),
across tab switches, ending byte-identical to the start; changes made elsewhere show up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot
from row_dump import dump
from sqlalchemy.orm import Session

from erbij_desktop.app import prepare_actions
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.main_window import MainWindow
from erbij_desktop.ui.prepare.page import PreparePage
from erbij_desktop.ui.prepare.people_models import PeopleModel
from erbij_desktop.ui.prepare.people_page import PeoplePage
from erbij_desktop.ui.prepare.programme_page import ProgrammePage
from erbij_desktop.ui.prepare.report_form import ReportForm
from erbij_desktop.ui.prepare.rounds_page import RoundsModel, RoundsPage
from erbij_desktop.ui.prepare.tables_page import TablesModel, TablesPage

if TYPE_CHECKING:
    from conftest import Keyboard


@pytest.fixture
def window(open_window: Callable[[int], MainWindow], event: Event) -> MainWindow:
    return open_window(event.id)


def table_names(section: TablesPage) -> list[str]:
    model = section.model
    return [str(model.data(model.index(r, TablesModel.NAME))) for r in range(model.rowCount())]


def prepare(window: MainWindow) -> PreparePage:
    assert window.tabs is not None
    page = window.tabs.prepare
    assert isinstance(page, PreparePage)
    return page


def tables_section(page: PreparePage) -> TablesPage:
    page.show_section(5)
    section = page.editor(5)
    assert isinstance(section, TablesPage)
    return section


def away_and_back(window: MainWindow) -> None:
    tabs = window.tabs
    assert tabs is not None and tabs.count() > 1
    tabs.setCurrentIndex(1)
    tabs.setCurrentIndex(0)


def test_prepare_edits_undo_and_redo_from_the_edit_menu(
    window: MainWindow, db: Database, kb: Keyboard
) -> None:
    page = prepare(window)
    assert type(page).TAKES_CONTEXT
    start = dump(db)
    undo, redo = window.undo_actions.undo, window.undo_actions.redo

    page.show_section(0)
    title = page.findChild(QLineEdit, "eventTitle")
    kb.replace(title, "Praktijktafel Samen tegen eenzaamheid")
    section = tables_section(page)
    name = section.findChild(QLineEdit, "tableAddName")
    kb.replace(name, "Noord")
    kb.replace(name, "Zuid")
    assert table_names(section) == ["Noord", "Zuid"]
    section.findChild(QPushButton, "tableUp").click()  # Zuid, the new row, is current
    assert table_names(section) == ["Zuid", "Noord"]
    assert section.view.current_row() == 0  # the moved row stays current
    section.view.select_row(1)
    section.findChild(QPushButton, "tableDelete").click()
    section.findChildren(object, "confirmDialog")[-1].findChild(object, "confirmYes").click()
    assert table_names(section) == ["Zuid"]
    changed = dump(db)
    away_and_back(window)

    assert undo.text() == "Ongedaan maken: tafel verwijderen"
    undo.trigger()
    assert table_names(section) == ["Zuid", "Noord"]
    away_and_back(window)
    assert undo.text() == "Ongedaan maken: tafel verplaatsen"
    undo.trigger()
    assert table_names(section) == ["Noord", "Zuid"]
    undo.trigger()
    undo.trigger()
    assert table_names(section) == []
    assert undo.text() == "Ongedaan maken: evenement wijzigen"
    undo.trigger()
    page.show_section(0)
    assert title.text() == "Praktijktafel Samen"
    assert dump(db) == start
    assert not undo.isEnabled()

    for _ in range(5):
        redo.trigger()
    assert dump(db) == changed
    assert title.text() == "Praktijktafel Samen tegen eenzaamheid"
    assert table_names(tables_section(page)) == ["Zuid"]


def test_a_change_made_elsewhere_shows_and_the_selection_stays(window: MainWindow, db: Database) -> None:
    page = prepare(window)
    ws = window.tabs.workspace if window.tabs else None
    assert ws is not None
    section = tables_section(page)
    ids = prepare_actions.add_tables(ws, 3)
    section.view.select_row(1)
    prepare_actions.rename_table(ws, ids[0], "Bij het raam")  # as if from another tab
    assert table_names(section) == ["Bij het raam", "Tafel 2", "Tafel 3"]
    assert section.view.current_row() == 1
    prepare_actions.move_table(ws, ids[2], 0)
    assert table_names(section) == ["Tafel 3", "Bij het raam", "Tafel 2"]
    assert section.view.current_row() == 2  # still Tafel 2
    prepare_actions.update_event(ws, title="Elders hernoemd")
    page.show_section(0)
    assert page.findChild(QLineEdit, "eventTitle").text() == "Elders hernoemd"


def test_a_refused_edit_changes_nothing(window: MainWindow, db: Database, kb: Keyboard) -> None:
    page = prepare(window)
    page.show_section(0)
    start = dump(db)
    kb.replace(page.findChild(QLineEdit, "eventTitle"), "")
    assert "titel" in page.findChild(object, "eventTitleError").text()
    assert dump(db) == start
    assert not window.undo_actions.undo.isEnabled()


def undo_all(window: MainWindow, steps: int) -> None:
    """Take back ``steps`` steps from the Edit menu, switching tabs in between."""
    undo = window.findChild(QAction, "actionUndo")
    for step in range(steps):
        assert undo.isEnabled()
        undo.trigger()
        if step % 2:
            away_and_back(window)
    assert not undo.isEnabled()


def redo_all(window: MainWindow, steps: int) -> None:
    redo = window.undo_actions.redo
    for step in range(steps):
        redo.trigger()
        if step % 2 == 0:
            away_and_back(window)
    assert not redo.isEnabled()


def round_titles(section: RoundsPage) -> list[str]:
    model = section.list.model
    return [str(model.data(model.index(r, RoundsModel.TITLE))) for r in range(model.rowCount())]


def test_rounds_undo_and_redo(window: MainWindow, db: Database, kb: Keyboard) -> None:
    page = prepare(window)
    start = dump(db)
    page.show_section(4)
    section = page.editor(4)
    assert isinstance(section, RoundsPage)
    title, question = (section.findChild(QLineEdit, n) for n in ("roundAddTitle", "roundAddQuestion"))
    for name in ("Signaleren", "Interventies"):
        kb.type(title, name)
        kb.type(question, f"Wat doe je bij {name.lower()}?")
        kb.press(question, Qt.Key.Key_Return)
    assert round_titles(section) == ["Signaleren", "Interventies"]
    kb.replace(section.findChild(QLineEdit, "roundTitle"), "Wat werkt")
    section.findChild(QSpinBox, "roundMinutes").setValue(45)
    section.findChild(QPushButton, "roundUp").click()
    assert round_titles(section) == ["Wat werkt", "Signaleren"]
    section.list.view.select_row(1)
    section.findChild(QPushButton, "roundDelete").click()
    section.findChildren(object, "confirmDialog")[-1].findChild(object, "confirmYes").click()
    assert round_titles(section) == ["Wat werkt"]
    changed = dump(db)
    assert window.undo_actions.undo.text() == "Ongedaan maken: ronde verwijderen"

    undo_all(window, 6)
    assert round_titles(section) == []
    assert dump(db) == start
    redo_all(window, 6)
    assert dump(db) == changed
    assert round_titles(section) == ["Wat werkt"]
    assert section.findChild(QSpinBox, "roundMinutes").value() == 45


def test_report_undo_and_redo(window: MainWindow, db: Database, kb: Keyboard, tmp_path: Path) -> None:
    page = prepare(window)
    start = dump(db)
    page.show_section(1)
    form = page.editor(1)
    assert isinstance(form, ReportForm)
    lead = form.findChild(QPlainTextEdit, "reportLead")
    kb.type(lead, "Op 20 februari vond de praktijktafel plaats.")
    kb.press(lead, Qt.Key.Key_Tab)
    kb.replace(form.findChild(QLineEdit, "reportBackgroundHeading"), "Eenzaamheid")
    form.findChild(QComboBox, "reportLanguage").setCurrentIndex(1)
    kb.replace(form.findChild(QLineEdit, "reportPublishedText"), "27-02-2018")
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(tmp_path / "logo.png"))
    form.load_logo_file(str(tmp_path / "logo.png"))
    changed = dump(db)
    assert window.undo_actions.undo.text() == "Ongedaan maken: logo kiezen"

    undo_all(window, 5)
    assert dump(db) == start
    page.show_section(1)
    assert lead.toPlainText() == ""
    assert not form.findChild(QPushButton, "reportLogoRemove").isEnabled()
    redo_all(window, 5)
    assert dump(db) == changed
    assert lead.toPlainText() == "Op 20 februari vond de praktijktafel plaats."
    assert form.findChild(QComboBox, "reportLanguage").currentIndex() == 1
    assert form.findChild(QPushButton, "reportLogoRemove").isEnabled()


def test_people_undo_and_redo(window: MainWindow, db: Database, kb: Keyboard, qtbot: QtBot) -> None:
    page = prepare(window)
    start = dump(db)
    page.show_section(2)
    section = page.editor(2)
    assert isinstance(section, PeoplePage)
    entry = section.findChild(QLineEdit, "personAdd")
    for name in ("Mieke Kreun", "Bas Kramer"):
        kb.type(entry, name)
        kb.press(entry, Qt.Key.Key_Return)
    kb.type(section.findChild(QLineEdit, "organisationAdd"), "Vier het Leven")
    kb.press(section.findChild(QLineEdit, "organisationAdd"), Qt.Key.Key_Return)
    view, model = section.person_view, section.people_model
    view.select_row(1, PeopleModel.CONSENT)  # Mieke Kreun
    view.setFocus()
    kb.press(view, Qt.Key.Key_Space)
    view.select_row(1, PeopleModel.ROLE)
    kb.press(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    kb.type(editor, "ervaringsdeskundige")
    kb.press(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: model.rows[1].role == "ervaringsdeskundige")
    assert model.setData(model.index(1, PeopleModel.ORGANISATION), "vier het leven")  # as the delegate does
    view.select_row(0, PeopleModel.NAME)
    view.setFocus()
    kb.press(view, Qt.Key.Key_Delete)
    section.findChildren(object, "confirmDialog")[-1].findChild(object, "confirmYes").click()
    assert [p.name for p in model.rows] == ["Mieke Kreun"]
    assert model.rows[0].role == "ervaringsdeskundige" and model.rows[0].consent_to_name
    assert section.organisations_model.data(section.organisations_model.index(0, 1)) == "1"
    changed = dump(db)
    assert window.undo_actions.undo.text() == "Ongedaan maken: persoon verwijderen"

    undo_all(window, 7)
    assert dump(db) == start
    assert model.rowCount() == 0 and section.organisations_model.rowCount() == 0
    redo_all(window, 7)
    assert dump(db) == changed
    assert [p.name for p in model.rows] == ["Mieke Kreun"]
    assert model.rows[0].organisation == "Vier het Leven"


def test_programme_undo_and_redo(window: MainWindow, db: Database, kb: Keyboard) -> None:
    page = prepare(window)
    start = dump(db)
    page.show_section(3)
    section = page.editor(3)
    assert isinstance(section, ProgrammePage)
    entry = section.findChild(QLineEdit, "programmeAddHeading")
    for heading in ("Opening", "Lezing"):
        kb.type(entry, heading)
        kb.press(entry, Qt.Key.Key_Return)
    kb.replace(section.findChild(QLineEdit, "itemHeading"), "Lezing over eenzaamheid")
    section.findChild(QSpinBox, "itemDuration").setValue(45)
    stage = section.findChild(QLineEdit, "itemPeopleAdd")
    kb.type(stage, "Pieter Hilhorst")
    kb.press(stage, Qt.Key.Key_Return)
    text = section.findChild(QLineEdit, "quoteAddText")
    kb.type(text, "Het begint bij begrijpen")
    kb.press(text, Qt.Key.Key_Return)
    figure = section.findChild(QLineEdit, "figureAddValue")
    kb.type(figure, "43%")
    kb.type(section.findChild(QLineEdit, "figureAddText"), "voelt zich wel eens eenzaam")
    kb.press(figure, Qt.Key.Key_Return)
    section.findChild(QPushButton, "programmeUp").click()
    assert [r.heading for r in section.model.rows] == ["Lezing over eenzaamheid", "Opening"]
    section.view.select_row(1)
    section.findChild(QPushButton, "programmeDelete").click()
    section.findChildren(object, "confirmDialog")[-1].findChild(object, "confirmYes").click()
    assert [r.heading for r in section.model.rows] == ["Lezing over eenzaamheid"]
    assert section.editor.tabText(1) == "Citaten (1)" and section.editor.tabText(2) == "Kerncijfers (1)"
    changed = dump(db)
    assert window.undo_actions.undo.text() == "Ongedaan maken: programmaonderdeel verwijderen"

    undo_all(window, 9)
    assert dump(db) == start
    assert section.model.rowCount() == 0 and "leeg" in section.projected.text()
    redo_all(window, 9)
    assert dump(db) == changed
    assert section.editor.item is not None and section.editor.item.people == ("Pieter Hilhorst",)
    assert section.editor.quotes.model.rowCount() == 1 and section.editor.figures.model.rowCount() == 1
    assert section.findChild(QSpinBox, "itemDuration").value() == 45


def test_refusals_in_every_section_store_nothing_and_add_no_undo_step(
    window: MainWindow, db: Database, kb: Keyboard, session: Session, event: Event
) -> None:
    ensure_person(session, event, "Gea de Jong")
    ensure_person(session, event, "Ricky Tol")
    add_programme_item(session, event, "Opening", duration_minutes=30)
    add_programme_item(session, event, "Lezing", duration_minutes=15)
    session.commit()  # the test owns the session; the page reads on its own connection
    page = prepare(window)
    start = dump(db)
    page.show_section(1)
    kb.replace(page.findChild(QLineEdit, "reportModifiedText"), "31-02-2018")
    assert "datum" in page.findChild(QLabel, "reportModifiedError").text()
    page.show_section(2)
    people = page.editor(2)
    assert isinstance(people, PeoplePage)
    assert not people.people_model.setData(people.people_model.index(1, PeopleModel.NAME), "gea de jong")
    assert "Gea de Jong" in page.findChild(QLabel, "personListError").text()
    page.show_section(3)
    programme = page.editor(3)
    assert isinstance(programme, ProgrammePage)
    programme.view.select_row(1)
    kb.replace(programme.findChild(QLineEdit, "itemStart"), "09:45")
    assert "Opening" in page.findChild(QLabel, "itemStartError").text()
    kb.replace(programme.findChild(QLineEdit, "quoteAddText"), "  ")
    assert programme.findChild(QLineEdit, "quoteAddText").property("invalid") is True
    page.show_section(4)
    title = page.findChild(QLineEdit, "roundAddTitle")
    kb.type(title, "Zonder vraag")
    kb.press(title, Qt.Key.Key_Return)
    assert page.findChild(QLineEdit, "roundAddQuestion").property("invalid") is True
    assert dump(db) == start
    assert not window.undo_actions.undo.isEnabled()
