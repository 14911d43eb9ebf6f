"""What the photo manager (Verslag, Foto’s) shows, read as frozen rows in short sessions.

The page and its editor hold these rows and ids only, never ORM objects: a
row is a snapshot, and after every change (made here, by an undo, elsewhere)
the page reads again. The image bytes are not part of a row (an event can
carry many megabytes of photos); ``image`` reads one photo's bytes when a
thumbnail or preview is first drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from erbij_desktop.domain.enums import ProgrammeKind

from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.models import Photo


@dataclass(frozen=True)
class PhotoRow:
    id: int
    filename: str
    caption: str
    alt_text: str
    credit: str
    consent: bool
    after_item_id: int | None  # placed after this programme item; None: before the conclusion
    width: int
    height: int
    sha256: str  # identifies the image: thumbnails are cached by it
    people: frozenset[int]  # ids of the people in the picture


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    consent: bool  # agreed to be named


@dataclass(frozen=True)
class PlaceChoice:
    """A programme item a photo can follow."""

    id: int
    heading: str
    kind: ProgrammeKind


def row_of(photo: Photo) -> PhotoRow:
    """The frozen row of a photo loaded in a session (inside a read or an action)."""
    return PhotoRow(
        id=photo.id,
        filename=photo.filename or "",
        caption=photo.caption or "",
        alt_text=photo.alt_text or "",
        credit=photo.credit or "",
        consent=bool(photo.consent),
        after_item_id=photo.after_item_id,
        width=photo.width,
        height=photo.height,
        sha256=photo.sha256,
        people=frozenset(p.id for p in photo.people),
    )


def photo_rows(ws: Workspace) -> list[PhotoRow]:
    """The event's photos in report order."""

    def read(session: Session) -> list[PhotoRow]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.photos import photos

        return [row_of(p) for p in photos(session, get_event(session, ws.event_id))]

    return ws.read(read)


def image(ws: Workspace, photo_id: int) -> bytes | None:
    """The stored image of one photo of this event, or None when it is gone."""

    def read(session: Session) -> bytes | None:
        from erbij_desktop.domain.models import Photo

        photo = session.get(Photo, photo_id)
        return bytes(photo.image) if photo is not None and photo.event_id == ws.event_id else None

    return ws.read(read)


def people(ws: Workspace) -> list[PersonChoice]:
    """The event's people (who can be ticked as pictured), by name."""

    def read(session: Session) -> list[PersonChoice]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.people import people as event_people

        return [
            PersonChoice(p.id, p.name, bool(p.consent_to_name))
            for p in event_people(session, get_event(session, ws.event_id))
        ]

    return ws.read(read)


def places(ws: Workspace) -> list[PlaceChoice]:
    """The event's programme items in programme order (where a photo can go)."""

    def read(session: Session) -> list[PlaceChoice]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.programme import programme_items

        return [
            PlaceChoice(i.id, i.heading or "", ProgrammeKind(i.kind))
            for i in programme_items(session, get_event(session, ws.event_id))
        ]

    return ws.read(read)
