"""The demo event's report reads like the reference article, and follows edits."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reference_article import ARTICLE  # the published article's text, kept in the repository
from report_helpers import pdf_pages, pdf_text, squash
from sqlalchemy import select
from sqlalchemy.orm import Session

from erbij_desktop.domain import contributions as contrib_ops
from erbij_desktop.domain.enums import ReportLanguage, ReportStatus
from erbij_desktop.domain.events import update_event
from erbij_desktop.domain.models import Contribution, Event
from erbij_desktop.domain.rounds import update_round
from erbij_desktop.report.article import render_report, write_report
from erbij_desktop.report.styles import COLUMN_WIDTH, GUTTER, MARGIN_LEFT

# The article's two bullet lists, as printed there.
SIGNALEREN = [
    "Welzijn op recept uitgeschreven door een huisarts om de vraag achter de vraag te achterhalen.",
    "Vrijwilligers in Doorn die maaltijden rondbrengen en alert zijn op de signalen van eenzaamheid.",
    "Dialoogtafels in Utrecht: in gesprek gaan over onderwerpen in het verlengde van eenzaamheid, "
    "bijvoorbeeld het thema ‘Erbij willen horen’.",
    "In gemeente Huizen leggen huisartsen en praktijkondersteuners in samenwerking met de wijkteams en "
    "zorgondersteuners preventief huisbezoek af. Doel is signaleren en bespreekbaar maken.",
    "Gemeente Laren organiseert bijeenkomsten vanuit het Sociaal Domein om het bewustzijn onder burgers te "
    "vergroten en inwoners handvatten aan te reiken voor wat zij zelf kunnen bijdragen. Het volgende filmpje "
    "is veel gebruikt om discussie op gang te brengen: ‘Eenzaamheid in het Gooi’",
]
INTERVENTIES = [
    "Buddy Netwerk wil mensen in een sociaal isolement juist ook online gaan bereiken.",
    "GoldenSports in Amsterdam biedt sport en bewegen in de buitenlucht voor 55-plussers.",
    "Gemeente Huizen verwijst na signalering door naar beweegcoaches.",
    "SamenKracht 80+ organiseert activerende dialogen over meedoen en van betekenis zijn.",
    "Gea de Jong, beleidsmedewerker gemeente Rijswijk, ziet positieve resultaten bij de flatcoach, een "
    "huismeester met plustaken die de flatbewoners ondersteunt.",
    "Centrum Sociaal Vitaal organiseert onder meer verhalentafels (voor het delen van bijzondere momenten in "
    "je leven) en workshops Zin in verbondenheid en Zin in meer samen.",
    "Stichting OOPOEH koppelt huisdierbezitters aan ouderen die op het huisdier willen passen en zo "
    "nodig uit willen laten.",
]
QUESTIONS = [
    "Wat doe je om eenzaamheid te signaleren?",
    "Welke interventies zet je in bij de bestrijding van eenzaamheid?",
]


@pytest.fixture
def demo_pdf(session: Session, demo_event: Event) -> bytes:
    return render_report(session, demo_event)


def test_the_demo_report_holds_headline_questions_and_every_bullet(demo_pdf: bytes) -> None:
    assert demo_pdf.startswith(b"%PDF")
    text = pdf_text(demo_pdf)
    assert "Praktijktafel Samen tegen eenzaamheid: ‘Eenzaamheid is van ons allemaal’" in text
    for question in QUESTIONS:
        assert question in text
    for bullet in SIGNALEREN + INTERVENTIES:
        assert squash(bullet) in text, bullet
    # The first round uses the default lead-in, the second its own sentence, as in the article.
    assert text.count("Een greep uit de bijdragen:") == 1
    assert "Er komen vele goede initiatieven en methoden van aanpak langs. Om een paar te noemen:" in text


def test_sections_come_in_the_articles_order(demo_pdf: bytes) -> None:
    """The intertitles, quotes and closing parts appear in the order the reference article has them."""
    text = pdf_text(demo_pdf)
    landmarks = [
        "Op 20 februari vond de praktijktafel",
        "Dagvoorzitter Pieter Hilhorst",
        "Mooie initiatieven verderbrengen",
        "Individualisering en digitalisering",
        "43%",
        "Koplopers in Rotterdam en Amsterdam",
        "Ook Amsterdam pakt eenzaamheid stadsbreed aan",
        "Ervaringsdeskundigen",
        "V.l.n.r.: Mieke Kreun, Ahmed el Mesri en Ricky Tol",
        "Hoopvolle verhalen",
        "Rondetafelgesprek: eenzaamheid signaleren",
        "Rondetafelgesprek: welke interventies inzetten?",
        "Zo eindigt een inspirerende ochtend",
        "Eenzaamheid in Nederland",
        "Geplaatst op: 27 februari 2018",
        "Laatst gewijzigd op: 2 maart 2018",
    ]
    positions = [text.find(mark) for mark in landmarks]
    assert all(p >= 0 for p in positions), [m for m, p in zip(landmarks, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_every_quote_and_intertitle_is_in_the_report(demo_pdf: bytes, demo_event: Event) -> None:
    reference = "\n".join(ARTICLE)
    text = pdf_text(demo_pdf)
    assert len(demo_event.quotes) >= 8
    for quote in demo_event.quotes:
        assert squash(quote.text) in text, quote.text
    headings = [item.heading for item in demo_event.programme if item.heading]
    assert len(headings) >= 6
    for heading in headings:
        assert heading in reference  # the demo's intertitles are the article's ...
        assert heading in text  # ... and the report prints them


def test_footer_numbers_pages_and_names_the_event(demo_pdf: bytes) -> None:
    pages = pdf_pages(demo_pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
        assert "Praktijktafel Samen tegen eenzaamheid" in page


def test_final_report_has_no_watermark_and_draft_has_one(session: Session, demo_event: Event) -> None:
    assert "CONCEPT" not in pdf_text(render_report(session, demo_event))
    update_event(session, demo_event, report_status=ReportStatus.DRAFT)
    pages = pdf_pages(render_report(session, demo_event))
    assert all("CONCEPT" in page for page in pages)


def test_english_report_uses_english_labels_and_dates(session: Session, demo_event: Event) -> None:
    update_event(session, demo_event, report_language=ReportLanguage.EN, report_status=ReportStatus.DRAFT)
    data = render_report(session, demo_event)
    text = pdf_text(data)
    assert "A selection of contributions:" in text
    assert "Published on: 27 February 2018" in text
    assert "Last modified on: 2 March 2018" in text
    assert "20 FEBRUARY 2018" in text
    assert "Een greep uit de bijdragen" not in text
    assert "Geplaatst op" not in text
    pages = pdf_pages(data)
    assert f"page 1 of {len(pages)}" in pages[0]
    assert "DRAFT" in pages[0]


def test_report_follows_edits_made_through_the_domain(session: Session, demo_event: Event) -> None:
    rounds = {r.title: r for r in demo_event.rounds}
    signaleren = rounds["Eenzaamheid signaleren"]
    by_text = {
        c.text: c for c in session.scalars(select(Contribution).where(Contribution.round_id == signaleren.id))
    }
    doorn = by_text[SIGNALEREN[1]]
    recept = by_text[SIGNALEREN[0]]

    contrib_ops.set_report_text(session, doorn.id, "Vrijwilligers in Doorn brengen maaltijden én aandacht.")
    contrib_ops.set_highlight(session, recept.id, False)
    update_round(session, signaleren, title="Signalen herkennen")

    text = pdf_text(render_report(session, demo_event))
    assert "Vrijwilligers in Doorn brengen maaltijden én aandacht." in text
    assert squash(SIGNALEREN[1]) not in text
    assert "Welzijn op recept" not in text
    # The item's own heading wins over the round title; unlink it to see the round's title.
    assert "Rondetafelgesprek: eenzaamheid signaleren" in text
    update_round(session, signaleren, programme_item=None)
    text = pdf_text(render_report(session, demo_event))
    assert "Rondetafelgesprek: Signalen herkennen" in text


def test_highlight_order_follows_positions(session: Session, demo_event: Event) -> None:
    interventies = next(r for r in demo_event.rounds if r.title.startswith("Welke"))
    ids = contrib_ops.round_order(session, interventies.id)
    last = session.get(Contribution, ids[-1])
    assert last is not None
    contrib_ops.move_contribution(session, last.id, ids[0])
    text = pdf_text(render_report(session, demo_event))
    assert text.find("Stichting OOPOEH koppelt") < text.find("Buddy Netwerk wil mensen")


def test_write_report_writes_atomically(session: Session, demo_event: Event, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "verslag.pdf"
    target.write_bytes(b"old")
    write_report(session, demo_event, target, appendix=True)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert [p.name for p in out.iterdir()] == ["verslag.pdf"]
    assert "Bijlage: alle bijdragen" in pdf_text(data)


def _right_column_text(data: bytes, page: int) -> str:
    """Text drawn in the right-hand column of a page (x beyond the middle of the gutter)."""
    middle = MARGIN_LEFT + COLUMN_WIDTH + GUTTER / 2
    found: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        x = tm[4] * cm[0] + cm[4]
        if text.strip() and x > middle:
            found.append(text)

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return squash(" ".join(found))


def test_a_short_article_ends_evenly_in_both_columns(demo_pdf: bytes) -> None:
    pages = pdf_pages(demo_pdf)
    last = len(pages) - 1
    assert "Zo eindigt een inspirerende ochtend" in pages[last]
    right = _right_column_text(demo_pdf, last)
    assert "Geplaatst op" in right  # the ending is spread over both columns, not left-only
    left = squash(pages[last].replace(right, ""))
    assert len(left) > 0.5 * len(right)
