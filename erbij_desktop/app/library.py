"""All events in the database, as the overview and the File menu see them (no Qt).

The list of events changes rarely and not as anyone's undoable step: a new
event, the demo, an imported archive, a deleted event. ``Library`` makes those
changes, each in one transaction, reads the list as plain rows, and announces
every change on its own feed (``ChangeSet.event_id == 0``), so the overview
refreshes however the change came about. Per-event work is the event's
``Workspace``'s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .changes import ChangeSet
from .feed import ChangeFeed

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.privacy import PublicEvent
    from erbij_desktop.storage.database import Database

T = TypeVar("T")


@dataclass(frozen=True)
class EventSummary:
    id: int
    uid: str
    title: str
    date: dt.date | None
    place: str
    final: bool


class Library:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.feed = ChangeFeed()

    # --- reads -----------------------------------------------------------------------------------

    def events(self) -> list[EventSummary]:
        """All events, newest date first (undated last), then by title."""
        from sqlalchemy import select

        from erbij_desktop.domain import schema
        from erbij_desktop.domain.enums import ReportStatus

        e = schema.event.c
        query = select(e.id, e.uid, e.title, e.event_date, e.venue, e.city, e.report_status).order_by(
            e.event_date.desc().nulls_last(), e.title, e.id
        )
        with self.db.connect() as conn:
            rows = conn.execute(query).all()
        return [
            EventSummary(
                row.id,
                row.uid,
                row.title,
                row.event_date,
                ", ".join(part for part in (row.venue, row.city) if part),
                row.report_status is ReportStatus.FINAL,
            )
            for row in rows
        ]

    def event(self, event_id: int) -> EventSummary | None:
        return next((e for e in self.events() if e.id == event_id), None)

    def title(self, event_id: int) -> str | None:
        from erbij_desktop.domain.outline import event_title

        with self.db.connect() as conn:
            return event_title(conn, event_id)

    def public_view(self, event_id: int) -> PublicEvent:
        """What the report shows of the event, as plain frozen data (people named only with consent)."""
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.privacy import public_view

        with self.db.session() as session:
            return public_view(session, get_event(session, event_id))

    # --- changes ---------------------------------------------------------------------------------

    def create_event(self, title: str, **fields: Any) -> int:
        from erbij_desktop.domain.events import create_event

        return self._store("Evenement aanmaken", lambda s: create_event(s, title, **fields).id)

    def import_demo(self) -> tuple[int, bool]:
        """The demo event's id, and whether it was imported now (else it was there already)."""
        from erbij_desktop.storage.archive_demo import import_demo

        def store(session: Session) -> tuple[int, bool]:
            event, created = import_demo(session)
            return event.id, created

        return self._store("Demo openen", store)

    def delete_event(self, event_id: int) -> str:
        """Delete the event and everything in it; its uid (for what is kept beside it, like drafts)."""
        from erbij_desktop.domain.events import delete_event, get_event

        def delete(session: Session) -> str:
            event = get_event(session, event_id)
            uid = event.uid
            delete_event(session, event)
            return uid

        return self._store("Evenement verwijderen", delete)

    def import_archive(self, path: Path, *, as_copy: bool = False) -> tuple[int, str]:
        from erbij_desktop.storage.archive import import_archive

        def store(session: Session) -> tuple[int, str]:
            event = import_archive(session, path, as_copy=as_copy)
            return event.id, event.title

        return self._store("Evenement importeren", store)

    def export_archive(self, event_id: int, path: Path) -> Path:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.storage.archive import export_archive

        with self.db.session() as session:  # everything every tab committed, nothing cached
            return export_archive(session, get_event(session, event_id), path)

    def uid(self, event_id: int) -> str | None:
        found = self.event(event_id)
        return found.uid if found else None

    def _store(self, label: str, change: Callable[[Session], T]) -> T:
        session = self.db.session()
        try:
            result = change(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        self.feed.publish(ChangeSet(0, label, everything=True, sequence=self.feed.next_sequence()))
        return result
