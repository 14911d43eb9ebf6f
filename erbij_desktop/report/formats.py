"""One entry for every export of the article: PDF, HTML and Word, by name.

The CLI (``report --format``) and the Verslag tab both go through here, so a
format is added in one place. Each writer renders from the event's public
view and writes atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.domain.privacy import PublicEvent
from erbij_desktop.storage.atomic import atomic_write_bytes

FORMATS = ("pdf", "html", "docx")
SUFFIXES = {"pdf": ".pdf", "html": ".html", "docx": ".docx"}


def renderer(fmt: str) -> Callable[..., bytes]:
    """``render(session, event, appendix=...) -> bytes`` for ``fmt`` (imports only what it needs)."""
    if fmt == "pdf":
        from .article import render_report

        return render_report
    if fmt == "html":
        from .html_article import render_html

        return render_html
    if fmt == "docx":
        from .docx_article import render_docx

        return render_docx
    raise ValueError(f"Onbekend formaat {fmt!r}; kies uit {', '.join(FORMATS)}.")


def write_export(session: Session, event: Event, target: Path, fmt: str, *, appendix: bool = False) -> None:
    """Render ``event`` as ``fmt`` and write it atomically to ``target``."""
    data = renderer(fmt)(session, event, appendix=appendix)
    atomic_write_bytes(Path(target), data, mode=0o644)


def view_renderer(fmt: str) -> Callable[..., bytes]:
    """``render(view, appendix=...) -> bytes`` for ``fmt``, from a public view already read."""
    if fmt == "pdf":
        from .article import render_view

        return render_view
    if fmt == "html":
        from .html_article import render_html_view

        return render_html_view
    if fmt == "docx":
        from .docx_article import render_docx_view

        return render_docx_view
    raise ValueError(f"Onbekend formaat {fmt!r}; kies uit {', '.join(FORMATS)}.")


def write_view_as(view: PublicEvent, target: Path, fmt: str, *, appendix: bool = False) -> None:
    """Render a public view as ``fmt`` and write it atomically to ``target`` (the Verslag tab)."""
    atomic_write_bytes(Path(target), view_renderer(fmt)(view, appendix=appendix), mode=0o644)


def format_for(path: Path, default: str = "pdf") -> str:
    """The format a file name asks for ('verslag.docx' -> 'docx')."""
    suffix = Path(path).suffix.lower()
    for fmt, known in SUFFIXES.items():
        if suffix == known or (fmt == "html" and suffix == ".htm"):
            return fmt
    return default
