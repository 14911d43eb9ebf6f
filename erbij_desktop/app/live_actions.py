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


def switch_round(ws: Workspace, round_id: int, *, label: str = "Ronde wisselen") -> bool:
    """Record that the room is in ``round_id`` from now on (the round before it ends now).

    The tables' pages (the capture server) follow it: ``domain.now`` takes a round started and not
    ended as the live one. Not an undo step, like the programme clock. False when the round is gone.
    """
    from erbij_desktop.domain.models import Round
    from erbij_desktop.domain.types import utcnow

    def record(session: Session) -> bool:
        target = session.get(Round, round_id)
        if target is None or target.event_id != ws.event_id:
            return False
        now = utcnow()
        for other in target.event.rounds:
            if other.id != round_id and other.started_at is not None and other.ended_at is None:
                other.ended_at = now
        if target.started_at is None or target.ended_at is not None:
            target.started_at, target.ended_at = now, None
        return True

    return ws.run(label, record, undo=Undo.SKIP)
