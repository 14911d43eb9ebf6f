"""Turn user text into safe ReportLab Paragraph markup.

ReportLab's Paragraph parses a small XML dialect: a contribution reading
``<b>`` or ``<font name=x>`` must print literally, never format. Every user
string goes through ``escape`` before it is put into a Paragraph.
"""

from __future__ import annotations

from xml.sax.saxutils import escape as _xml_escape


def escape(text: str) -> str:
    """Escape ``&``, ``<``, ``>`` and quotes; newlines become line breaks."""
    escaped = _xml_escape(text, {'"': "&quot;", "'": "&#39;"})
    return escaped.replace("\n", "<br/>")
