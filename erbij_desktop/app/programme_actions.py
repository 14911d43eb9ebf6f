"""Changes to Voorbereiden's Programma section: each function is one workspace action (one undo step).

Programme items, the people on stage, and an item's quotes and key figures.
The UI passes ids and plain values; ORM objects exist only inside the
action's session. (The report's headline is ``prepare_actions.set_headline``.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .prepare_actions import _event, _quote
from .records import record_of_event
from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.models import KeyFigure, ProgrammeItem


def _item(session: Session, ws: Workspace, item_id: int) -> ProgrammeItem:
    from erbij_desktop.domain.models import ProgrammeItem

    return record_of_event(
        session, ws, ProgrammeItem, item_id, "programme_item", "Dit programmaonderdeel bestaat niet meer."
    )


def _figure(session: Session, ws: Workspace, figure_id: int) -> KeyFigure:
    from erbij_desktop.domain.models import KeyFigure

    return record_of_event(session, ws, KeyFigure, figure_id, "figure", "Dit kerncijfer bestaat niet meer.")


# --- programme items ------------------------------------------------------------------------------


def add_item(
    ws: Workspace,
    heading: str,
    *,
    kind: Any,
    duration_minutes: int | None,
    label: str = "Programmaonderdeel toevoegen",
) -> int:
    from erbij_desktop.domain import programme

    return ws.run(
        label,
        lambda s: (
            programme.add_programme_item(
                s, _event(s, ws), heading, kind=kind, duration_minutes=duration_minutes
            ).id
        ),
    )


def update_item(
    ws: Workspace, item_id: int, *, label: str = "Programmaonderdeel wijzigen", **fields: Any
) -> None:
    from erbij_desktop.domain import programme

    ws.run(label, lambda s: programme.update_programme_item(s, _item(s, ws, item_id), **fields))


def move_item(
    ws: Workspace, item_id: int, index: int, *, label: str = "Programmaonderdeel verplaatsen"
) -> None:
    from erbij_desktop.domain import programme

    ws.run(label, lambda s: programme.move_programme_item(s, _item(s, ws, item_id), index))


def delete_item(ws: Workspace, item_id: int, *, label: str = "Programmaonderdeel verwijderen") -> None:
    from erbij_desktop.domain import programme

    ws.run(label, lambda s: programme.delete_programme_item(s, _item(s, ws, item_id)))


def set_people_on_stage(
    ws: Workspace, item_id: int, names: Sequence[str], *, label: str = "Podium wijzigen"
) -> None:
    """The people on stage, in order; a new name adds a person."""
    from erbij_desktop.domain import programme
    from erbij_desktop.domain.people import ensure_person

    def action(session: Session) -> None:
        event = _event(session, ws)
        chosen = [ensure_person(session, event, n) for n in names]
        programme.set_people_on_stage(session, _item(session, ws, item_id), chosen)

    ws.run(label, action)


# --- quotes ---------------------------------------------------------------------------------------


def add_quote(
    ws: Workspace, text: str, speaker: str, item_id: int | None, *, label: str = "Citaat toevoegen"
) -> int:
    """A new quote of the item; a new speaker name adds a person."""
    from erbij_desktop.domain import quotes
    from erbij_desktop.domain.people import ensure_person

    def action(session: Session) -> int:
        event = _event(session, ws)
        person = ensure_person(session, event, speaker) if speaker.strip() else None
        item = _item(session, ws, item_id) if item_id is not None else None
        return quotes.add_quote(session, event, text, speaker=person, programme_item=item).id

    return ws.run(label, action)


def update_quote_text(ws: Workspace, quote_id: int, text: str, *, label: str = "Citaat wijzigen") -> None:
    from erbij_desktop.domain import quotes

    ws.run(label, lambda s: quotes.update_quote(s, _quote(s, ws, quote_id), text=text))


def set_quote_speaker(ws: Workspace, quote_id: int, name: str, *, label: str = "Spreker wijzigen") -> None:
    from erbij_desktop.domain import quotes
    from erbij_desktop.domain.people import ensure_person

    def action(session: Session) -> None:
        speaker = ensure_person(session, _event(session, ws), name) if name.strip() else None
        quotes.update_quote(session, _quote(session, ws, quote_id), speaker=speaker)

    ws.run(label, action)


def move_quote(ws: Workspace, quote_id: int, index: int, *, label: str = "Citaat verplaatsen") -> None:
    """Move the quote to ``index`` among the quotes of its programme item."""
    from erbij_desktop.domain import quotes

    ws.run(label, lambda s: quotes.move_quote(s, _quote(s, ws, quote_id), index))


def delete_quote(ws: Workspace, quote_id: int, *, label: str = "Citaat verwijderen") -> None:
    from erbij_desktop.domain import quotes

    ws.run(label, lambda s: quotes.delete_quote(s, _quote(s, ws, quote_id)))


# --- key figures ----------------------------------------------------------------------------------


def add_figure(
    ws: Workspace,
    value: str,
    text: str,
    *,
    source: str,
    item_id: int | None,
    label: str = "Kerncijfer toevoegen",
) -> int:
    from erbij_desktop.domain import figures

    def action(session: Session) -> int:
        item = _item(session, ws, item_id) if item_id is not None else None
        return figures.add_key_figure(
            session, _event(session, ws), value, text, source=source, programme_item=item
        ).id

    return ws.run(label, action)


def update_figure(
    ws: Workspace, figure_id: int, *, label: str = "Kerncijfer wijzigen", **fields: Any
) -> None:
    """Change ``value``, ``text`` or ``source``."""
    from erbij_desktop.domain import figures

    ws.run(label, lambda s: figures.update_key_figure(s, _figure(s, ws, figure_id), **fields))


def move_figure(ws: Workspace, figure_id: int, index: int, *, label: str = "Kerncijfer verplaatsen") -> None:
    """Move the figure to ``index`` among the figures of its programme item."""
    from erbij_desktop.domain import figures

    def action(session: Session) -> None:
        figure = _figure(session, ws, figure_id)
        everything = list(figures.key_figures(session, _event(session, ws)))
        mine = [f for f in everything if f.programme_item_id == figure.programme_item_id]
        neighbour = mine[max(0, min(index, len(mine) - 1))]  # take the place of the one there now
        figures.move_key_figure(session, figure, everything.index(neighbour))

    ws.run(label, action)


def delete_figure(ws: Workspace, figure_id: int, *, label: str = "Kerncijfer verwijderen") -> None:
    from erbij_desktop.domain import figures

    ws.run(label, lambda s: figures.delete_key_figure(s, _figure(s, ws, figure_id)))
