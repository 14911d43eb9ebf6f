"""The HTML article and the Word file: accessible, and the same article as the PDF."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from browser import axe_violations, pretty
from docx import Document
from docx.oxml.ns import qn
from sqlalchemy.orm import Session
from structure import key, structure

from erbij_desktop.domain.enums import ReportLanguage, ReportStatus
from erbij_desktop.domain.events import update_event
from erbij_desktop.domain.models import Event
from erbij_desktop.report.article import render_report
from erbij_desktop.report.docx_article import render_docx
from erbij_desktop.report.html_article import render_html

# PDF structure role -> Word style, for the elements that carry the article's text.
WORD_STYLE = {"H1": "Title", "H2": "Heading 1", "LBody": "List Bullet", "Caption": "Caption"}


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _outline(html: str) -> list[tuple[str, dict[str, Any]]]:
    parser = _Outline()
    parser.feed(html)
    return parser.tags


def test_demo_html_has_no_wcag_21_aa_violations_in_chromium(
    session: Session, demo_event: Event, browser: Any, axe: str
) -> None:
    html = render_html(session, demo_event).decode("utf-8")
    assert axe_violations(browser, axe, html) == [], pretty(axe_violations(browser, axe, html))
    # A draft in English, wide screen: the same.
    update_event(session, demo_event, report_language=ReportLanguage.EN, report_status=ReportStatus.DRAFT)
    english = render_html(session, demo_event, appendix=True).decode("utf-8")
    violations = axe_violations(browser, axe, english, width=1280, height=900)
    assert violations == [], pretty(violations)


def test_demo_html_is_semantic_self_contained_and_script_free(session: Session, demo_event: Event) -> None:
    html = render_html(session, demo_event).decode("utf-8")
    tags = _outline(html)
    names = [t for t, _ in tags]
    assert names[0] == "html" and tags[0][1]["lang"] == "nl"
    assert names.count("article") == 1 and names.count("h1") == 1 and names.count("main") == 1
    assert names.count("h2") == 8 and names.count("ul") == 2 and names.count("li") == 12
    assert names.count("blockquote") == 0 and names.count("table") == 1
    assert names.count("figure") == 4 and names.count("figcaption") == 4
    assert "script" not in names and "<script" not in html.lower()
    images = [attrs for tag, attrs in tags if tag == "img"]
    assert [i["alt"] for i in images] == [p.alt_text for p in demo_event.photos]
    assert all(str(i["src"]).startswith("data:image/jpeg;base64,") for i in images)
    assert not re.search(r"""(?:src|href)=["']?(?:https?:|//)""", html)  # nothing loaded from elsewhere
    assert "<title>Praktijktafel Samen tegen eenzaamheid: ‘Eenzaamheid is van ons allemaal’</title>" in html
    assert "Er komen vele goede initiatieven en methoden van aanpak langs. Om een paar te noemen:" in html


def test_docx_has_the_pdfs_styles_order_and_alt_texts(session: Session, demo_event: Event) -> None:
    elements = structure(render_report(session, demo_event))
    document = Document(io.BytesIO(render_docx(session, demo_event)))
    paragraphs = [(p.style.name if p.style is not None else "", key(p.text)) for p in document.paragraphs]
    # Every heading, list item and caption of the PDF, in the same order and with the matching Word style.
    expected = [(WORD_STYLE[e.role], key(e.text)) for e in elements if e.role in WORD_STYLE]
    found = [(style, text) for style, text in paragraphs if style in WORD_STYLE.values()]
    assert found == expected
    # The body text in Normal, in the PDF's order (a repeated pull quote is print decoration only).
    assert [text for style, text in paragraphs if style == "Quote"] == []
    body, inside_quote = [], -1
    for element in elements:
        if inside_quote >= 0 and element.depth <= inside_quote:
            inside_quote = -1
        if element.role == "BlockQuote":
            inside_quote = element.depth
        elif element.role == "P" and inside_quote < 0:
            body.append(key(element.text))
    normal = [text for style, text in paragraphs if style in ("Normal", "Subtitle") and text]
    assert normal == body
    # Photos carry the same alt texts as the PDF's figures; the figures table its summary.
    alts = [d.get("descr") for d in document.element.body.iter(qn("wp:docPr"))]
    assert alts == [e.alt for e in elements if e.role == "Figure"]
    descriptions = [d.get(qn("w:val")) for d in document.element.body.iter(qn("w:tblDescription"))]
    assert len(descriptions) == 1 and "43%" in descriptions[0]
    properties = document.core_properties
    assert properties.title == "Praktijktafel Samen tegen eenzaamheid: ‘Eenzaamheid is van ons allemaal’"
    assert properties.author == "Coalitie Erbij en ministerie van VWS"
    assert properties.language == "nl-NL"


@pytest.mark.parametrize("appendix", [False, True])
def test_docx_and_html_open_with_appendix_or_without(
    session: Session, demo_event: Event, appendix: bool
) -> None:
    document = Document(io.BytesIO(render_docx(session, demo_event, appendix=appendix)))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    html = render_html(session, demo_event, appendix=appendix).decode("utf-8")
    assert ("Bijlage: alle bijdragen" in headings) is appendix
    assert ("Bijlage: alle bijdragen" in html) is appendix


def test_a_quote_of_its_own_is_a_quote_in_html_and_word(session: Session, demo_event: Event) -> None:
    from erbij_desktop.domain.quotes import add_quote

    item = next(i for i in demo_event.programme if i.heading == "Koplopers in Rotterdam en Amsterdam")
    speaker = next(p for p in demo_event.people if p.name == "Marijke de Vries")
    add_quote(session, demo_event, "Samen bereiken we meer dan alleen.", programme_item=item, speaker=speaker)
    html = render_html(session, demo_event).decode("utf-8")
    assert (
        "<blockquote>\n<p>‘Samen bereiken we meer dan alleen.’</p>\n<footer>— Marijke de Vries</footer>"
        in html
    )
    assert (
        html.index("Koplopers in Rotterdam") < html.index("<blockquote>") < html.index("Ervaringsdeskundigen")
    )
    document = Document(io.BytesIO(render_docx(session, demo_event)))
    quotes = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Quote"]
    assert quotes == ["‘Samen bereiken we meer dan alleen.’", "— Marijke de Vries"]
