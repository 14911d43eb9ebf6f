"""Section Verslag: long texts save on leaving and after a pause; headline, language, status, logo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ReportLanguage, ReportStatus
from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.quotes import add_quote
from erbij_desktop.ui.prepare.page import PreparePage
from erbij_desktop.ui.prepare.report_form import ReportForm
from erbij_desktop.ui.widgets import text_area

if TYPE_CHECKING:
    from conftest import Keyboard


def open_report(page: PreparePage) -> ReportForm:
    page.show_section(1)
    form = page.editor(1)
    assert isinstance(form, ReportForm)
    return form


def test_lead_is_saved_when_leaving_the_field(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    form = open_report(page)
    lead = form.findChild(QPlainTextEdit, "reportLead")
    kb.type(lead, "Op 20 februari vond de praktijktafel plaats. Cliënten vertelden.")
    assert get_event(fresh, event.id).lead == ""  # still typing
    kb.press(lead, Qt.Key.Key_Tab)  # Tab leaves the field (no tab character)
    fresh.expire_all()
    assert (
        get_event(fresh, event.id).lead == "Op 20 februari vond de praktijktafel plaats. Cliënten vertelden."
    )
    assert not lead.hasFocus()


def test_text_is_saved_after_a_pause_in_typing(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session, qtbot: QtBot, monkeypatch
) -> None:
    form = open_report(page)
    conclusion = form.findChild(QPlainTextEdit, "reportConclusion")
    kb.type(conclusion, "En-en, niet of-of.")
    assert conclusion.hasFocus()
    qtbot.waitUntil(lambda: not conclusion.pending, timeout=text_area.IDLE_MS + 2000)
    assert get_event(fresh, event.id).conclusion == "En-en, niet of-of."


def test_switching_section_saves_what_was_typed(
    page: PreparePage, kb: Keyboard, event: Event, fresh: Session
) -> None:
    form = open_report(page)
    kb.type(form.findChild(QLineEdit, "reportBackgroundHeading"), "Eenzaamheid in Nederland")
    page.show_section(0)
    assert get_event(fresh, event.id).background_heading == "Eenzaamheid in Nederland"


def test_headline_language_status_and_dates(
    page: PreparePage, kb: Keyboard, session: Session, event: Event, fresh: Session
) -> None:
    add_quote(session, event, "Eenzaamheid is van ons allemaal")
    wanted = add_quote(session, event, "Het begint bij begrijpen")
    session.commit()  # the test owns the session; the page reads on its own connection
    form = open_report(page)
    headline = form.findChild(QComboBox, "reportHeadline")
    assert headline.count() == 3 and headline.currentIndex() == 0
    headline.setCurrentIndex(2)
    headline.activated.emit(2)
    form.findChild(QComboBox, "reportLanguage").setCurrentIndex(1)
    form.findChild(QComboBox, "reportStatus").setCurrentIndex(1)
    kb.replace(form.findChild(QLineEdit, "reportPublishedText"), "27-02-2018")
    kb.replace(form.findChild(QLineEdit, "reportModifiedText"), "31-02-2018")
    assert "datum" in form.findChild(QLabel, "reportModifiedError").text()
    stored = get_event(fresh, event.id)
    assert stored.headline_quote is not None and stored.headline_quote.id == wanted.id
    assert (stored.report_language, stored.report_status) == (ReportLanguage.EN, ReportStatus.FINAL)
    assert (stored.published_on, stored.modified_on) == (dt.date(2018, 2, 27), None)


def test_logo_is_checked_and_stored(page: PreparePage, event: Event, fresh: Session, tmp_path: Path) -> None:
    form = open_report(page)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("geen plaatje")
    form.load_logo_file(str(not_an_image))
    assert "PNG" in form.logo_row.error
    assert get_event(fresh, event.id).logo is None
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    real = tmp_path / "echt.png"
    assert image.save(str(real))
    form.load_logo_file(str(real))
    assert form.logo_row.error == ""
    fresh.expire_all()
    stored = get_event(fresh, event.id)
    assert stored.logo == real.read_bytes() and stored.logo_mime == "image/png"
    remove = form.findChild(QPushButton, "reportLogoRemove")
    assert remove.isEnabled()
    remove.click()
    fresh.expire_all()
    assert get_event(fresh, event.id).logo is None
