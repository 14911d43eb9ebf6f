"""What a device's entries do to the event: add, edit, delete, each one workspace action.

Each write is one ``ws.run`` with ``Origin.DEVICE`` and ``Undo.SKIP`` (a host's
words are not steps of the facilitator's undo history), committed before the
server answers. The checks a device's write needs (is the round still open
for devices, is this entry this device's) run inside the same transaction as
the write, so a round closed a moment earlier can never take one more entry.

An entry is known by the id the device made (``entry_uid``): adding it again
changes nothing and answers as the first time did, so a retry after a lost
answer never stores twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from erbij_desktop.app.changes import Origin
from erbij_desktop.app.workspace import Undo
from erbij_desktop.domain.contribution_rows import SOURCE_DEVICE

from .errors import Refusal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.domain.models import Contribution

ADD_LABEL = "Bijdrage van een tafel"
EDIT_LABEL = "Bijdrage van een tafel gewijzigd"
DELETE_LABEL = "Bijdrage van een tafel verwijderd"
MAX_LISTED = 1000  # a device's own list: far more than one host types in a day


@dataclass(frozen=True)
class NewEntry:
    uid: str
    device: str
    text: str
    person: str  # "" unless the person consented
    organisation: str
    round_id: int | None  # the round the page showed when it was typed; None: the live round


def add_entry(ws: Workspace, table_id: int, entry: NewEntry, live_round_id: int | None) -> bool:
    """Store the entry for the table; True when it is new, False when it was stored before."""
    from erbij_desktop.domain import contributions as ops
    from erbij_desktop.domain.errors import DomainError

    def action(session: Session) -> bool:
        # Plain statements: this runs for every entry of a full room, on the interpreter the window
        # shares (ORM queries here cost as much as the add itself).
        if _uid_known(session, ws, entry.uid):
            return False
        round_id = entry.round_id if entry.round_id is not None else live_round_id
        if round_id is None:
            raise Refusal("no_round")
        _open_round_plain(session, ws, round_id)
        try:
            ops.add_contribution(
                session,
                round_id,
                entry.text,
                table_id=table_id,
                person=entry.person or None,
                organisation=entry.organisation or None,
                entry_uid=entry.uid,
                source=SOURCE_DEVICE,
                device_id=entry.device,
            )
        except DomainError as error:
            raise Refusal("bad_request") from error
        return True

    return ws.run(ADD_LABEL, action, undo=Undo.SKIP, origin=Origin.DEVICE)


def edit_entry(ws: Workspace, table_id: int, device: str, uid: str, text: str) -> None:
    from erbij_desktop.domain import contributions as ops
    from erbij_desktop.domain.errors import DomainError

    def action(session: Session) -> None:
        found = _own(session, ws, table_id, device, uid)
        if found is None:
            raise Refusal("not_found")
        _open_round(session, ws, found.round_id)
        try:
            ops.edit_text(session, found.id, text)
        except DomainError as error:
            raise Refusal("bad_request") from error

    ws.run(EDIT_LABEL, action, undo=Undo.SKIP, origin=Origin.DEVICE)


def delete_entry(ws: Workspace, table_id: int, device: str, uid: str) -> None:
    """Delete the device's entry; nothing to do when it is gone already."""
    from erbij_desktop.domain import contributions as ops

    def action(session: Session) -> None:
        if _by_uid(session, ws, uid) is None:
            return
        found = _own(session, ws, table_id, device, uid)
        if found is None:
            raise Refusal("not_found")
        _open_round(session, ws, found.round_id)
        ops.delete_contribution(session, found.id)

    ws.run(DELETE_LABEL, action, undo=Undo.SKIP, origin=Origin.DEVICE)


def device_entries(ws: Workspace, table_id: int, device: str) -> list[dict[str, Any]]:
    """The entries this device sent for this table, oldest first, as the API lists them."""
    from sqlalchemy import select

    from erbij_desktop.domain.models import Contribution, Organisation, Person

    def read(session: Session) -> list[dict[str, Any]]:
        rows = session.execute(
            select(
                Contribution.entry_uid,
                Contribution.text,
                Contribution.round_id,
                Person.name,
                Organisation.name,
            )
            .outerjoin(Person, Person.id == Contribution.person_id)
            .outerjoin(Organisation, Organisation.id == Contribution.organisation_id)
            .where(
                Contribution.event_id == ws.event_id,
                Contribution.table_id == table_id,
                Contribution.device_id == device,
            )
            .order_by(Contribution.created_at, Contribution.id)
            .limit(MAX_LISTED)
        )
        return [
            {
                "id": uid,
                "text": text,
                "person": person or "",
                "organisation": organisation or "",
                "round_id": round_id,
                "status": "saved",
            }
            for uid, text, round_id, person, organisation in rows
        ]

    return ws.read(read)


def _uid_known(session: Session, ws: Workspace, uid: str) -> bool:
    from sqlalchemy import select

    from erbij_desktop.domain.schema import contribution

    in_event = contribution.c.event_id == ws.event_id
    found = session.connection().execute(
        select(contribution.c.id).where(in_event, contribution.c.entry_uid == uid)
    )
    return found.first() is not None


def _open_round_plain(session: Session, ws: Workspace, round_id: int) -> None:
    from sqlalchemy import select

    from erbij_desktop.domain.schema import round_

    found = (
        session.connection()
        .execute(select(round_.c.event_id, round_.c.capture_closed).where(round_.c.id == round_id))
        .first()
    )
    if found is None or found.event_id != ws.event_id:
        raise Refusal("bad_request")
    if found.capture_closed:
        raise Refusal("closed")


def _by_uid(session: Session, ws: Workspace, uid: str) -> Contribution | None:
    """The event's entry with this id (ids are unique per event)."""
    from sqlalchemy import select

    from erbij_desktop.domain.models import Contribution

    return session.scalars(
        select(Contribution).where(Contribution.event_id == ws.event_id, Contribution.entry_uid == uid)
    ).first()


def _own(session: Session, ws: Workspace, table_id: int, device: str, uid: str) -> Contribution | None:
    found = _by_uid(session, ws, uid)
    if found is None or found.table_id != table_id:
        return None
    return found if found.device_id == device else None


def _open_round(session: Session, ws: Workspace, round_id: int) -> None:
    from erbij_desktop.domain.models import Round

    round_ = session.get(Round, round_id)
    if round_ is None or round_.event_id != ws.event_id:
        raise Refusal("bad_request")
    if round_.capture_closed:
        raise Refusal("closed")
