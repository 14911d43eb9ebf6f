"""Join cards (issue 13): per table a printed A5 card with the name, a QR code that reads back as the link,
the link in text and how to join, in the event's language, nothing within 5 mm of the paper's edge."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from qrread import read_qr_codes

from erbij_desktop.report.join_cards import JoinCard, build_join_cards, render_join_cards

TOKEN = "Zq3_x-Ab" * 4  # 32 characters, as secrets.token_urlsafe(24) makes
CARDS = [JoinCard(f"Tafel {n}", f"http://192.168.1.20:8787/t/{n}{TOKEN}") for n in range(1, 15)]


def _pages(data: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def _png_pages(data: bytes, tmp_path: Path, name: str, dpi: int) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.fail("pdftoppm is needed (Debian: apt-get install poppler-utils; .ci/run installs it)")
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(data)
    subprocess.run([tool, "-r", str(dpi), "-png", str(source), str(tmp_path / name)], check=True, timeout=120)
    return sorted(tmp_path.glob(f"{name}-*.png"))


def test_a_card_per_table_with_its_name_link_and_how_to() -> None:
    data = render_join_cards(CARDS, language="nl", title="Praktijktafel Eenzaamheid")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == len(CARDS)
    for page, card, text in zip(reader.pages, CARDS, _pages(data), strict=True):
        assert round(float(page.mediabox.width) / 72 * 25.4) == 148  # A5 portrait
        assert round(float(page.mediabox.height) / 72 * 25.4) == 210
        assert card.table_name in text
        assert card.link in text
        assert "Praktijktafel Eenzaamheid" in text
        assert "Scan de code met de camera van je telefoon" in text
        assert len(page.images) == 1  # one QR code per card, nothing else drawn as a picture
    assert _pages(data)[0].count("Tafel 1 ") == 1  # no other table's name on card 1 ("Tafel 10" and up)


def test_each_qr_code_reads_back_as_its_own_tables_link(tmp_path: Path) -> None:
    cards = CARDS[:3]
    data = render_join_cards(cards, language="nl", title="Praktijktafel")
    for png, card in zip(_png_pages(data, tmp_path, "cards", 150), cards, strict=True):
        assert read_qr_codes(png) == [card.link]


def test_nothing_is_printed_within_5_mm_of_the_edge(tmp_path: Path) -> None:
    from PIL import Image

    name = "Tafel met een hele lange naam die zeker niet op één regel past " * 2
    long = [JoinCard(name, CARDS[0].link + "x" * 90)]
    data = render_join_cards([*CARDS[:2], *long], language="en", title="A very long event title " * 6)
    edge = round(5 / 25.4 * 72)
    for png in _png_pages(data, tmp_path, "edge", 72):
        image = Image.open(png).convert("L")
        width, height = image.size
        strips = [(0, 0, width, edge), (0, height - edge, width, height), (0, 0, edge, height),
                  (width - edge, 0, width, height)]  # fmt: skip
        assert all(image.crop(box).getextrema()[0] >= 250 for box in strips), png.name


def test_a_long_link_is_printed_whole_and_still_scans(tmp_path: Path) -> None:
    card = JoinCard("Tafel 1", "http://127.0.0.1:8787/t/" + "A1b2C3d4" * 14)
    data = render_join_cards([card], language="nl", title="Lang")
    assert card.link in "".join(_pages(data)[0].split())  # broken over lines, every character there
    assert read_qr_codes(_png_pages(data, tmp_path, "long", 150)[0]) == [card.link]


def test_the_cards_speak_the_events_language_and_say_who_made_them() -> None:
    data = render_join_cards(CARDS[:1], language="en", title="Meeting", author="Coalitie Erbij")
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata is not None
    assert reader.metadata.author == "Coalitie Erbij"
    assert reader.metadata.title == "Join cards – Meeting"
    text = _pages(data)[0]
    assert "Scan the code with your phone's camera" in text and "WRITE ALONG AT THIS TABLE" in text
    assert "Scan de code" not in text
    dutch = PdfReader(io.BytesIO(render_join_cards(CARDS[:1], language="nl", title="Bijeenkomst")))
    assert dutch.trailer["/Root"]["/Lang"] == "nl"
    assert dutch.metadata is not None and dutch.metadata.title == "Aanmeldkaarten – Bijeenkomst"
    assert dutch.metadata.author == "Erbij Desktop"


def test_fonts_are_embedded() -> None:
    tool = shutil.which("pdffonts")
    if tool is None:
        pytest.fail("pdffonts is needed (Debian: apt-get install poppler-utils; .ci/run installs it)")
    data = render_join_cards(CARDS[:1], language="nl", title="Bijeenkomst")
    out = subprocess.run([tool, "-"], input=data, capture_output=True, check=True, timeout=60).stdout.decode()
    rows = out.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), out
    assert "Helvetica" not in out


def test_markup_in_names_prints_literally() -> None:
    card = JoinCard("Tafel <i>één</i> & co", CARDS[0].link)
    assert "Tafel <i>één</i> & co" in _pages(render_join_cards([card], language="nl", title="<b>x</b>"))[0]


def test_no_tables_gives_one_page_saying_so() -> None:
    pages = _pages(render_join_cards([], language="nl", title="Leeg"))
    assert len(pages) == 1 and "Nog geen tafels" in pages[0]


def test_bad_input_is_refused_in_dutch_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "kaarten.pdf"
    with pytest.raises(ValueError, match="Onbekende taal ‘de’"):
        build_join_cards(target, CARDS, language="de", title="x")
    with pytest.raises(ValueError, match="Tafel ‘Tafel 9’ heeft geen link"):
        build_join_cards(target, [JoinCard("Tafel 9", " ")], language="nl", title="x")
    assert not target.exists()
    build_join_cards(target, CARDS[:2], language="nl", title="x")
    assert len(PdfReader(target).pages) == 2
