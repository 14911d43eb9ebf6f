"""Join cards: one printed card per table with its link as a QR code, so a table host joins the room's capture
server (issue 13) by pointing a phone camera at the card instead of typing a 60-character address.

Each card is an A5 portrait page (half an A4 sheet; printers print two on one sheet, or cards on A5 stock):
the table name in large type, the QR code, the link in text for whoever types it, and one line on how to join,
in the event's language. Nothing is drawn within 5 mm of the paper's edge, where printers cannot print.
Like the other printed papers (report.tablecards) the document carries its language, title and author.

The link holds the table's secret token: whoever has the card can write along at that table, so the card is
made on demand from the links the server hands out and never stored by the app itself. The QR code comes
from report.qr, as on the Live tab and the beamer.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from erbij_desktop.domain.enums import ReportLanguage
from erbij_desktop.storage.atomic import atomic_write_bytes

from .fonts import SANS, bold, register_fonts
from .print_layout import ACCENT, INK, MUTED, fit_size, para, truncate
from .qr import qr_png

CARD = A5
# Printers leave this much of the paper's edge blank: nothing of ours goes there.
EDGE = 5 * mm
# Text and code keep this far from the paper's edge (well inside EDGE).
PAD = 12 * mm
QR_SIZE = 100 * mm
# Pixels per QR module in the embedded image: sharp at any zoom without relying on the viewer's scaling.
QR_SCALE = 12

_WORDS = {
    ReportLanguage.NL: {
        "kind": "Aanmeldkaarten",
        "kicker": "SCHRIJF MEE AAN DEZE TAFEL",
        "how_to": "Scan de code met de camera van je telefoon of typ de link in je browser, op het "
        "wifi-netwerk dat de organisatie noemt. Geen app of account nodig.",
        "no_tables": "Nog geen tafels",
    },
    ReportLanguage.EN: {
        "kind": "Join cards",
        "kicker": "WRITE ALONG AT THIS TABLE",
        "how_to": "Scan the code with your phone's camera or type the link into your browser, on the Wi-Fi "
        "network the organisers name. No app or account needed.",
        "no_tables": "No tables yet",
    },
}


@dataclass(frozen=True)
class JoinCard:
    """One table's card: its name and its join link (``http://HOST:PORT/t/<token>``)."""

    table_name: str
    link: str


def render_join_cards(
    cards: Sequence[JoinCard], *, language: str, title: str, author: str = "Erbij Desktop"
) -> bytes:
    """A card (one A5 page) per table, in ``language`` ("nl" or "en"), as PDF bytes.

    ``title`` is the event's title (printed small at the top); ``author`` goes into the document's metadata
    (the organisers, as on the other papers). Raises ValueError (Dutch) for an unknown language or a card
    without a link; no tables gives one page saying so.
    """
    words = _words(language)
    for card in cards:
        if not card.link.strip():
            raise ValueError(f"Tafel ‘{card.table_name}’ heeft geen link: er is geen kaart van te maken.")
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=CARD,
        initialFontName=SANS,  # else the canvas lists an unembedded Helvetica
        lang=words["lang"],
        pageCompression=1,
    )
    canvas.setTitle(f"{words['kind']} – {title}")
    canvas.setAuthor(author)
    canvas.setSubject(words["kind"])
    canvas.setCreator("Erbij Desktop")
    if not cards:
        _empty_card(canvas, title, words)
        canvas.showPage()
    for card in cards:
        _card(canvas, title, card, words)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def build_join_cards(
    path: Path | str,
    cards: Sequence[JoinCard],
    *,
    language: str,
    title: str,
    author: str = "Erbij Desktop",
) -> None:
    """Render the cards and write them to ``path`` atomically (see render_join_cards)."""
    data = render_join_cards(cards, language=language, title=title, author=author)
    atomic_write_bytes(path, data, mode=0o644)


def _words(language: str) -> dict[str, str]:
    try:
        chosen = ReportLanguage(language)
    except ValueError:
        raise ValueError(f"Onbekende taal ‘{language}’ voor de aanmeldkaarten: kies nl of en.") from None
    return {**_WORDS[chosen], "lang": chosen.value}


