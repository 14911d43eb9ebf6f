"""Section Mensen: add without duplicates, consent persists, refusals under the list, model checks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.modeltest import ModelTester
from sqlalchemy.orm import Session

from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import ensure_organisation, ensure_person, organisations, people
from erbij_desktop.ui.prepare.page import PreparePage
from erbij_desktop.ui.prepare.people_models import PeopleModel
from erbij_desktop.ui.prepare.people_page import PeoplePage

if TYPE_CHECKING:
    from conftest import Keyboard


def open_people(page: PreparePage) -> PeoplePage:
    page.show_section(2)
    editor = page.editor(2)
    assert isinstance(editor, PeoplePage)
    return editor


def names(fresh: Session, event: Event) -> list[str]:
    fresh.expire_all()
    return [p.name for p in people(fresh, get_event(fresh, event.id))]


def test_add_people_and_the_same_name_again_selects_it(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    section = open_people(page)
    entry = section.findChild(QLineEdit, "personAdd")
    for name in ("Mieke Kreun", "Ahmed el Mesri", "Cliënt Één"):
        kb.type(entry, name)
        kb.press(entry, Qt.Key.Key_Return)
    assert names(fresh, event) == ["Ahmed el Mesri", "Cliënt Één", "Mieke Kreun"]
    kb.type(entry, "  mieke   KREUN ")
    kb.press(entry, Qt.Key.Key_Return)
    assert names(fresh, event) == ["Ahmed el Mesri", "Cliënt Één", "Mieke Kreun"]
    notice = section.findChild(QLabel, "peopleNotice")
    assert notice.isVisible() and "Mieke Kreun" in notice.text()
    assert section.person_view.current_row() == section.people_model.row_of(find(section, "Mieke Kreun"))


def find(section: PeoplePage, name: str) -> object:
    return next(p for p in section.people_model.rows if p.name == name)


def test_consent_checkbox_persists(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    ensure_person(session, event, "Ricky Tol")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_people(page)
    view = section.person_view
    view.select_row(0, PeopleModel.CONSENT)
    assert (
        section.people_model.data(view.currentIndex(), Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Unchecked
    )
    view.setFocus()
    kb.press(view, Qt.Key.Key_Space)
    assert people(fresh, get_event(fresh, event.id))[0].consent_to_name is True
    kb.press(view, Qt.Key.Key_Space)
    fresh.expire_all()
    assert people(fresh, get_event(fresh, event.id))[0].consent_to_name is False


def test_rename_to_an_existing_name_is_refused_under_the_list(
    page: PreparePage, session: Session, event: Event, fresh: Session
) -> None:
    ensure_person(session, event, "Gea de Jong")
    ensure_person(session, event, "Ricky Tol")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_people(page)
    model = section.people_model
    assert model.setData(model.index(1, PeopleModel.NAME), "gea de jong") is False
    error = section.findChild(QLabel, "personListError")
    assert error is not None and error.isVisible() and "Gea de Jong" in error.text()
    assert names(fresh, event) == ["Gea de Jong", "Ricky Tol"]
    assert model.setData(model.index(1, PeopleModel.NAME), "Ricky Tol-Visser") is True
    assert not error.isVisible()
    assert names(fresh, event) == ["Gea de Jong", "Ricky Tol-Visser"]


def test_organisation_typed_in_a_cell_is_reused_or_created(
    page: PreparePage, session: Session, event: Event, fresh: Session
) -> None:
    ensure_organisation(session, event, "Vier het Leven")
    ensure_person(session, event, "Mieke Kreun")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_people(page)
    model = section.people_model
    assert model.setData(model.index(0, PeopleModel.ORGANISATION), "vier HET leven")
    assert model.setData(model.index(0, PeopleModel.ROLE), "ervaringsdeskundige")
    stored = people(fresh, get_event(fresh, event.id))[0]
    assert (stored.role, stored.organisation.name if stored.organisation else None) == (
        "ervaringsdeskundige",
        "Vier het Leven",
    )
    assert [o.name for o in organisations(fresh, get_event(fresh, event.id))] == ["Vier het Leven"]
    section.organisations_model.reload()
    assert section.organisations_model.data(section.organisations_model.index(0, 1)) == "1"


def test_delete_person_asks_first(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session, qtbot
) -> None:
    ensure_person(session, event, "Bas Kramer")
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_people(page)
    section.person_view.select_row(0, PeopleModel.NAME)
    section.person_view.setFocus()
    kb.press(section.person_view, Qt.Key.Key_Delete)
    box = section.findChild(object, "confirmDialog")
    assert box is not None and box.isVisible()
    box.findChild(object, "confirmYes").click()
    assert names(fresh, event) == []
    assert section.people_model.rowCount() == 0


def test_people_models_pass_the_model_tester(
    qtmodeltester: ModelTester, page: PreparePage, session: Session, event: Event
) -> None:
    organisation = ensure_organisation(session, event, "Gemeente Huizen")
    ensure_person(session, event, "Anouk Verbeek", role="tafelgastvrouw", organisation=organisation)
    ensure_person(session, event, "Joost van Dam", consent_to_name=True)
    session.commit()  # the test owns the session; the page reads on its own connection
    section = open_people(page)
    qtmodeltester.check(section.people_model)
    qtmodeltester.check(section.organisations_model)
