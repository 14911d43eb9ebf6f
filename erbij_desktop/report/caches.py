"""Work the report does once per text, not once per render.

The preview sets the article again after every edit, and one render sets
a short article up to three times (to balance its last page). ReportLab
parses each paragraph's markup into styled fragments when the paragraph is
made; the same text in the same style always parses the same, so the
fragments are kept here and handed to the next paragraph of that text
(``Paragraph(..., frags=...)`` skips the parser), as the prepared photos are
kept by ``report.images``. ``clear`` forgets both (the benchmark measures
cold renders with it).
"""

from __future__ import annotations

from collections import OrderedDict
from threading import Lock
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from . import images

# Paragraphs remembered: a long appendix (10,000 contributions) plus its article, about 25 MB.
PARSED_MAX = 16_000

# (markup, id of the style, bullet) -> (the style, the style the parser returned, fragments, bullet).
# The entry holds its style, so that id cannot be reused by another style while the entry lives.
_Parsed = tuple[ParagraphStyle, ParagraphStyle, tuple[Any, ...], Any]
_parsed: OrderedDict[tuple[str, int, str | None], _Parsed] = OrderedDict()
_lock = Lock()


def parsed(markup: str, style: ParagraphStyle, bullet: str | None) -> tuple[ParagraphStyle, list[Any], Any]:
    """(style, fragments, bullet) of ``markup`` in ``style``, parsed once; a fresh list each call."""
    key = (markup, id(style), bullet)
    with _lock:
        hit = _parsed.get(key)
        if hit is not None:
            _parsed.move_to_end(key)
    if hit is None or hit[0] is not style:
        paragraph = Paragraph(markup, style, bulletText=bullet)
        hit = (style, paragraph.style, tuple(paragraph.frags), paragraph.bulletText)
        with _lock:
            _parsed[key] = hit
            while len(_parsed) > PARSED_MAX:
                _parsed.popitem(last=False)
    return hit[1], list(hit[2]), hit[3]


def clear() -> None:
    """Forget every parsed paragraph and prepared photo."""
    with _lock:
        _parsed.clear()
    images.clear_cache()
