"""The demo report is an accessible tagged PDF: its structure tree reads like the article.

Checked the way the publishers check: the structure tree in reading order
(what a screen reader follows), and Debian's poppler-utils and qpdf on the file.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reference_article import ARTICLE
from report_helpers import pdf_pages
from sqlalchemy.orm import Session
from structure import Element, key, structure

from erbij_desktop.domain.enums import ReportStatus
from erbij_desktop.domain.events import update_event
from erbij_desktop.domain.models import Event
from erbij_desktop.report.article import render_report

PHOTO_PLACEHOLDERS = (
    "Praktijktafel VWS 2",
    "Praktijktafel VWS 3",
    "Praktijktafel VWS 4",
    "Praktijktafel 3-lr",
)


@pytest.fixture
def demo_pdf(session: Session, demo_event: Event) -> bytes:
    return render_report(session, demo_event)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is needed (Debian: apt-get install poppler-utils qpdf; .ci/run installs them)")
    return found


def _run(*args: str | Path) -> str:
    done = subprocess.run(
        [_tool(str(args[0])), *map(str, args[1:])], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _matches(element: Element, paragraph: str) -> bool:
    text, wanted = key(element.text), key(paragraph)
    if element.role == "LBody":  # "text — source": the article prints the text only
        return text == wanted or text.startswith(wanted + " —")
    if element.role == "Caption":  # the caption, then the credit
        return text.startswith(wanted)
    return text == wanted


def test_structure_tree_has_the_articles_order_and_alt_texts(demo_pdf: bytes, demo_event: Event) -> None:
    elements = structure(demo_pdf)
    assert elements[0].role == "Document"
    roles = {e.role for e in elements}
    assert {"H1", "H2", "P", "L", "LI", "LBody", "Figure", "Caption", "Table", "TR", "TD"} <= roles
    # The article's quotes stand in its paragraphs, and so in the tree's text, in order.
    text = " ".join(key(e.text) for e in elements)
    spots = [text.find(key(q.text)) for q in demo_event.quotes if not q.is_headline]
    assert all(spot >= 0 for spot in spots) and spots == sorted(spots)
    # Every paragraph, heading and list item of the article, and a figure where it has a photo,
    # found one after the other in the tree.
    position = 0
    for paragraph in ARTICLE:
        lines = [line for line in paragraph.split("\n") if line.strip()]
        for line in lines:
            if line in PHOTO_PLACEHOLDERS:
                wanted = lambda e: e.role == "Figure"  # noqa: E731
            else:
                wanted = lambda e, line=line: _matches(e, line)  # noqa: E731
            found = next((i for i in range(position, len(elements)) if wanted(elements[i])), None)
            assert found is not None, f"not found after element {position}: {line[:80]}"
            position = found + 1
    # Each photo is a Figure with the facilitator's alt text and a bounding box; a caption follows.
    figures = [e for e in elements if e.role == "Figure"]
    assert [f.alt for f in figures] == [p.alt_text for p in demo_event.photos]
    assert all(f.alt and "BBox" in f.attributes and f.marked == 1 for f in figures)
    # The figures box is a table with its summary and a row header per number.
    table = next(e for e in elements if e.role == "Table")
    assert "43%" in str(table.attributes["Summary"])
    assert [e.text for e in elements if e.role == "TH"] == ["43%", "10%", "54%", "11%"]
    # Lists: one L per round, its LI each with an LBody.
    bodies = [e for e in elements if e.role == "LBody"]
    assert len(bodies) == 12 and all(b.marked >= 1 for b in bodies)
    assert sum(e.role == "L" for e in elements) == 2
    headings = [e.text for e in elements if e.role == "H1"]
    assert headings == ["Praktijktafel Samen tegen eenzaamheid: ‘Eenzaamheid is van ons allemaal’"]


def test_watermark_and_running_footer_are_artifacts(
    session: Session, demo_event: Event, tmp_path: Path
) -> None:
    update_event(session, demo_event, report_status=ReportStatus.DRAFT)
    data = render_report(session, demo_event)
    pages = pdf_pages(data)
    assert "CONCEPT" in pages[0] and "pagina 1 van 3" in pages[0]  # painted on the page ...
    target = tmp_path / "draft.pdf"
    target.write_bytes(data)
    tree_text = _run("pdfinfo", "-struct-text", target)
    assert "Praktijktafel Samen tegen eenzaamheid" in tree_text
    assert "CONCEPT" not in tree_text  # ... but outside the structure tree
    assert not re.search(r"pagina \d van \d", tree_text)
    content = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages)
    assert content.count(b"/Artifact <</Type /Pagination /Subtype /Watermark>> BDC") == 3
    assert content.count(b"/Artifact <</Type /Pagination>> BDC") == 3


def test_validators_agree(demo_pdf: bytes, tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(demo_pdf)
    info = _run("pdfinfo", target)
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info
    assert re.search(r"^PDF version:\s+1\.7$", info, re.M), info
    assert re.search(r"^Pages:\s+3$", info, re.M), info
    assert re.search(
        r"^Title:\s+Praktijktafel Samen tegen eenzaamheid: ‘Eenzaamheid is van ons allemaal’$", info, re.M
    )
    fonts = _run("pdffonts", target).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column
    assert not any("Helvetica" in line for line in fonts)
    _run("qpdf", "--check", target)


def test_catalog_carries_language_metadata_bookmarks_and_title_bar(demo_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(demo_pdf))
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "nl"
    assert catalog["/MarkInfo"]["/Marked"] is True or str(catalog["/MarkInfo"]["/Marked"]) == "True"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"]
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "Eenzaamheid is van ons allemaal" in xmp
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert titles[0].startswith("Praktijktafel Samen tegen eenzaamheid")
    for heading in ("Mooie initiatieven verderbrengen", "Rondetafelgesprek: welke interventies inzetten?",
                    "Eenzaamheid in Nederland"):  # fmt: skip
        assert heading in titles
    for page_number, page in enumerate(reader.pages):
        assert page["/StructParents"] == page_number
        assert page["/Tabs"] == "/S"


def test_a_quote_of_its_own_is_a_blockquote_with_its_programme_item(
    session: Session, demo_event: Event
) -> None:
    """A quote the narrative does not carry stands right after its item, as a BlockQuote."""
    from erbij_desktop.domain.quotes import add_quote

    item = next(i for i in demo_event.programme if i.heading == "Koplopers in Rotterdam en Amsterdam")
    speaker = next(p for p in demo_event.people if p.name == "Marijke de Vries")
    add_quote(session, demo_event, "Samen bereiken we meer dan alleen.", programme_item=item, speaker=speaker)
    elements = structure(render_report(session, demo_event))
    index = next(i for i, e in enumerate(elements) if e.role == "BlockQuote")
    quote, by = elements[index + 1], elements[index + 2]
    assert quote.role == by.role == "P" and quote.depth == by.depth == elements[index].depth + 1
    assert quote.text == "‘Samen bereiken we meer dan alleen.’" and by.text == "— Marijke de Vries"
    heading = max(i for i, e in enumerate(elements[:index]) if e.role == "H2")
    assert elements[heading].text == "Koplopers in Rotterdam en Amsterdam"  # with its item, not at the end
