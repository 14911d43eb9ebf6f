"""The capture view's changes ("Vastleggen"): each one workspace action, so one undo step.

Every function is one ``ws.run`` around a domain operation from
``domain.contributions`` or ``domain.quotes``; safe to call from any thread
(a table host's phone adds through the same functions). They return frozen
rows or ids, never ORM objects. This module loads the ORM: the capture view
imports it at the first change, not while the window opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain import rounds
from erbij_desktop.domain.contribution_rows import SOURCE_LAPTOP, ContributionRow
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.domain.models import Event, ProgrammeItem
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.quotes import add_quote as _add_quote
from erbij_desktop.domain.quotes import quote_text

from .changes import Origin
from .workspace import Undo, Workspace


def add_contribution(
    ws: Workspace,
    round_id: int,
    text: str,
    *,
    table_id: int | None = None,
    person: str = "",
    organisation: str = "",
    label: str = "Bijdrage toevoegen",
    origin: Origin = Origin.LOCAL,
    entry_uid: str | None = None,
    source: str = SOURCE_LAPTOP,
    device_id: str | None = None,
    now: dt.datetime | None = None,
) -> ContributionRow:
    """Store what a table said. From a table host's device (``Origin.DEVICE``) it is not a step of
    the facilitator's undo history: Ctrl+Z on the laptop never takes back a host's words.
    Sent again with the same ``entry_uid`` (a retry), the stored row comes back and nothing changes.
    ``now``: when it was typed, when that was not just now (delivered later from the outbox)."""
    return ws.run(
        label,
        lambda s: ops.add_contribution(
            s,
            round_id,
            text,
            table_id=table_id,
            person=person or None,
            organisation=organisation or None,
            entry_uid=entry_uid,
            source=source,
            device_id=device_id,
            now=now,
        ),
        undo=Undo.RECORD if origin is Origin.LOCAL else Undo.SKIP,
        origin=origin,
    )


def edit_text(
    ws: Workspace, contribution_id: int, text: str, *, label: str = "Bijdrage wijzigen"
) -> ContributionRow:
    return ws.run(label, lambda s: ops.edit_text(s, contribution_id, text))


def set_highlight(
    ws: Workspace, contribution_id: int, highlighted: bool, *, label: str = "Bijdrage uitlichten"
) -> ContributionRow:
    return ws.run(label, lambda s: ops.set_highlight(s, contribution_id, highlighted))


def set_hidden(ws: Workspace, contribution_id: int, hidden: bool, *, label: str = "") -> ContributionRow:
    """Hide a contribution from the lists and the report, or show it again (one undo step)."""
    label = label or ("Bijdrage verbergen" if hidden else "Bijdrage weer tonen")
    return ws.run(label, lambda s: ops.set_hidden(s, contribution_id, hidden))


def set_capture_closed(ws: Workspace, round_id: int, closed: bool, *, label: str = "") -> None:
    """Close a round for the table hosts' devices (they can no longer add, edit or delete), or open it."""
    label = label or ("Ronde sluiten voor tafels" if closed else "Ronde openen voor tafels")
    ws.run(label, lambda s: rounds.set_capture_closed(s, ws.event_id, round_id, closed))


def delete_contribution(ws: Workspace, contribution_id: int, *, label: str = "Bijdrage verwijderen") -> int:
    ws.run(label, lambda s: ops.delete_contribution(s, contribution_id))
    return contribution_id


def set_attribution(
    ws: Workspace, contribution_id: int, person: str, organisation: str, *, label: str = "Spreker wijzigen"
) -> ContributionRow:
    return ws.run(label, lambda s: ops.set_attribution(s, contribution_id, person, organisation))


def set_table(
    ws: Workspace, contribution_id: int, table_id: int | None, *, label: str = "Bijdrage naar andere tafel"
) -> ContributionRow:
    return ws.run(label, lambda s: ops.set_table(s, contribution_id, table_id))


def set_tags(
    ws: Workspace, contribution_id: int, names: Iterable[str], *, label: str = "Labels wijzigen"
) -> ContributionRow:
    wanted = tuple(names)
    return ws.run(label, lambda s: ops.set_tags(s, contribution_id, wanted))


def move_contribution(
    ws: Workspace, contribution_id: int, before_id: int | None, *, label: str = "Bijdrage verplaatsen"
) -> list[int]:
    """Put the contribution before ``before_id`` in its round (None: at the end); the new order."""
    return ws.run(label, lambda s: ops.move_contribution(s, contribution_id, before_id))


def add_quote(
    ws: Workspace,
    text: str,
    *,
    speaker: str = "",
    programme_item_id: int | None = None,
    label: str = "Citaat toevoegen",
) -> int:
    """A quote from the stage; ``speaker`` is a name (a known person, or a new one). Its id."""

    def action(session: Session) -> int:
        event = session.get(Event, ws.event_id)
        if event is None:
            raise DomainError("Dit evenement bestaat niet meer.")
        quote_text(text)  # refuse empty text before a speaker is created
        item = session.get(ProgrammeItem, programme_item_id) if programme_item_id else None
        who = ensure_person(session, event, speaker) if speaker.strip() else None
        return _add_quote(session, event, text, speaker=who, programme_item=item).id

    return ws.run(label, action)
