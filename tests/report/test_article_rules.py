"""Editorial rules of the article, in every format: nothing empty, nothing invented."""

from __future__ import annotations

import io

from docx import Document
from report_helpers import pdf_text
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event, update_event
from erbij_desktop.domain.figures import add_key_figure
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.rounds import add_round, update_round
from erbij_desktop.report.article import render_report
from erbij_desktop.report.docx_article import render_docx
from erbij_desktop.report.html_article import render_html


def test_a_break_without_text_leaves_no_heading_behind(session: Session) -> None:
    event = create_event(session, "Middag", conclusion="Tot slot.")
    add_programme_item(session, event, "Welkom", kind=ProgrammeKind.OPENING, narrative="Iedereen is er.")
    add_programme_item(session, event, "Koffiepauze", kind=ProgrammeKind.BREAK)
    word = Document(io.BytesIO(render_docx(session, event)))
    for rendered in (
        pdf_text(render_report(session, event)),
        render_html(session, event).decode("utf-8"),
        "\n".join(p.text for p in word.paragraphs),
    ):
        assert "Koffiepauze" not in rendered
        assert "Welkom" in rendered


def test_a_round_without_chosen_contributions_prints_no_lead_in(session: Session) -> None:
    event = create_event(session, "Middag")
    slot = add_programme_item(session, event, "Gesprekken", kind=ProgrammeKind.ROUNDTABLE)
    add_round(session, event, "Signaleren", "Wat doe je?", programme_item=slot, intro="De vraag was")
    text = pdf_text(render_report(session, event))
    assert "De vraag was ‘Wat doe je?’" in text
    assert "Een greep uit de bijdragen" not in text  # nothing to introduce: the Verslag tab says so


def test_a_rounds_own_lead_in_replaces_the_default(session: Session, demo_event: Event) -> None:
    first = demo_event.rounds[0]
    update_round(session, first, selection_intro="Drie voorbeelden:")
    text = pdf_text(render_report(session, demo_event))
    assert "te signaleren?’ Drie voorbeelden:" in text
    assert "Een greep uit de bijdragen" not in text


def test_nothing_invented_no_source_line_without_a_source(session: Session, demo_event: Event) -> None:
    text = pdf_text(render_report(session, demo_event))
    assert "Bron:" not in text and "43%" in text
    item = next(i for i in demo_event.programme if i.heading == "Individualisering en digitalisering")
    add_key_figure(
        session,
        demo_event,
        "600",
        "aandeelhouders in Amsterdam",
        source="gemeente Amsterdam",
        programme_item=item,
    )
    assert "Bron: gemeente Amsterdam" in pdf_text(render_report(session, demo_event))


def test_attendance_as_written_or_as_the_number(session: Session, demo_event: Event) -> None:
    assert "ruim honderd aanwezigen" in pdf_text(render_report(session, demo_event))
    update_event(session, demo_event, attendance_text="")
    text = pdf_text(render_report(session, demo_event))
    assert "100 aanwezigen" in text and "ruim honderd aanwezigen ·" not in text
