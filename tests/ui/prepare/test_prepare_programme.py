"""Section Programma: add by keyboard, reorder (keys, buttons, drop), projected end, refusals at the field."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.figures import key_figures
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.programme import add_programme_item, programme_items
from erbij_desktop.domain.quotes import quotes
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.events.context import open_context
from erbij_desktop.ui.prepare.page import PreparePage
from erbij_desktop.ui.prepare.programme_model import ProgrammeModel
from erbij_desktop.ui.prepare.programme_page import ProgrammePage
from erbij_desktop.ui.widgets.record_model import ROW_MIME

if TYPE_CHECKING:
    from conftest import Keyboard


def open_programme(page: PreparePage) -> ProgrammePage:
    page.show_section(3)
    editor = page.editor(3)
    assert isinstance(editor, ProgrammePage)
    return editor


def headings(fresh: Session, event: Event) -> list[str]:
    fresh.expire_all()
    return [i.heading for i in programme_items(fresh, get_event(fresh, event.id))]


def add(section: ProgrammePage, kb: Keyboard, heading: str, minutes: int) -> None:
    duration = section.findChild(QSpinBox, "programmeAddDuration")
    duration.setValue(minutes)
    entry = section.findChild(QLineEdit, "programmeAddHeading")
    kb.type(entry, heading)
    kb.press(entry, Qt.Key.Key_Return)


def projected(section: ProgrammePage) -> str:
    return section.findChild(QLabel, "programmeProjectedEnd").text()


def test_add_items_by_keyboard_and_see_the_projected_end(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    section = open_programme(page)
    assert "leeg" in projected(section)
    add(section, kb, "Opening", 15)
    add(section, kb, "Koplopers in Rotterdam en Amsterdam", 30)
    add(section, kb, "Ervaringsdeskundigen", 25)
    assert headings(fresh, event) == [
        "Opening",
        "Koplopers in Rotterdam en Amsterdam",
        "Ervaringsdeskundigen",
    ]
    assert "10:40" in projected(section)
    model = section.model
    assert model.data(model.index(1, ProgrammeModel.TIME)) == "09:45–10:15"
    assert section.findChild(QLineEdit, "programmeAddHeading").hasFocus()


def test_projected_end_follows_edits_in_the_item_editor(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    for heading in ("Opening", "Lezing"):
        add_programme_item(session, event, heading, duration_minutes=15)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    assert "10:00" in projected(section)
    section.view.select_row(1)
    duration = section.findChild(QSpinBox, "itemDuration")
    duration.setFocus()
    kb.press(duration, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type(duration, "45")
    kb.press(duration, Qt.Key.Key_Return)
    assert "10:30" in projected(section)
    assert section.model.data(section.model.index(1, ProgrammeModel.DURATION)) == "45 min"
    assert programme_items(fresh, get_event(fresh, event.id))[1].duration_minutes == 45


def test_overlapping_start_is_marked_at_the_field_and_not_stored(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    add_programme_item(session, event, "Opening", duration_minutes=30)
    add_programme_item(session, event, "Lezing", duration_minutes=15)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    section.view.select_row(1)
    start = section.findChild(QLineEdit, "itemStart")
    kb.replace(start, "09:45")
    error = section.findChild(QLabel, "itemStartError")
    assert error.isVisible() and "Opening" in error.text() and "10:00" in error.text()
    assert start.property("invalid") is True
    assert programme_items(fresh, get_event(fresh, event.id))[1].planned_start is None
    kb.replace(start, "10:15")
    assert not error.isVisible()
    fresh.expire_all()
    assert programme_items(fresh, get_event(fresh, event.id))[1].planned_start == dt.time(10, 15)
    assert "10:30" in projected(section)


def test_programme_running_past_the_end_time_is_shown(
    page: PreparePage, session: Session, event: Event
) -> None:
    event.end_time = dt.time(10, 0)
    session.commit()
    add_programme_item(session, event, "Lang", duration_minutes=60)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    assert "10:30" in projected(section) and "na de eindtijd" in projected(section)


def test_reorder_with_keys_buttons_and_drop(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    for heading in "ABCD":
        add_programme_item(session, event, heading, duration_minutes=10)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    view = section.view
    view.select_row(3)
    view.setFocus()
    kb.press(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert headings(fresh, event) == ["A", "B", "D", "C"]
    assert view.current_row() == 2
    section.findChild(QPushButton, "programmeUp").click()
    assert headings(fresh, event) == ["A", "D", "B", "C"]
    model = section.model
    data = model.mimeData([model.index(0, 0)])
    assert data.hasFormat(ROW_MIME)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())  # drag A below C
    assert headings(fresh, event) == ["D", "B", "C", "A"]
    assert [model.data(model.index(r, ProgrammeModel.HEADING)) for r in range(4)] == ["D", "B", "C", "A"]
    assert model.data(model.index(3, ProgrammeModel.TIME)) == "10:00–10:10"


def test_kind_people_quotes_and_figures_of_an_item(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    add_programme_item(session, event, "Ervaringsdeskundigen", duration_minutes=25)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    section.view.select_row(0)
    kind = section.findChild(QComboBox, "itemKind")
    kind.setCurrentIndex(kind.findData(ProgrammeKind.INTERVIEW))
    stage = section.findChild(QLineEdit, "itemPeopleAdd")
    for name in ("Pieter Hilhorst", "Ahmed el Mesri"):
        kb.type(stage, name)
        kb.press(stage, Qt.Key.Key_Return)
    text = section.findChild(QLineEdit, "quoteAddText")
    kb.type(text, "‘Dat heeft het lot zo bepaald’")
    kb.type(section.findChild(QLineEdit, "quoteAddSpeaker"), "ahmed EL mesri")
    kb.press(text, Qt.Key.Key_Return)
    kb.type(section.findChild(QLineEdit, "figureAddValue"), "43%")
    kb.type(section.findChild(QLineEdit, "figureAddText"), "van de volwassenen voelt zich wel eens eenzaam")
    kb.press(section.findChild(QLineEdit, "figureAddText"), Qt.Key.Key_Return)
    stored_event = get_event(fresh, event.id)
    item = programme_items(fresh, stored_event)[0]
    assert item.kind is ProgrammeKind.INTERVIEW
    assert [p.name for p in item.people] == ["Pieter Hilhorst", "Ahmed el Mesri"]
    [quote] = quotes(fresh, stored_event)
    assert (quote.text, quote.speaker.name if quote.speaker else None) == (
        "Dat heeft het lot zo bepaald",
        "Ahmed el Mesri",
    )
    assert [(f.value, f.programme_item_id) for f in key_figures(fresh, stored_event)] == [("43%", item.id)]
    assert section.editor.tabText(1) == "Citaten (1)"
    quotes_model = section.editor.quotes.model
    assert quotes_model.setData(
        quotes_model.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    fresh.expire_all()
    assert get_event(fresh, event.id).headline_quote is not None


def test_empty_quote_is_refused_at_its_field(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    add_programme_item(session, event, "Opening")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    section.view.select_row(0)
    text = section.findChild(QLineEdit, "quoteAddText")
    kb.type(text, "  ")
    kb.press(text, Qt.Key.Key_Return)
    assert text.property("invalid") is True
    assert quotes(fresh, get_event(fresh, event.id)) == []


def test_delete_asks_first(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    add_programme_item(session, event, "Weg")
    add_programme_item(session, event, "Blijft")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    section.view.select_row(0)
    section.view.setFocus()
    kb.press(section.view, Qt.Key.Key_Delete)
    box = section.findChild(object, "confirmDialog")
    kb.press(box, Qt.Key.Key_Escape)  # Escape (and Enter) cancel
    assert headings(fresh, event) == ["Weg", "Blijft"]
    kb.press(section.view, Qt.Key.Key_Delete)
    section.findChildren(object, "confirmDialog")[-1].findChild(object, "confirmYes").click()
    assert headings(fresh, event) == ["Blijft"]
    assert section.editor.item is not None and section.editor.item.heading == "Blijft"


def test_programme_models_pass_the_model_tester(
    qtmodeltester: ModelTester, demo_event: Event, db: Database, qtbot
) -> None:
    page = PreparePage(open_context(Workspace(db, demo_event.id)))
    qtbot.addWidget(page)
    section = page.editor(3)
    assert isinstance(section, ProgrammePage)
    section.reload()
    assert section.model.rowCount() > 5
    qtmodeltester.check(section.model)
    for row in range(section.model.rowCount()):
        section.view.select_row(row)
        if section.editor.quotes.model.rowCount() and section.editor.figures.model.rowCount():
            break
    qtmodeltester.check(section.editor.quotes.model)
    qtmodeltester.check(section.editor.figures.model)


def test_a_standing_overlap_shows_in_the_list_and_at_the_start_field(
    page: PreparePage, kb: Keyboard, session: Session, event: Event
) -> None:
    add_programme_item(session, event, "Opening", duration_minutes=30)
    add_programme_item(session, event, "Lezing", planned_start=dt.time(10, 0), duration_minutes=15)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    view = section.view
    assert (
        section.model.data(section.model.index(1, ProgrammeModel.TIME), Qt.ItemDataRole.DecorationRole)
        is None
    )
    event.start_time = dt.time(9, 45)  # the event now starts later: the opening runs until 10:15
    session.commit()
    page.reload()  # stored elsewhere: the page shows what is stored now
    index = section.model.index(1, ProgrammeModel.TIME)
    assert section.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "Opening" in section.model.data(index, Qt.ItemDataRole.ToolTipRole)
    view.select_row(1)
    assert "Opening" in section.editor.start_row.error
    view.select_row(0)
    assert section.editor.start_row.error == ""


def test_a_name_picked_for_the_stage_is_added_and_does_not_stay_for_the_next_item(
    qtbot: QtBot, page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    """Issue 16, item 7: a suggestion picked (by mouse) stayed in the field and went to the next item."""
    from erbij_desktop.domain.people import ensure_person

    first = add_programme_item(session, event, "Lezing", duration_minutes=25)
    add_programme_item(session, event, "Interview", duration_minutes=25)
    ensure_person(session, event, "Pieter Hilhorst")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_programme(page)
    section.view.select_row(0)
    stage = section.findChild(QLineEdit, "itemPeopleAdd")
    kb.type(stage, "Piet")
    completer = stage.completer()
    assert completer.completionCount() == 1
    completer.activated[str].emit(completer.currentCompletion())  # what a click on the suggestion does
    qtbot.waitUntil(lambda: stage.text() == "")
    fresh.expire_all()
    assert [p.name for p in fresh.get(type(first), first.id).people] == ["Pieter Hilhorst"]

    kb.type(stage, "Half getypt")  # typed, then another item chosen without adding
    section.view.select_row(1)
    assert stage.text() == ""
    kb.press(stage, Qt.Key.Key_Return)
    items = programme_items(fresh, get_event(fresh, event.id))
    assert [p.name for p in items[1].people] == []


def test_enter_in_the_kind_and_duration_boxes_adds_the_item(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    """Issue 16, item 8: Enter works in every field of the add row, number and choice boxes too."""
    section = open_programme(page)
    kb.type(section.findChild(QLineEdit, "programmeAddHeading"), "Opening")
    duration = section.findChild(QSpinBox, "programmeAddDuration")
    duration.setFocus()
    kb.press(duration.lineEdit(), Qt.Key.Key_Return)
    kb.type(section.findChild(QLineEdit, "programmeAddHeading"), "Pauze")
    kind = section.findChild(QComboBox, "programmeAddKind")
    kind.setFocus()
    kb.press(kind, Qt.Key.Key_Return)
    assert headings(fresh, event) == ["Opening", "Pauze"]
