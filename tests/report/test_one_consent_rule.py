"""The one consent rule over every public output: a person without consent is named nowhere.

Jan Tol did not consent. His full name and his first name stand in a programme
item's heading, in the lead and a narrative (running text), as a quote's
speaker and inside a contribution he made. None of the beamer, the report (PDF,
web page, Word, appendix), the CSV or the table tent cards may show either;
the run sheet, an internal paper, names him but marks him.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from report_helpers import pdf_text
from sqlalchemy.orm import Session

from erbij_desktop.app.live_reads import load_snapshot
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.contributions import add_contribution, set_hidden, set_highlight
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event, update_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import ensure_organisation, ensure_person
from erbij_desktop.domain.programme import add_programme_item, set_people_on_stage
from erbij_desktop.domain.quotes import add_quote
from erbij_desktop.domain.rounds import add_round, add_table
from erbij_desktop.report.article import render_report
from erbij_desktop.report.csv_export import render_csv
from erbij_desktop.report.docx_article import render_docx
from erbij_desktop.report.html_article import render_html
from erbij_desktop.report.runsheet import render_runsheet
from erbij_desktop.report.tablecards import render_tablecards
from erbij_desktop.storage.database import Database

NAMED = re.compile(r"\b(Jan|Tol)\b")
HIS_ORGANISATION = "Stichting Buurtkracht"


@pytest.fixture
def event_id(db: Database) -> int:
    with db.transaction() as session:
        return _make_event(session).id


def _make_event(session: Session) -> Event:
    event = create_event(session, "Praktijktafel Buurten", event_date=dt.date(2026, 12, 3))
    own = ensure_organisation(session, event, HIS_ORGANISATION)
    jan = ensure_person(
        session, event, "Jan Tol", role="ervaringsdeskundige", organisation=own, consent_to_name=False
    )
    chair = ensure_person(session, event, "Pieter Hilhorst", role="dagvoorzitter", consent_to_name=True)
    update_event(
        session,
        event,
        lead="Vandaag sprak Jan Tol over zijn buurt. Jan vertelde hoe het begon.",
        chair_id=chair.id,
    )
    interview = add_programme_item(
        session,
        event,
        "Interview met Jan Tol",
        kind=ProgrammeKind.INTERVIEW,
        narrative="Jan woont al dertig jaar in de wijk. Tol kent iedereen.",
    )
    set_people_on_stage(session, interview, [jan, chair])
    add_quote(
        session,
        event,
        "Een buurt is pas een buurt als je elkaar groet.",
        speaker=jan,
        programme_item=interview,
    )
    round_ = add_round(session, event, "Ronde met Jan", "Wat zou Jan Tol anders doen?")
    add_table(session, event, "Tafel 1", host=jan)
    add_contribution(session, round_.id, "Zoals Jan Tol zei: begin klein.", person="Jan Tol")
    session.commit()
    return event


def _beamer_texts(db: Database, event_id: int) -> str:
    snapshot = load_snapshot(Workspace(db, event_id))
    texts = [snapshot.title]
    texts += [f"{r.title} {r.question}" for r in snapshot.rounds]
    texts += [item.heading for item in snapshot.items]
    texts += [name for names in snapshot.stage_names.values() for name in names]
    return "\n".join(texts)


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", " ", xml)


def test_a_person_without_consent_is_named_in_no_public_output(db: Database, event_id: int) -> None:
    with db.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None
        outputs = {
            "beamer": _beamer_texts(db, event_id),
            "report": pdf_text(render_report(session, event)),
            "appendix": pdf_text(render_report(session, event, appendix=True)),
            "html": render_html(session, event, appendix=True).decode("utf-8"),
            "docx": _docx_text(render_docx(session, event, appendix=True)),
            "csv": render_csv(session, event).decode("utf-8-sig"),
            "tent cards": pdf_text(render_tablecards(session, event)),
        }
    for name, text in outputs.items():
        assert not NAMED.search(text), f"{name} names him: {NAMED.search(text)}"
    # What stands in his place is his role, as in the report: the beamer matches the article.
    assert "Interview met een ervaringsdeskundige" in outputs["beamer"]
    assert "ervaringsdeskundige" in outputs["beamer"]
    assert "Interview met een ervaringsdeskundige" in outputs["report"]
    # His own organisation, filled in from him, is not printed beside his words.
    assert HIS_ORGANISATION not in outputs["csv"]
    # The consenting chair is named, once, not as "Dagvoorzitter: een dagvoorzitter".
    assert "Pieter Hilhorst" in outputs["report"]
    assert "een dagvoorzitter" not in outputs["report"].lower()


def test_the_run_sheet_names_him_but_marks_him(db: Database, event_id: int) -> None:
    with db.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None
        text = pdf_text(render_runsheet(session, event))
    flat = " ".join(text.split())
    assert "Jan Tol" in flat
    assert "niet noemen in verslag" in flat
    assert flat.count("niet noemen in verslag") >= 2  # on stage and as the table's host
    assert "Pieter Hilhorst (niet noemen" not in flat  # the chair consented


def test_a_chair_without_consent_is_not_printed_as_a_role_beside_the_role(
    db: Database, event_id: int
) -> None:
    with db.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None and event.chair is not None
        event.chair.consent_to_name = False
        session.commit()
        text = pdf_text(render_report(session, event))
    assert "Pieter" not in text and "Hilhorst" not in text
    assert "Dagvoorzitter: een dagvoorzitter" not in " ".join(text.split())


def test_a_hidden_contribution_reaches_no_public_output(db: Database, event_id: int) -> None:
    """Hidden by the facilitator (chosen for the article before): kept in the data, in no export."""
    with db.transaction() as session:
        round_id = session.get(Event, event_id).rounds[0].id  # type: ignore[union-attr]
        shown = add_contribution(session, round_id, "Een gewone bijdrage over de buurt.")
        hidden = add_contribution(session, round_id, "Een verborgen bijdrage met een scheldwoord.")
        for row in (shown, hidden):
            set_highlight(session, row.id, True)
        set_hidden(session, hidden.id, True)
    with db.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None
        outputs = {
            "report": pdf_text(render_report(session, event)),
            "appendix": pdf_text(render_report(session, event, appendix=True)),
            "html": render_html(session, event, appendix=True).decode("utf-8"),
            "docx": _docx_text(render_docx(session, event, appendix=True)),
            "csv": render_csv(session, event).decode("utf-8-sig"),
        }
    for name, text in outputs.items():
        assert "gewone bijdrage" in " ".join(text.split()), name
        assert "verborgen bijdrage" not in " ".join(text.split()), f"{name} shows the hidden contribution"
