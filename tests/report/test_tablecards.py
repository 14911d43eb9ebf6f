"""Table materials of the demo event: a tent card and host sheets per table, as two documents."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ReportLanguage
from erbij_desktop.domain.events import update_event
from erbij_desktop.domain.models import Event
from erbij_desktop.report.tablecards import (
    render_host_sheets,
    render_tablecards,
    write_host_sheets,
    write_tablecards,
)


def pages(data: bytes) -> list[tuple[float, float, str]]:
    """(width, height, text with whitespace collapsed) per page."""
    reader = PdfReader(io.BytesIO(data))
    return [
        (
            float(page.mediabox.width),
            float(page.mediabox.height),
            " ".join((page.extract_text() or "").split()),
        )
        for page in reader.pages
    ]


def test_every_table_gets_a_tent_card_and_host_sheets(session: Session, demo_event: Event) -> None:
    cards = pages(render_tablecards(session, demo_event))
    sheets = pages(render_host_sheets(session, demo_event))
    tables, rounds = list(demo_event.tables), list(demo_event.rounds)
    assert len(cards) == len(tables)  # one landscape card per table, nothing else in that document
    assert len(sheets) == len(tables) * len(rounds)  # one portrait host page per round
    for index, table in enumerate(tables):
        width, height, text = cards[index]
        assert width > height  # A4 landscape, folded in half
        assert text.count(table.name) == 2  # once per half of the tent
        for round_ in rounds:
            assert text.count(round_.question) == 2
        host_pages = sheets[index * len(rounds) : (index + 1) * len(rounds)]
        host_text = " ".join(text for _w, _h, text in host_pages)
        assert all(w < h for w, h, _t in host_pages)  # host sheets are portrait
        assert table.name in host_text
        assert table.host is not None and table.host.name in host_text
        for round_ in rounds:
            assert round_.question in host_text


def test_holds_every_question_table_host_and_planned_time(session: Session, demo_event: Event) -> None:
    text = " ".join(t for _w, _h, t in pages(render_host_sheets(session, demo_event)))
    for round_ in demo_event.rounds:
        assert round_.question in text
        item = round_.programme_item
        assert item is not None and item.planned_start is not None
        assert f"vanaf {item.planned_start:%H:%M}" in text
    for table in demo_event.tables:
        assert table.name in text
        assert table.host is not None and table.host.name in text


def test_upper_half_is_printed_upside_down(session: Session, demo_event: Event) -> None:
    """The first page's content stream turns the coordinate system 180° for the top half."""
    reader = PdfReader(io.BytesIO(render_tablecards(session, demo_event)))
    stream = reader.pages[0].get_contents()
    assert stream is not None
    assert b"-1 0 0 -1" in stream.get_data() or b"-1 1.224647e-16" in stream.get_data()


def test_markup_in_names_prints_literally(session: Session, demo_event: Event) -> None:
    demo_event.tables[0].name = "Tafel <i>één</i> & co"
    session.commit()
    text = " ".join(t for _w, _h, t in pages(render_tablecards(session, demo_event)))
    assert "Tafel <i>één</i> & co" in text


def test_an_event_without_tables(session: Session) -> None:
    event = Event(title="Zonder tafels")
    session.add(event)
    session.commit()
    result = pages(render_tablecards(session, event))
    assert len(result) == 1
    assert "Nog geen tafels" in result[0][2]


def test_write_tablecards(session: Session, demo_event: Event, tmp_path: Path) -> None:
    target = write_tablecards(session, demo_event, tmp_path / "tafels.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    sheets = write_host_sheets(session, demo_event, tmp_path / "gespreksbladen.pdf")
    assert sheets.read_bytes().startswith(b"%PDF")


def _ink_near_the_edge(data: bytes, tmp_path: Path, name: str) -> list[int]:
    """Pages with anything darker than white within 5 mm of the paper's edge (pdftoppm, 72 dpi)."""
    import shutil
    import subprocess

    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.fail("pdftoppm is needed (Debian: apt-get install poppler-utils; .ci/run installs it)")
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(data)
    subprocess.run([tool, "-r", "72", "-png", str(source), str(tmp_path / name)], check=True, timeout=120)
    edge = round(5 / 25.4 * 72)
    inked = []
    for number, png in enumerate(sorted(tmp_path.glob(f"{name}-*.png"))):
        image = Image.open(png).convert("L")
        width, height = image.size
        strips = [(0, 0, width, edge), (0, height - edge, width, height), (0, 0, edge, height),
                  (width - edge, 0, width, height)]  # fmt: skip
        if any(image.crop(box).getextrema()[0] < 250 for box in strips):
            inked.append(number)
    return inked


def test_nothing_is_printed_within_5_mm_of_the_edge(
    session: Session, demo_event: Event, tmp_path: Path
) -> None:
    from erbij_desktop.report.runsheet import render_runsheet

    assert _ink_near_the_edge(render_tablecards(session, demo_event), tmp_path, "cards") == []
    assert _ink_near_the_edge(render_host_sheets(session, demo_event), tmp_path, "sheets") == []
    assert _ink_near_the_edge(render_runsheet(session, demo_event), tmp_path, "runsheet") == []


def test_papers_speak_the_events_language_and_say_who_made_them(session: Session, demo_event: Event) -> None:
    from erbij_desktop.report.runsheet import render_runsheet

    for render in (render_tablecards, render_host_sheets, render_runsheet):
        reader = PdfReader(io.BytesIO(render(session, demo_event)))
        assert reader.trailer["/Root"]["/Lang"] == "nl"
        assert reader.metadata is not None and reader.metadata.author == "Coalitie Erbij, ministerie van VWS"
    update_event(session, demo_event, report_language=ReportLanguage.EN)
    sheets = " ".join(t for _w, _h, t in pages(render_host_sheets(session, demo_event)))
    assert "HOST'S CONVERSATION SHEET" in sheets and "from 11:15" in sheets and "30 minutes" in sheets
    assert "Only write a name down if the person agrees" in sheets and "vanaf" not in sheets
    cards = " ".join(t for _w, _h, t in pages(render_tablecards(session, demo_event)))
    assert "ROUND 1 · EENZAAMHEID SIGNALEREN" in cards and "fold" in cards
    runsheet = " ".join(t for _w, _h, t in pages(render_runsheet(session, demo_event)))
    for english in ("RUN SHEET", "Programme", "Time", "On stage", "Rounds", "Tables and hosts", "page 1 of"):
        assert english in runsheet, english
    for dutch in ("Dagvoorzitter", "minuten", "pagina", "Tijd", "Rondes", "Einde programma"):
        assert dutch not in runsheet, dutch
    reader = PdfReader(io.BytesIO(render_runsheet(session, demo_event)))
    assert reader.trailer["/Root"]["/Lang"] == "en"
