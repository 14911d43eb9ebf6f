"""What live mode writes: the actual start and end of programme items (the programme clock).

They are the clock, not an edit: recorded in one transaction each through the
workspace, announced on the feed, but not steps of the undo history (Ctrl+Z
after "on stage" must not take the room back in time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .workspace import Undo, Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def put_on_stage(ws: Workspace, item_id: int, *, label: str = "Op het podium") -> bool:
    """Record that the item starts now (ending whatever was on stage); False when it is gone."""
    from erbij_desktop.domain.models import ProgrammeItem
    from erbij_desktop.domain.programme_clock import start_item

    def record(session: Session) -> bool:
        item = session.get(ProgrammeItem, item_id)
        if item is None or item.event_id != ws.event_id:
            return False
        start_item(session, item)
        return True

    return ws.run(label, record, undo=Undo.SKIP)


def take_off_stage(ws: Workspace, item_id: int, *, label: str = "Van het podium") -> bool:
    """Record that the item on stage ended now; False when there was nothing to end."""
    from erbij_desktop.domain.models import ProgrammeItem
    from erbij_desktop.domain.programme_clock import end_item

    def record(session: Session) -> bool:
        item = session.get(ProgrammeItem, item_id)
        if item is None or item.actual_start is None or item.actual_end is not None:
            return False
        end_item(session, item)
        return True

    return ws.run(label, record, undo=Undo.SKIP)
