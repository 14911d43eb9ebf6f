"""The table page and its two assets, read once from ``resources/room/`` and filled in safely.

The HTML carries the event's language and the table's name, both escaped;
every other word is set by ``room.js`` (in the page's language) through
``textContent``, never as markup, so nothing typed or named can run as script.
Only these three files are served: the names are fixed, no path comes from
the request.
"""

from __future__ import annotations

import html
from functools import cache

from erbij_desktop.resources import resource

_ASSETS = {"room.js": "text/javascript", "room.css": "text/css"}


@cache
def _read(name: str) -> bytes:
    return resource("room", name).read_bytes()


def asset(name: str) -> tuple[bytes, str]:
    """The bytes and content type of ``room.js`` or ``room.css``."""
    return _read(name), _ASSETS[name]


def render(language: str, table_name: str) -> str:
    """The page for one table (``language`` "nl" or "en")."""
    lang = "en" if language == "en" else "nl"
    template = _read("index.html").decode("utf-8")
    return template.replace("{{lang}}", lang).replace("{{table}}", html.escape(table_name, quote=True))
