"""The capture view's changes ("Vastleggen"): each one workspace action, so one undo step.

Every function is one ``ws.run`` around a domain operation from
``domain.contributions`` or ``domain.quotes``; safe to call from any thread
(a table host's phone adds through the same functions). They return frozen
rows or ids, never ORM objects. This module loads the ORM: the capture view
imports it at the first change, not while the window opens.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.contribution_rows import ContributionRow
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
) -> ContributionRow:
    """Store what a table said. From a table host's device (``Origin.DEVICE``) it is not a step of
    the facilitator's undo history: Ctrl+Z on the laptop never takes back a host's words."""
    return ws.run(
        label,
        lambda s: ops.add_contribution(
            s, round_id, text, table_id=table_id, person=person or None, organisation=organisation or None
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
