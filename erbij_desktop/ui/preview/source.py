"""What the preview renders: an event's report, from its public view read on the render thread."""

from __future__ import annotations

from erbij_desktop.app.publishing import public_view
from erbij_desktop.app.workspace import Workspace

from .renderer import RenderFunction


def report_source(workspace: Workspace, *, appendix: bool = False) -> RenderFunction:
    """A render function for the preview: reads what is committed now, returns PDF bytes."""

    def render() -> bytes:
        from erbij_desktop.report.article import render_view  # ReportLab only when needed

        return render_view(public_view(workspace), appendix=appendix)

    return render
