"""What the preview renders: an event's report, read in a session of the render thread's own."""

from __future__ import annotations

from erbij_desktop.domain.events import get_event
from erbij_desktop.storage.database import Database

from .renderer import RenderFunction


def report_source(db: Database, event_id: int, *, appendix: bool = False) -> RenderFunction:
    """A render function for the preview: opens its own session (never the UI's), returns PDF bytes."""

    def render() -> bytes:
        from erbij_desktop.report.article import render_report  # ReportLab only when needed

        with db.session() as session:
            return render_report(session, get_event(session, event_id), appendix=appendix)

    return render
