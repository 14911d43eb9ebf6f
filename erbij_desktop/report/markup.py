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
from xml.sax.saxutils import escape as _xml_escape

from .fonts import ARABIC, HEBREW, bold

# Characters XML 1.0 cannot carry (and ReportLab's parser chokes on), plus lone surrogates.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ARABIC_RUN = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u0870-\u089f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
    "(?:[\u0600-\u06ff\u0750-\u077f\u0870-\u089f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\\s\\d.,:;!?()-]*"
    "[\u0600-\u06ff\u0750-\u077f\u0870-\u089f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff])?"
)
_HEBREW_RUN = re.compile(
    "[\u0590-\u05ff\ufb1d-\ufb4f](?:[\u0590-\u05ff\ufb1d-\ufb4f\\s\\d.,:;!?()-]*[\u0590-\u05ff\ufb1d-\ufb4f])?"
)
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
    """Escaped markup with Arabic and Hebrew runs set in a font that has their glyphs."""
    if not needs_shaping(text):
        return Markup(escape(text), False)
    text = _INVALID.sub("", text)
    arabic = bold(ARABIC) if bold_text else ARABIC
    hebrew = bold(HEBREW) if bold_text else HEBREW
    spans: list[tuple[int, int, str]] = [(m.start(), m.end(), arabic) for m in _ARABIC_RUN.finditer(text)]
    spans += [(m.start(), m.end(), hebrew) for m in _HEBREW_RUN.finditer(text)]
    spans.sort()
    pieces: list[str] = []
    done = 0
    for start, end, font in spans:
        if start < done:
            continue
        pieces.append(escape(text[done:start]))
        pieces.append(f'<font name="{font}">{escape(text[start:end])}</font>')
        done = end
    pieces.append(escape(text[done:]))
    return Markup("".join(pieces), True)


def literal(markup: str) -> Markup:
    """Markup we wrote ourselves (no user text in it)."""
    return Markup(markup, False)
