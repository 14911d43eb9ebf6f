"""Single plain reads the GUI needs before an event is open (no ORM, one short connection)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from erbij_desktop.domain.outline import event_title

if TYPE_CHECKING:
    from erbij_desktop.storage.database import Database


def event_title_of(db: Database, event_id: int) -> str | None:
    """The event's title, or None when there is no such event."""
    with db.connect() as conn:
        return event_title(conn, event_id)
