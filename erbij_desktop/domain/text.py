"""Cleaning user text before it is stored, and keys for matching names.

Text typed or pasted in a hall arrives with stray control characters, odd
Unicode forms and doubled spaces; we store it clean and NFC-normalised.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"\s+")


def clean_text(value: str, *, multiline: bool = True) -> str:
    """Strip control characters and surrounding whitespace; keep newlines if multiline.

    Tabs become spaces; carriage returns are normalised to newlines.
    """
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _CONTROL.sub("", value)
    if not multiline:
        value = _SPACES.sub(" ", value)
    else:
        value = "\n".join(line.rstrip() for line in value.split("\n"))
        value = re.sub(r"\n{3,}", "\n\n", value)
    return value.strip()


def clean_line(value: str) -> str:
    """A single-line field (name, title): control characters gone, spaces collapsed."""
    return clean_text(value, multiline=False)


def name_key(value: str) -> str:
    """Matching key for names: 'Gemeente  huizen' and 'gemeente Huizen' are the same."""
    return clean_line(value).casefold()


def fold(value: str) -> str:
    """Case- and accent-insensitive form for searching ('Cliënt' matches 'client')."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
