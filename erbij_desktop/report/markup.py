"""Turn user text into safe ReportLab Paragraph markup.

ReportLab's Paragraph parses a small XML dialect: a contribution reading
``<b>`` or ``<font name=x>`` must print literally, never format. Every user
string goes through ``escape`` before it is put into a Paragraph.

``rich`` goes one step further for the report: it also wraps runs of Arabic
and Hebrew in the font that has their glyphs and says whether the paragraph
needs HarfBuzz shaping (right-to-left text does; everything else is spared
the five-fold slowdown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape as _xml_escape

from reportlab.pdfbase import pdfmetrics

from .fonts import ARABIC, HEBREW, bold, register_fonts

# Characters XML 1.0 cannot carry (and ReportLab's parser chokes on), plus lone surrogates.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u089f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
_TOKENS = re.compile(r"\S+|\s+")
# Separates punctuation the right-to-left font lacks from the word it clings to (see ``rich``).
_HAIR_SPACE = "\u200a"
# Right-to-left letters anywhere (Hebrew, Arabic, Syriac, Thaana, N'Ko, presentation forms).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def escape(text: str) -> str:
    """Escape ``&``, ``<``, ``>`` and quotes; newlines become line breaks."""
    text = _INVALID.sub("", text)
    escaped = _xml_escape(text, {'"': "&quot;", "'": "&#39;"})
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def needs_shaping(text: str) -> bool:
    """True when the text holds right-to-left letters that must be shaped and reordered."""
    return _RTL.search(text) is not None


@dataclass(frozen=True)
class Markup:
    """Escaped Paragraph markup and whether its paragraph must be shaped."""

    text: str
    shaping: bool

    def __add__(self, other: Markup) -> Markup:
        return Markup(self.text + other.text, self.shaping or other.shaping)


def rich(text: str, *, bold_text: bool = False) -> Markup:
    """Escaped markup with Arabic and Hebrew words set in a font that has their glyphs.

    ReportLab shapes a word with the font of its first character, so a word
    must not mix fonts: a right-to-left word goes wholly into its script's
    font, and punctuation at its edges that font lacks (a quote mark, a
    bracket) is split off by a hair space and stays in the running font.
    """
    if not needs_shaping(text):
        return Markup(escape(text), False)
    text = _INVALID.sub("", text)
    pieces: list[str] = []
    for token in _TOKENS.findall(text):
        family = ARABIC if _ARABIC.search(token) else HEBREW if _HEBREW.search(token) else None
        if family is None:
            pieces.append(escape(token))
            continue
        font = bold(family) if bold_text else family
        covered = _covered(font)
        start, end = 0, len(token)
        while start < end and ord(token[start]) not in covered:
            start += 1
        while end > start and ord(token[end - 1]) not in covered:
            end -= 1
        if start:
            pieces.append(escape(token[:start]) + _HAIR_SPACE)
        pieces.append(f'<font name="{font}">{escape(token[start:end])}</font>')
        if end < len(token):
            pieces.append(_HAIR_SPACE + escape(token[end:]))
    return Markup("".join(pieces), True)


@cache
def _covered(font: str) -> frozenset[int]:
    """Code points the registered font has glyphs for."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def literal(markup: str) -> Markup:
    """Markup we wrote ourselves (no user text in it)."""
    return Markup(markup, False)
