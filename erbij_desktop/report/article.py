"""The article report: the public API that the UI, the CLI and tests call.

``render_report`` turns an event into the bytes of an A4 PDF that reads like
a published article (see /work/shared/reference in the developer docs):
head with title and headline quote, bold lead, one section per programme
item, the rounds with their selected contributions, conclusion, background
box and dates; optionally an appendix with every contribution.

The report is made from the event's *public view* (domain.privacy), so a
person without consent is never named in it. No Qt here: the preview pane
calls this off the UI thread.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import Flowable, FrameBreak, NextPageTemplate
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.domain.privacy import PublicEvent, public_view
from erbij_desktop.storage.atomic import atomic_write_bytes

from .appendix import appendix_flowables
from .body import body_flowables
from .closing import closing_flowables
from .head import head_flowables
from .i18n import join_names
from .i18n import labels as labels_for
from .page import BODY, ArticleDocument, footer_canvas, head_height
from .styles import styles


def render_report(session: Session, event: Event, *, appendix: bool = False) -> bytes:
    """The event's report as PDF bytes (with every contribution appended when asked)."""
    return render_view(public_view(session, event), appendix=appendix)


def write_report(session: Session, event: Event, target: Path, *, appendix: bool = False) -> None:
    """Render and write atomically: ``target`` is either the old file or the complete new one."""
    data = render_report(session, event, appendix=appendix)
    atomic_write_bytes(Path(target), data, mode=0o644)


def render_view(view: PublicEvent, *, appendix: bool = False) -> bytes:
    """The PDF of an already prepared public view (used by the benchmark and tests)."""
    st = styles()
    labels = labels_for(view.language)
    head = head_flowables(view, st, labels)
    story: list[Flowable] = [NextPageTemplate(BODY), *head, FrameBreak()]
    story.extend(body_flowables(view, st, labels))
    story.extend(closing_flowables(view, st, labels))
    if appendix:
        story.extend(appendix_flowables(view, st, labels))
    buffer = io.BytesIO()
    document = ArticleDocument(
        buffer,
        head=head_height(head),
        watermark=labels.draft if view.is_draft else "",
        title=view.title,
        author=join_names(view.organisers, view.language),
        subject=view.headline.text if view.headline else "",
        lang=view.language.value,
    )
    document.build(story, canvasmaker=footer_canvas(view.title, labels, st))
    return buffer.getvalue()
