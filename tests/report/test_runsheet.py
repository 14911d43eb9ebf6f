"""The run sheet (draaiboek) of the demo event: every question, table, host and planned time."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event, EventTable, Person, Round
from erbij_desktop.domain.schedule import planned_slots
from erbij_desktop.report.runsheet import render_runsheet, write_runsheet


def pdf_text(data: bytes) -> str:
    """All text of the PDF with whitespace collapsed (cells wrap lines anywhere)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.fixture
def runsheet_text(session: Session, demo_event: Event) -> str:
    return pdf_text(render_runsheet(session, demo_event))


def test_holds_every_round_question_and_length(demo_event: Event, runsheet_text: str) -> None:
    assert len(demo_event.rounds) == 2
    for round_ in demo_event.rounds:
        assert round_.question in runsheet_text
        assert f"{round_.planned_minutes} minuten" in runsheet_text


def test_holds_every_table_and_host(demo_event: Event, runsheet_text: str) -> None:
    assert demo_event.tables
    for table in demo_event.tables:
        assert table.name in runsheet_text
        assert table.host is not None and table.host.name in runsheet_text


def test_holds_the_planned_times_durations_and_people_on_stage(demo_event: Event, runsheet_text: str) -> None:
    slots = planned_slots(demo_event.programme, demo_event.start_time)
    for slot in slots:
        assert slot.start is not None
        assert slot.start.strftime("%H:%M") in runsheet_text
        assert f"{slot.item.duration_minutes} min" in runsheet_text
        for person in slot.item.people:
            assert person.name in runsheet_text
    assert "Ervaringsdeskundigen" in runsheet_text
    assert "Einde programma" in runsheet_text
    assert "Notities" in runsheet_text
    assert "dinsdag 20 februari 2018" in runsheet_text


def test_user_text_is_printed_literally(session: Session, demo_event: Event) -> None:
    demo_event.rounds[0].question = "Wat zegt <b>jij</b> & <font name=x>wij</font>?"
    session.commit()
    text = pdf_text(render_runsheet(session, demo_event))
    assert "Wat zegt <b>jij</b> & <font name=x>wij</font>?" in text


def test_an_empty_event_still_prints(session: Session) -> None:
    event = Event(title="Nog leeg")
    session.add(event)
    session.commit()
    text = pdf_text(render_runsheet(session, event))
    assert "Nog leeg" in text
    assert "Er is nog geen programma." in text
    assert "Er zijn nog geen tafels." in text


def test_write_is_atomic_and_readable(session: Session, demo_event: Event, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "draaiboek.pdf"
    written = write_runsheet(session, demo_event, target)
    assert written == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["draaiboek.pdf"]  # no temporary left behind


def test_a_host_without_an_organisation(session: Session, demo_event: Event) -> None:
    host = Person(event=demo_event, name="Şule Yılmaz", name_key="şule yılmaz")
    session.add(host)
    demo_event.tables.append(EventTable(name="Tafel Ğ", host=host))
    demo_event.rounds.append(Round(title="Extra", question="Wat neem je mee?", planned_minutes=10))
    session.commit()
    text = pdf_text(render_runsheet(session, demo_event))
    assert "Şule Yılmaz" in text and "Tafel Ğ" in text and "Wat neem je mee?" in text
