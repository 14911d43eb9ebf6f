"""Sections Rondes and Tafels: questions and minutes checked at the field, 12 tables in one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import ensure_person, people
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.rounds import add_round, add_tables, rounds, tables
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.events.context import open_context
from erbij_desktop.ui.prepare.page import PreparePage
from erbij_desktop.ui.prepare.rounds_page import RoundsPage
from erbij_desktop.ui.prepare.tables_page import TablesModel, TablesPage

if TYPE_CHECKING:
    from conftest import Keyboard


def open_rounds(page: PreparePage) -> RoundsPage:
    page.show_section(4)
    section = page.editor(4)
    assert isinstance(section, RoundsPage)
    return section


def open_tables(page: PreparePage) -> TablesPage:
    page.show_section(5)
    section = page.editor(5)
    assert isinstance(section, TablesPage)
    return section


def test_add_rounds_by_keyboard(page: PreparePage, kb: Keyboard, event: Event, fresh: Session) -> None:
    section = open_rounds(page)
    title = section.findChild(QLineEdit, "roundAddTitle")
    question = section.findChild(QLineEdit, "roundAddQuestion")
    kb.type(title, "Eenzaamheid signaleren")
    kb.type(question, "Wat doe je om eenzaamheid te signaleren?")
    kb.press(question, Qt.Key.Key_Return)
    kb.type(title, "Interventies")
    kb.type(question, "Welke interventies zet je in?")
    minutes = section.findChild(QSpinBox, "roundAddMinutes")
    minutes.setValue(45)
    kb.press(title, Qt.Key.Key_Return)
    stored = rounds(fresh, get_event(fresh, event.id))
    assert [(r.title, r.question, r.planned_minutes) for r in stored] == [
        ("Eenzaamheid signaleren", "Wat doe je om eenzaamheid te signaleren?", 30),
        ("Interventies", "Welke interventies zet je in?", 45),
    ]
    assert title.text() == "" and title.hasFocus()
    assert section.findChild(QLineEdit, "roundTitle").text() == "Interventies"


def test_round_without_question_or_with_bad_minutes_is_refused_at_the_field(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    section = open_rounds(page)
    title = section.findChild(QLineEdit, "roundAddTitle")
    kb.type(title, "Zonder vraag")
    kb.press(title, Qt.Key.Key_Return)
    question = section.findChild(QLineEdit, "roundAddQuestion")
    assert question.property("invalid") is True
    assert rounds(fresh, get_event(fresh, event.id)) == []
    add_round(session, event, "Ronde", "Vraag?")
    session.commit()  # the test owns the session; the page reads on its own connection
    section.reload()
    minutes = section.findChild(QSpinBox, "roundMinutes")
    minutes.setFocus()
    kb.press(minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type(minutes, "95")
    kb.press(minutes, Qt.Key.Key_Return)
    error = section.findChild(QLabel, "roundMinutesError")
    assert error.isVisible() and "5 en 90" in error.text()
    assert rounds(fresh, get_event(fresh, event.id))[0].planned_minutes == 30


def test_round_links_to_a_roundtable_item(
    page: PreparePage, session: Session, event: Event, fresh: Session
) -> None:
    item = add_programme_item(session, event, "Rondetafelgesprek", kind=ProgrammeKind.ROUNDTABLE)
    add_programme_item(session, event, "Lezing", kind=ProgrammeKind.TALK)
    add_round(session, event, "Ronde", "Vraag?")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_rounds(page)
    combo = section.findChild(QComboBox, "roundProgrammeItem")
    assert [combo.itemText(i) for i in range(combo.count())] == ["(geen)", "Rondetafelgesprek"]
    combo.setCurrentIndex(1)
    assert rounds(fresh, get_event(fresh, event.id))[0].programme_item_id == item.id


def test_aantal_tafels_sets_the_number_and_enter_twice_changes_nothing(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    """Issue 16, item 8: the count sets how many tables there are (it added: Enter twice doubled them)."""
    section = open_tables(page)
    count = section.findChild(QSpinBox, "tableCount")
    assert count.value() == 12
    button = section.findChild(QPushButton, "tableAddMany")
    assert button.text() == "Naar 12 tafels"
    count.setFocus()
    kb.press(count, Qt.Key.Key_Return)
    kb.press(count, Qt.Key.Key_Return)

    def names() -> list[str]:
        fresh.expire_all()
        return [t.name for t in tables(fresh, get_event(fresh, event.id))]

    assert names() == [f"Tafel {n}" for n in range(1, 13)]
    assert not button.isEnabled()  # already twelve
    count.setValue(15)
    button.click()
    assert len(names()) == 15 and section.model.rowCount() == 15
    count.setValue(13)
    button.click()
    assert names() == [f"Tafel {n}" for n in range(1, 14)]


def test_fewer_tables_never_removes_one_with_contributions(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    from erbij_desktop.domain.contributions import add_contribution

    made = add_tables(session, event, 3)
    first_round = add_round(session, event, "Ronde 1", "Wat werkt?")
    add_contribution(session, first_round.id, "Gezegd aan tafel 3", table_id=made[2].id)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_tables(page)
    count = section.findChild(QSpinBox, "tableCount")
    assert count.value() == 3  # the count shows how many there are
    count.setValue(2)
    section.findChild(QPushButton, "tableAddMany").click()
    assert "Tafel 3 heeft al bijdragen" in section.count_row.error
    assert [t.name for t in tables(fresh, get_event(fresh, event.id))] == ["Tafel 1", "Tafel 2", "Tafel 3"]


def test_rename_and_host_in_place(page: PreparePage, session: Session, event: Event, fresh: Session) -> None:
    add_tables(session, event, 2)
    ensure_person(session, event, "Anouk Verbeek")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_tables(page)
    model = section.model
    assert model.setData(model.index(0, TablesModel.HOST), "anouk verbeek")
    assert model.setData(model.index(1, TablesModel.HOST), "Bas Kramer")  # a new person
    assert not model.setData(model.index(1, TablesModel.NAME), "tafel 1")
    assert section.findChild(QLabel, "tableListError").isVisible()
    assert model.setData(model.index(1, TablesModel.NAME), "Bij het raam")
    stored = tables(fresh, get_event(fresh, event.id))
    assert [(t.name, t.host.name if t.host else None) for t in stored] == [
        ("Tafel 1", "Anouk Verbeek"),
        ("Bij het raam", "Bas Kramer"),
    ]
    assert sorted(p.name for p in people(fresh, get_event(fresh, event.id))) == [
        "Anouk Verbeek",
        "Bas Kramer",
    ]


def test_host_typed_in_the_cell_editor(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session, qtbot: QtBot
) -> None:
    add_tables(session, event, 1)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_tables(page)
    view = section.view
    view.select_row(0, TablesModel.HOST)
    view.setFocus()
    kb.press(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    kb.type(editor, "Fatima Ouali")
    kb.press(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: section.model.data(section.model.index(0, TablesModel.HOST)) == "Fatima Ouali")
    host = tables(fresh, get_event(fresh, event.id))[0].host
    assert host is not None and host.name == "Fatima Ouali"


def test_round_and_table_models_pass_the_model_tester(
    qtmodeltester: ModelTester, demo_event: Event, db: Database, qtbot
) -> None:
    page = PreparePage(open_context(Workspace(db, demo_event.id)))
    qtbot.addWidget(page)
    page.show_section(4)
    rounds_page = page.editor(4)
    assert isinstance(rounds_page, RoundsPage)
    assert rounds_page.list.model.rowCount() == 2
    qtmodeltester.check(rounds_page.list.model)
    page.show_section(5)
    tables_page = page.editor(5)
    assert isinstance(tables_page, TablesPage)
    assert tables_page.model.rowCount() > 0
    qtmodeltester.check(tables_page.model)


def test_tab_follows_the_visual_order_of_the_add_row(page: PreparePage, kb: Keyboard) -> None:
    """Issue 16, item 8: Tab went from the add fields to the list and the minutes box came last."""
    section = open_rounds(page)
    title = section.findChild(QLineEdit, "roundAddTitle")
    title.setFocus()
    visited = []
    for _ in range(4):
        kb.press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while widget is not None and not widget.objectName().startswith("round"):
            widget = widget.parentWidget()  # the spin box's own line edit
        visited.append(widget.objectName() if widget is not None else "")
    assert visited == ["roundAddQuestion", "roundAddMinutes", "roundAddButton", "roundList"]


def test_enter_in_the_minutes_box_adds_the_round(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    """Issue 16, item 8: Enter in a number box of an add row did nothing."""
    section = open_rounds(page)
    kb.type(section.findChild(QLineEdit, "roundAddTitle"), "Signaleren")
    kb.type(section.findChild(QLineEdit, "roundAddQuestion"), "Wat zie je?")
    minutes = section.findChild(QSpinBox, "roundAddMinutes")
    minutes.setFocus()
    minutes.lineEdit().selectAll()
    kb.type(minutes.lineEdit(), "25")
    kb.press(minutes.lineEdit(), Qt.Key.Key_Return)
    made = rounds(fresh, get_event(fresh, event.id))
    assert [(r.title, r.planned_minutes) for r in made] == [("Signaleren", 25)]


def test_the_rounds_page_explains_rounds_under_one_programme_item(page: PreparePage) -> None:
    """Issue 16, item 6: the relation between rounds and programme items is said on the page."""
    section = open_rounds(page)
    note = section.findChild(QLabel, "roundRelationNote")
    assert note is not None and "eigen begintijd" in note.text()


def test_a_question_cut_short_by_a_narrow_pane_shows_whole_as_a_tooltip(
    page: PreparePage, session: Session, event: Event
) -> None:
    """Issue 16, item 8: no text clipped without a way to read it."""
    from erbij_desktop.ui.widgets.record_view import elided_text

    question = "Wat doe je om eenzaamheid bij ouderen in de wijk vroeg te signaleren?"
    add_round(session, event, "Signaleren", question)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_rounds(page)
    view = section.list.view
    column = next(c for c in range(view.model().columnCount()) if view.model().index(0, c).data() == question)
    view.horizontalHeader().setSectionResizeMode(column, view.horizontalHeader().ResizeMode.Interactive)
    view.setColumnWidth(column, 80)
    assert elided_text(view, view.model().index(0, column)) == question
    view.setColumnWidth(column, 2000)
    assert elided_text(view, view.model().index(0, column)) == ""
