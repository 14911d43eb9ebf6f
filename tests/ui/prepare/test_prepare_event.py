"""Section Evenement: typing persists at once; refused input is marked at the field and not stored."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import people
from erbij_desktop.ui.prepare.page import PreparePage

if TYPE_CHECKING:
    from conftest import Keyboard


def field(page: PreparePage, name: str) -> QLineEdit:
    widget = page.findChild(QLineEdit, name)
    assert widget is not None, name
    return widget


def error(page: PreparePage, name: str) -> str:
    label = page.findChild(QLabel, f"{name}Error")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_fields_persist_as_you_type_them(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session, qtbot: QtBot
) -> None:
    saves: list[None] = []
    page.context.signals.changed.connect(lambda _cs: saves.append(None))
    kb.replace(field(page, "eventTitle"), "Praktijktafel Samen tegen eenzaamheid")
    kb.replace(field(page, "eventDateText"), "21-2-2018")
    kb.replace(field(page, "eventStart"), "9.45")
    kb.replace(field(page, "eventEnd"), "1230")
    kb.replace(field(page, "eventVenue"), "Jaarbeurs")
    kb.replace(field(page, "eventCity"), "Utrecht")
    kb.replace(field(page, "eventChair"), "Pieter Hilhorst")
    expected = page.findChild(QSpinBox, "eventAttendanceExpected")
    expected.setFocus()
    QTest.keyClick(expected, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(expected, "120")
    QTest.keyClick(expected, Qt.Key.Key_Return)
    stored = get_event(fresh, event.id)
    assert stored.title == "Praktijktafel Samen tegen eenzaamheid"
    assert stored.event_date == dt.date(2018, 2, 21)
    assert (stored.start_time, stored.end_time) == (dt.time(9, 45), dt.time(12, 30))
    assert (stored.venue, stored.city) == ("Jaarbeurs", "Utrecht")
    assert stored.chair is not None and stored.chair.name == "Pieter Hilhorst"
    assert stored.attendance_expected == 120
    assert len(saves) == 8
    assert field(page, "eventStart").text() == "09:45"  # shown the canonical way


def test_empty_title_is_marked_at_the_field_and_not_stored(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    title = field(page, "eventTitle")
    kb.replace(title, "   ")
    assert "titel" in error(page, "eventTitle")
    assert title.property("invalid") is True
    assert get_event(fresh, event.id).title == "Praktijktafel Samen"
    kb.replace(title, "Nieuwe titel")
    assert error(page, "eventTitle") == ""
    assert title.property("invalid") is False
    fresh.expire_all()
    assert get_event(fresh, event.id).title == "Nieuwe titel"


def test_inconsistent_and_unreadable_times_are_marked(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    kb.replace(field(page, "eventEnd"), "09:00")
    assert "eindtijd" in error(page, "eventEnd").lower()
    kb.replace(field(page, "eventStart"), "25:00")
    assert "09:30" in error(page, "eventStart")
    stored = get_event(fresh, event.id)
    assert (stored.start_time, stored.end_time) == (dt.time(9, 30), None)


def test_chair_typed_with_other_case_is_the_same_person(
    page: PreparePage, kb: Keyboard, event: Event, session: Session, fresh: Session
) -> None:
    kb.replace(field(page, "eventChair"), "Pieter Hilhorst")
    kb.replace(field(page, "eventChair"), "pieter   HILHORST")
    assert [p.name for p in people(fresh, get_event(fresh, event.id))] == ["Pieter Hilhorst"]


def test_organisers_in_order_without_duplicates(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    entry = field(page, "eventOrganisersAdd")
    for name in ("ministerie van VWS", "Coalitie Erbij", "coalitie  erbij"):
        kb.type(entry, name)
        QTest.keyClick(entry, Qt.Key.Key_Return)
    view = page.findChild(QLineEdit, "eventOrganisersAdd").parent().findChild(object, "eventOrganisersList")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Coalitie Erbij is current
    assert [o.name for o in get_event(fresh, event.id).organisers] == ["Coalitie Erbij", "ministerie van VWS"]


def test_unknown_attendance_is_none(page: PreparePage, kb: Keyboard, event: Event, fresh: Session) -> None:
    box = page.findChild(QSpinBox, "eventAttendanceActual")
    assert box.text() == "onbekend"
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Up)
    QTest.keyClick(box, Qt.Key.Key_Up)
    assert get_event(fresh, event.id).attendance_actual == 1
    QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Down)
    fresh.expire_all()
    assert get_event(fresh, event.id).attendance_actual is None


def test_consent_is_asked_where_the_chair_is_entered(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    """Issue 16, item 5: the chair typed here became a person without consent, unseen."""
    from PySide6.QtWidgets import QCheckBox

    box = page.findChild(QCheckBox, "eventChairConsent")
    assert box is not None and not box.isEnabled()  # no chair yet
    kb.replace(field(page, "eventChair"), "Pieter Hilhorst")
    assert box.isEnabled() and not box.isChecked()
    box.click()
    fresh.expire_all()
    chair = get_event(fresh, event.id).chair
    assert chair is not None and chair.name == "Pieter Hilhorst" and chair.consent_to_name
    box.click()
    fresh.expire_all()
    chair = get_event(fresh, event.id).chair
    assert chair is not None and not chair.consent_to_name
