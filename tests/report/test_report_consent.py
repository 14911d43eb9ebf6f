"""Consent: a person who did not consent is named in no export, yet their words remain."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from report_helpers import pdf_text, squash
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event, Person
from erbij_desktop.domain.people import find_person, update_person
from erbij_desktop.domain.photos import update_photo
from erbij_desktop.domain.quotes import add_quote
from erbij_desktop.report.article import render_report
from erbij_desktop.report.csv_export import render_csv, write_csv
from erbij_desktop.report.docx_article import render_docx
from erbij_desktop.report.html_article import render_html

TOL_QUOTE = (
    "Ik volgde een opleiding tot coach en nu heb ik mijn eigen bedrijf waarin ik met behulp van honden "
    "mensen coach. Ik ben volledig uit de WAO."
)
HER_NAME = re.compile(r"\bRicky\b|\bTol\b")


@pytest.fixture
def ricky(session: Session, demo_event: Event) -> Person:
    person = find_person(session, demo_event, "Ricky Tol")
    assert person is not None and person.consent_to_name
    update_person(session, person, consent_to_name=False)
    return person


def _her_own_quote(session: Session, event: Event, ricky: Person) -> None:
    """A quote of hers that no narrative carries: it stands apart, attributed."""
    item = next(i for i in event.programme if i.heading == "Hoopvolle verhalen")
    add_quote(session, event, "Honden helpen mensen weer naar buiten.", speaker=ricky, programme_item=item)


def test_pdf_and_appendix_never_name_her_but_keep_her_quote(
    session: Session, demo_event: Event, ricky: Person
) -> None:
    _her_own_quote(session, demo_event, ricky)
    for appendix in (False, True):
        text = pdf_text(render_report(session, demo_event, appendix=appendix))
        assert HER_NAME.search(text) is None, HER_NAME.search(text)
        assert squash(TOL_QUOTE) in text
        # Her words are attributed to her role, in the narrative and under a quote set apart.
        assert squash("Een ervaringsdeskundige kwam na een burn-out in de WAO terecht.") in text
        assert squash("dat was voor de ervaringsdeskundige een wake-up call") in text
        assert "‘Honden helpen mensen weer naar buiten.’ — een ervaringsdeskundige" in text
        # The photo of the three interviewees stays, its caption no longer names her.
        assert "V.l.n.r.: Mieke Kreun, Ahmed el Mesri en een ervaringsdeskundige" in text


def test_csv_never_names_her(session: Session, demo_event: Event, ricky: Person, tmp_path: Path) -> None:
    rick_contribution = demo_event.contributions[0]
    rick_contribution.person = ricky
    rick_contribution.text = "Ricky Tol vertelt over haar honden; Tol is er trots op."
    session.commit()
    target = tmp_path / "bijdragen.csv"
    write_csv(session, demo_event, target)
    raw = target.read_bytes().decode("utf-8-sig")
    assert HER_NAME.search(raw) is None
    rows = list(csv.reader(io.StringIO(raw), delimiter=";"))
    row = next(r for r in rows if "honden" in r[3])
    assert (
        row[3] == "Een ervaringsdeskundige vertelt over haar honden; de ervaringsdeskundige is er trots op."
    )
    assert row[5] == ""  # the "persoon" column stays empty without consent


def test_consented_people_are_named(session: Session, demo_event: Event) -> None:
    ricky = find_person(session, demo_event, "Ricky Tol")
    assert ricky is not None
    _her_own_quote(session, demo_event, ricky)
    text = pdf_text(render_report(session, demo_event))
    assert squash("Ricky Tol kwam na een burn-out") in text
    assert "— Ricky Tol" in text
    assert "Ricky Tol" not in render_csv(session, demo_event).decode("utf-8-sig")  # no contribution of hers


def test_photo_without_consent_is_left_out(session: Session, demo_event: Event) -> None:
    photo = next(p for p in demo_event.photos if p.caption.startswith("V.l.n.r."))
    update_photo(session, photo, consent=False)
    text = pdf_text(render_report(session, demo_event))
    assert "V.l.n.r." not in text
    assert text.count("Illustratie: Erbij Desktop (demo)") == len(demo_event.photos) - 1


def test_table_hosts_without_consent_are_not_named_in_the_appendix(
    session: Session, demo_event: Event
) -> None:
    hosts = [t.host for t in demo_event.tables if t.host is not None]
    assert hosts and not any(h.consent_to_name for h in hosts)
    text = pdf_text(render_report(session, demo_event, appendix=True))
    assert "Tafel 1" in text
    for host in hosts:
        assert host.name not in text
    update_person(session, hosts[0], consent_to_name=True)
    text = pdf_text(render_report(session, demo_event, appendix=True))
    assert f"Gespreksleider: {hosts[0].name}" in text


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    parts += [
        d.get("descr", "") + " " + d.get("title", "") for d in document.element.body.iter(qn("wp:docPr"))
    ]
    properties = document.core_properties
    parts += [properties.title or "", properties.author or "", properties.subject or ""]
    return "\n".join(parts)


def _html_text(data: bytes) -> str:
    return html.unescape(data.decode("utf-8"))


@pytest.mark.parametrize("appendix", [False, True])
def test_html_and_docx_never_name_her_but_keep_her_quote(
    session: Session, demo_event: Event, ricky: Person, appendix: bool
) -> None:
    _her_own_quote(session, demo_event, ricky)
    for text in (
        _html_text(render_html(session, demo_event, appendix=appendix)),
        _docx_text(render_docx(session, demo_event, appendix=appendix)),
    ):
        assert HER_NAME.search(text) is None, HER_NAME.search(text)
        assert TOL_QUOTE in text
        assert "Een ervaringsdeskundige kwam na een burn-out in de WAO terecht." in text
        assert "— een ervaringsdeskundige" in text
        assert "V.l.n.r.: Mieke Kreun, Ahmed el Mesri en een ervaringsdeskundige" in text


def test_html_and_docx_leave_out_a_photo_without_consent(session: Session, demo_event: Event) -> None:
    photo = next(p for p in demo_event.photos if p.caption.startswith("V.l.n.r."))
    update_photo(session, photo, consent=False)
    html_text = _html_text(render_html(session, demo_event))
    docx = Document(io.BytesIO(render_docx(session, demo_event)))
    assert "V.l.n.r." not in html_text and photo.alt_text not in html_text
    assert html_text.count("<img ") == len(demo_event.photos) - 1
    alts = [d.get("descr") for d in docx.element.body.iter(qn("wp:docPr"))]
    assert len(alts) == len(demo_event.photos) - 1 and photo.alt_text not in alts
    assert "V.l.n.r." not in _docx_text(render_docx(session, demo_event))
