"""The article report: the public API that the UI, the CLI and tests call.

``render_report`` turns an event into the bytes of an A4 PDF that reads like
a published article (see /work/shared/reference in the developer docs):
head with title and headline quote, bold lead, one section per programme
item, the rounds with their selected contributions, conclusion, background
box and dates; optionally an appendix with every contribution.

The report is made from the event's *public view* (domain.privacy), so a
person without consent is never named in it. No Qt here.

For a preview that re-renders off the UI thread: build the view with
``public_view(session, event)`` where the session lives (it only reads and
returns plain frozen data), then call ``render_view(view)`` in the worker;
``render_view`` touches no database and may run in any thread.
"""

from __future__ import annotations

import gc
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate
from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.domain.privacy import PublicEvent, public_view
from erbij_desktop.storage.atomic import atomic_write_bytes

from .appendix import appendix_flowables
from .blocks import article
from .head import head_flowables
from .i18n import labels as labels_for
from .page import BODY, ArticleDocument, Balance, Ending, footer_canvas, head_height
from .pdf_blocks import flowables
from .styles import BODY_LEADING, styles
from .tagging import StructNode

# Balancing the last page costs one or two extra layouts: worth it for an article, not for a long appendix.
BALANCE_MAX_PAGES = 8
BALANCE_SLACK = (BODY_LEADING * 1.5, BODY_LEADING * 5)


def render_report(session: Session, event: Event, *, appendix: bool = False) -> bytes:
    """The event's report as PDF bytes (with every contribution appended when asked)."""
    return render_view(public_view(session, event), appendix=appendix)


def write_report(session: Session, event: Event, target: Path, *, appendix: bool = False) -> None:
    """Render and write atomically: ``target`` is either the old file or the complete new one."""
    data = render_report(session, event, appendix=appendix)
    atomic_write_bytes(Path(target), data, mode=0o644)


def write_view(view: PublicEvent, target: Path, *, appendix: bool = False) -> None:
    """Render an already prepared public view and write it atomically (the GUI's File → Export)."""
    atomic_write_bytes(Path(target), render_view(view, appendix=appendix), mode=0o644)


def render_view(view: PublicEvent, *, appendix: bool = False) -> bytes:
    """The PDF of an already prepared public view (used by the benchmark and tests).

    A short article whose last page is less than full is set a second time
    with that page's columns shortened, so the article ends evenly across
    both columns as in print; if that does not fit, the first setting stands.
    """
    data, ending = _render(view, appendix=appendix)
    balance = ending.balanced() if ending.pages <= BALANCE_MAX_PAGES else None
    for slack in BALANCE_SLACK:
        if balance is None:
            break
        taller = Balance(balance.page, balance.height + slack)
        try:
            attempt, again = _render(view, appendix=appendix, balance=taller)
        except LayoutError:  # something on that page cannot be set in shorter columns
            continue
        if again.pages == ending.pages:
            return attempt
    return data


def _render(view: PublicEvent, *, appendix: bool, balance: Balance | None = None) -> tuple[bytes, Ending]:
    # A layout makes hundreds of thousands of short-lived objects and no cycles worth collecting
    # meanwhile: the cyclic collector would only scan them again and again (measured: ~10 %).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _layout(view, appendix=appendix, balance=balance)
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Story:
    """What one layout sets: the flowables, the structure tree they fill, and the document's facts."""

    flowables: list[Flowable]
    root: StructNode
    head_height: float
    metadata: dict[str, str]


def story(view: PublicEvent, *, appendix: bool) -> Story:
    """The article's flowables (tagged), before layout; the benchmark's bare floor sets the same ones."""
    st = styles(view.language)
    labels = labels_for(view.language)
    content = article(view, labels)
    root = StructNode("Document")
    head = head_flowables(view, content.head, st, root)
    out: list[Flowable] = [NextPageTemplate(BODY), *head, FrameBreak()]
    out.extend(flowables(content.body, st, root))
    if appendix:
        out.extend(appendix_flowables(view, st, labels, root))
    metadata = {
        "title": content.title,
        "author": content.author,
        "subject": content.subject,
        "lang": content.language,
    }
    return Story(out, root, head_height(head), metadata)


def _layout(view: PublicEvent, *, appendix: bool, balance: Balance | None) -> tuple[bytes, Ending]:
    made = story(view, appendix=appendix)
    st = styles(view.language)
    labels = labels_for(view.language)
    buffer = io.BytesIO()
    document = ArticleDocument(buffer, head=made.head_height, balance=balance, **made.metadata)
    watermark = labels.draft if view.is_draft else ""
    canvas = footer_canvas(
        view.title, labels, st, watermark=watermark, structure=made.root, metadata=made.metadata
    )
    document.build(made.flowables, canvasmaker=canvas)
    return buffer.getvalue(), document.ending()
