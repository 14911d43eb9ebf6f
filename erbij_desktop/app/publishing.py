"""What an open event publishes: its public view, read through the workspace.

Every export (PDF, HTML, Word, CSV) and the Verslag tab's preview render from
the same frozen ``PublicEvent``: people are named only as ``domain.consent``
allows, and the view holds plain values, so it can be handed to a render
thread while the facilitator goes on editing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .workspace import Workspace

if TYPE_CHECKING:
    from erbij_desktop.domain.privacy import PublicEvent


def public_view(ws: Workspace) -> PublicEvent:
    """The event as the report shows it, as committed now (one short session; loads the ORM)."""
    from erbij_desktop.domain.events import get_event
    from erbij_desktop.domain.privacy import public_view as view_of

    return ws.read(lambda session: view_of(session, get_event(session, ws.event_id)))
