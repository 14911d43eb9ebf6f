"""The layout an editor signs off: the demo fits three pages and the columns run to their feet."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy.orm import Session
from structure import structure

from erbij_desktop.domain.models import Event
from erbij_desktop.report.article import render_report
from erbij_desktop.report.styles import (
    COLUMN_WIDTH,
    GUTTER,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    TEXT_HEIGHT,
)

MM = 72 / 25.4
# Today's bound; before issue 15 the feet of pages 1-2 stood 37-45 mm empty.
MAX_EMPTY_FOOT_MM = 15.0


def column_feet(data: bytes) -> list[list[float]]:
    """Per page, per column: the empty height (mm) between the lowest content and the column's foot."""
    reader = PdfReader(io.BytesIO(data))
    middle = MARGIN_LEFT + COLUMN_WIDTH + GUTTER / 2
    top = PAGE_HEIGHT - 1
    lowest: list[list[float]] = [[top, top] for _ in reader.pages]
    for number, page in enumerate(reader.pages):

        def visit(text: str, cm: list[float], tm: list[float], *_: object, number: int = number) -> None:
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and y > MARGIN_BOTTOM - 2:  # the running footer sits below the columns
                column = int(x > middle)
                lowest[number][column] = min(lowest[number][column], y - 3)  # descenders

        page.extract_text(visitor_text=visit)
    figures = [e for e in structure(data) if e.role == "Figure"]
    pages = _figure_pages(data)
    for figure, number in zip(figures, pages, strict=True):
        x0, y0 = (float(v) for v in figure.attributes["BBox"][:2])
        column = int(x0 > middle)
        lowest[number][column] = min(lowest[number][column], y0)
    return [[(y - MARGIN_BOTTOM) / MM for y in columns] for columns in lowest]


def _figure_pages(data: bytes) -> list[int]:
    reader = PdfReader(io.BytesIO(data))
    numbers = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    out = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                out.append(numbers[node.raw_get("/Pg").idnum])
            kids = node.get("/K", [])
            for kid in kids if isinstance(kids, list) else [kids]:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return out


def test_the_demo_article_is_three_pages_with_full_columns(session: Session, demo_event: Event) -> None:
    data = render_report(session, demo_event)
    feet = column_feet(data)
    assert len(feet) == 3
    for page, columns in enumerate(feet[:-1], start=1):
        for column, empty in enumerate(columns, start=1):
            assert 0 <= empty <= MAX_EMPTY_FOOT_MM, f"page {page} column {column}: {empty:.1f} mm empty"
    # The last page ends evenly: neither column is much shorter than the other.
    left, right = feet[-1]
    assert abs(left - right) < TEXT_HEIGHT / MM / 3, feet[-1]


def test_narrow_columns_are_hyphenated_by_dutch_rules(session: Session, demo_event: Event) -> None:
    import re

    import pyphen  # a runtime dependency: ReportLab hyphenates with it

    assert "nl_NL" in pyphen.LANGUAGES
    raw = " ".join(
        page.extract_text() or "" for page in PdfReader(io.BytesIO(render_report(session, demo_event))).pages
    )
    broken = set(re.findall(r"(\w+)-\n(\w+)", raw))
    # Words the article writes whole, broken at a Dutch syllable ("politico-loog", "getalen-teerd").
    whole = {a + b for a, b in broken}
    assert {"politicoloog", "getalenteerd"} & whole, sorted(whole)
    dutch = pyphen.Pyphen(lang="nl_NL")
    at_syllables = [(a, b) for a, b in broken if len(a) in dutch.positions((a + b).lower())]
    assert len(at_syllables) >= 5, broken