def _card(canvas: Canvas, title: str, card: JoinCard, words: dict[str, str]) -> None:
    width, height = CARD
    inner = width - 2 * PAD
    _head(canvas, title, words)
    name_bottom = _table_name(canvas, card.table_name, height - PAD - 16 * mm, inner)
    qr_top = name_bottom - 8 * mm
    canvas.drawImage(
        ImageReader(io.BytesIO(qr_png(card.link, scale=QR_SCALE))),
        (width - QR_SIZE) / 2,
        qr_top - QR_SIZE,
        QR_SIZE,
        QR_SIZE,
    )
    link_bottom = _link_lines(canvas, card.link, qr_top - QR_SIZE - 3 * mm, inner)
    how_to = para(words["how_to"], ParagraphStyle("how-to", fontName=SANS, fontSize=10, leading=13.5,
                                                   textColor=MUTED, alignment=1))  # fmt: skip
    _w, used = how_to.wrap(inner, 40 * mm)
    how_to.drawOn(canvas, PAD, link_bottom - 6 * mm - used)
    _band(canvas)


def _table_name(canvas: Canvas, name: str, top: float, width: float) -> float:
    """The table name below ``top``: one line as large as fits, else up to two lines; returns its bottom."""
    font = bold(SANS)
    size = fit_size(name, font, width, 40, 22)
    lines = [name] if stringWidth(name, font, size) <= width else _words_in_lines(name, font, size, width)
    if len(lines) > 2:
        lines = [lines[0], truncate(" ".join(lines[1:]), font, size, width)]
    canvas.setFillColor(INK)
    canvas.setFont(font, size)
    baseline = top - size * 0.8
    for line in lines:
        canvas.drawCentredString(CARD[0] / 2, baseline, truncate(line, font, size, width))
        baseline -= size * 1.15
    return baseline + size * 1.15 - size * 0.25


def _empty_card(canvas: Canvas, title: str, words: dict[str, str]) -> None:
    _head(canvas, title, words)
    canvas.setFillColor(INK)
    canvas.setFont(bold(SANS), 24)
    canvas.drawCentredString(CARD[0] / 2, CARD[1] / 2, words["no_tables"])
    _band(canvas)


def _head(canvas: Canvas, title: str, words: dict[str, str]) -> None:
    width, height = CARD
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 9)
    canvas.drawCentredString(width / 2, height - PAD - 3 * mm, truncate(title, SANS, 9, width - 2 * PAD))
    canvas.setFillColor(ACCENT)
    canvas.setFont(bold(SANS), 8)
    canvas.drawCentredString(width / 2, height - PAD - 9 * mm, words["kicker"])


def _band(canvas: Canvas) -> None:
    """The accent band along the card's foot, as on the tent cards."""
    canvas.setFillColor(ACCENT)
    canvas.rect(PAD, PAD - 4 * mm, CARD[0] - 2 * PAD, 2.5 * mm, stroke=0, fill=1)


def _link_lines(canvas: Canvas, link: str, top: float, width: float) -> float:
    """The link centred in text below ``top``: one line as large as fits (down to 7 pt), else broken into
    lines of 7 pt; returns the bottom of its last line."""
    size = fit_size(link, SANS, width, 11, 7)
    lines = [link] if stringWidth(link, SANS, size) <= width else _break(link, SANS, size, width)
    canvas.setFillColor(INK)
    canvas.setFont(SANS, size)
    baseline = top - size
    for line in lines:
        canvas.drawCentredString(CARD[0] / 2, baseline, line)
        baseline -= size * 1.3
    return baseline + size * 1.3 - size * 0.3


def _break(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` cut into lines that fit ``width``, anywhere (a link has no spaces to break at)."""
    lines: list[str] = [""]
    for char in text:
        if lines[-1] and stringWidth(lines[-1] + char, font, size) > width:
            lines.append("")
        lines[-1] += char
    return lines


def _words_in_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken between words into lines that fit ``width`` (a word wider than that stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [text]
