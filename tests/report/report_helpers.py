"""Shared by the report tests: PDF bytes to searchable text, and small test images."""

from __future__ import annotations

import io
import re

from PIL import Image
from pypdf import PdfReader

_FOOTER = re.compile(r"(?:pagina|page) \d+ (?:van|of) \d+")
# The report hyphenates its narrow columns ("eenzaam-|heid"): hyphens between word characters
# are dropped on both sides of a comparison, so "75-plussers" matches however it was broken.
_HYPHEN = re.compile(r"(?<=\w)-\s*(?=\w)")


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, whitespace collapsed (line breaks in the PDF do not matter)."""
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", " ", page.extract_text() or "").strip() for page in reader.pages]


def without_footer(page: str) -> str:
    """A page's text without its running footer (drawn last, so it comes last)."""
    matches = list(_FOOTER.finditer(page))
    return page[: matches[-1].start()].strip() if matches else page


def pdf_text(data: bytes) -> str:
    """The article's running text: all pages joined, footers left out."""
    return _HYPHEN.sub("", " ".join(without_footer(page) for page in pdf_pages(data)))


def squash(text: str) -> str:
    """Whitespace collapsed and hyphens dropped, for comparing user text with extracted PDF text."""
    return _HYPHEN.sub("", re.sub(r"\s+", " ", text)).strip()


def jpeg(width: int, height: int, *, orientation: int | None = None, color: str = "teal") -> bytes:
    """A small JPEG, optionally with an EXIF orientation tag."""
    image = Image.new("RGB", (width, height), color)
    out = io.BytesIO()
    if orientation is None:
        image.save(out, format="JPEG")
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, format="JPEG", exif=exif)
    return out.getvalue()
