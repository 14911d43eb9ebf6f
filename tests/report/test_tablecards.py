"""Table materials of the demo event: a tent card and host sheet per table."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.report.tablecards import render_tablecards, write_tablecards


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
    result = pages(render_tablecards(session, demo_event))
    tables, rounds = list(demo_event.tables), list(demo_event.rounds)
    per_table = 1 + len(rounds)  # tent card, then one host page per round
    assert len(result) == len(tables) * per_table
    for index, table in enumerate(tables):
        card = result[index * per_table]
        width, height, text = card
        assert width > height  # A4 landscape, folded in half
        assert text.count(table.name) == 2  # once per half of the tent
        for round_ in rounds:
            assert text.count(round_.question) == 2
        host_pages = result[index * per_table + 1 : (index + 1) * per_table]
        host_text = " ".join(text for _w, _h, text in host_pages)
        assert all(w < h for w, h, _t in host_pages)  # host sheets are portrait
        assert table.name in host_text
        assert table.host is not None and table.host.name in host_text
        for round_ in rounds:
            assert round_.question in host_text


def test_holds_every_question_table_host_and_planned_time(session: Session, demo_event: Event) -> None:
    text = " ".join(t for _w, _h, t in pages(render_tablecards(session, demo_event)))
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
