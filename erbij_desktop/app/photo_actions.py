"""The photo manager's changes (Verslag, Foto’s): each function is one workspace action, one undo step.

The UI passes ids and plain values (the file's bytes and name, a caption, a
person's id); the ORM objects exist only inside the action's session, and
each function returns an id or a frozen ``PhotoRow``. A refused change (a
corrupt or huge file, a duplicate, a photo someone removed meanwhile) raises
the domain's ``ValidationError`` from inside ``ws.run``, so nothing is stored
and the undo history stays as it was.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .photo_reads import PhotoRow, row_of
from .records import record_of_event
from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.models import Person, Photo, ProgrammeItem


class Keep(enum.Enum):
    """``after_item_id=KEEP``: leave the photo's place as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


def _photo(session: Session, ws: Workspace, photo_id: int) -> Photo:
    from erbij_desktop.domain.models import Photo

    return record_of_event(session, ws, Photo, photo_id, "photo", "Deze foto bestaat niet meer.")


def _item(session: Session, ws: Workspace, item_id: int | None) -> ProgrammeItem | None:
    from erbij_desktop.domain.models import ProgrammeItem

    if item_id is None:
        return None
    return record_of_event(
        session, ws, ProgrammeItem, item_id, "after_item", "Dit programmaonderdeel bestaat niet meer."
    )


def _person(session: Session, ws: Workspace, person_id: int) -> Person:
    from erbij_desktop.domain.models import Person

    return record_of_event(session, ws, Person, person_id, "people", "Deze persoon bestaat niet meer.")


def add_photo(ws: Workspace, data: bytes, filename: str, *, label: str = "Foto toevoegen") -> int:
    """Check and store an image at the end of the event's photos; the new photo's id."""
    from erbij_desktop.domain import photos
    from erbij_desktop.domain.events import get_event

    return ws.run(label, lambda s: photos.add_photo(s, get_event(s, ws.event_id), data, filename).id)


def update_photo(
    ws: Workspace,
    photo_id: int,
    *,
    caption: str | None = None,
    credit: str | None = None,
    alt_text: str | None = None,
    consent: bool | None = None,
    after_item_id: int | Keep | None = KEEP,
    people: Iterable[int] | None = None,
    label: str = "Foto wijzigen",
) -> PhotoRow:
    """Change what is given (``after_item_id=None``: before the conclusion); all or nothing."""
    from erbij_desktop.domain import photos
    from erbij_desktop.domain.people import UNCHANGED

    pictured = None if people is None else tuple(people)

    def action(session: Session) -> PhotoRow:
        photo = _photo(session, ws, photo_id)
        place = UNCHANGED if isinstance(after_item_id, Keep) else _item(session, ws, after_item_id)
        who = None if pictured is None else [_person(session, ws, i) for i in pictured]
        photos.update_photo(
            session,
            photo,
            caption=caption,
            credit=credit,
            alt_text=alt_text,
            consent=consent,
            after_item=place,
            people=who,
        )
        return row_of(photo)

    return ws.run(label, action)


def set_pictured(
    ws: Workspace,
    photo_id: int,
    person_id: int,
    pictured: bool,
    *,
    label: str = "Mensen op de foto wijzigen",
) -> PhotoRow:
    """Tick (or untick) one person as being in the photo, against what is stored now."""
    from erbij_desktop.domain import photos

    def action(session: Session) -> PhotoRow:
        photo = _photo(session, ws, photo_id)
        people = [p for p in photo.people if p.id != person_id]
        if pictured:
            people.append(_person(session, ws, person_id))
        photos.update_photo(session, photo, people=people)
        return row_of(photo)

    return ws.run(label, action)


def move_photo(ws: Workspace, photo_id: int, index: int, *, label: str = "Foto verplaatsen") -> None:
    """Move the photo to ``index`` among the event's photos (clamped)."""
    from erbij_desktop.domain import photos

    ws.run(label, lambda s: photos.move_photo(s, _photo(s, ws, photo_id), index))


def delete_photo(ws: Workspace, photo_id: int, *, label: str = "Foto verwijderen") -> None:
    from erbij_desktop.domain import photos

    ws.run(label, lambda s: photos.delete_photo(s, _photo(s, ws, photo_id)))
