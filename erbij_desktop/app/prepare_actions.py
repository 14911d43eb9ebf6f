"""The Voorbereiden tab's changes: each function is one workspace action, so one undo step.

The UI passes ids and plain values; the ORM objects exist only inside the
action's session. Each function returns ids or frozen rows, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .records import record_of_event
from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.models import Event, EventTable, Organisation, Person, Quote, Round


def _event(session: Session, ws: Workspace) -> Event:
    from erbij_desktop.domain.events import get_event

    return get_event(session, ws.event_id)


def _table(session: Session, ws: Workspace, table_id: int) -> EventTable:
    from erbij_desktop.domain.models import EventTable

    return record_of_event(session, ws, EventTable, table_id, "table", "Deze tafel bestaat niet meer.")


# --- the event ------------------------------------------------------------------------------------


def update_event(ws: Workspace, *, label: str = "Evenement wijzigen", **fields: Any) -> None:
    from erbij_desktop.domain import events

    ws.run(label, lambda s: events.update_event(s, _event(s, ws), **fields))


def set_chair(ws: Workspace, name: str, *, label: str = "Dagvoorzitter wijzigen") -> None:
    from erbij_desktop.domain.events import update_event
    from erbij_desktop.domain.people import ensure_person

    def action(session: Session) -> None:
        event = _event(session, ws)
        person = ensure_person(session, event, name) if name.strip() else None
        update_event(session, event, chair_id=person.id if person else None)

    ws.run(label, action)


def set_organisers(ws: Workspace, names: Sequence[str], *, label: str = "Organisatoren wijzigen") -> None:
    from erbij_desktop.domain import events
    from erbij_desktop.domain.people import ensure_organisation

    def action(session: Session) -> None:
        event = _event(session, ws)
        chosen = [ensure_organisation(session, event, n) for n in names]
        events.set_organisers(session, event, chosen)

    ws.run(label, action)


def set_headline(ws: Workspace, quote_id: int | None, *, label: str = "Kopcitaat kiezen") -> None:
    """Make the quote the report's headline (the only one); None: no headline."""
    from erbij_desktop.domain import quotes

    ws.run(
        label, lambda s: quotes.set_headline(s, _event(s, ws), _quote(s, ws, quote_id) if quote_id else None)
    )


def _quote(session: Session, ws: Workspace, quote_id: int) -> Quote:
    from erbij_desktop.domain.models import Quote

    return record_of_event(session, ws, Quote, quote_id, "quote", "Dit citaat bestaat niet meer.")


# --- tables ---------------------------------------------------------------------------------------


def add_table(ws: Workspace, name: str | None = None, *, label: str = "Tafel toevoegen") -> int:
    from erbij_desktop.domain import rounds

    return ws.run(label, lambda s: rounds.add_table(s, _event(s, ws), name).id)


def add_tables(ws: Workspace, count: int, *, label: str = "Tafels toevoegen") -> list[int]:
    from erbij_desktop.domain import rounds

    return ws.run(label, lambda s: [t.id for t in rounds.add_tables(s, _event(s, ws), count)])


def set_table_count(ws: Workspace, count: int, *, label: str = "Aantal tafels") -> list[int]:
    """The event gets ``count`` tables (domain.rounds.set_table_count); the ids of tables added."""
    from erbij_desktop.domain import rounds

    return ws.run(label, lambda s: [t.id for t in rounds.set_table_count(s, _event(s, ws), count)])


def rename_table(ws: Workspace, table_id: int, name: str, *, label: str = "Tafel hernoemen") -> None:
    from erbij_desktop.domain import rounds

    ws.run(label, lambda s: rounds.rename_table(s, _table(s, ws, table_id), name))


def set_table_host(ws: Workspace, table_id: int, name: str, *, label: str = "Tafelhost wijzigen") -> None:
    from erbij_desktop.domain import rounds
    from erbij_desktop.domain.people import ensure_person

    def action(session: Session) -> None:
        table = _table(session, ws, table_id)
        host = ensure_person(session, _event(session, ws), name) if name.strip() else None
        rounds.set_table_host(session, table, host)

    ws.run(label, action)


def move_table(ws: Workspace, table_id: int, index: int, *, label: str = "Tafel verplaatsen") -> None:
    from erbij_desktop.domain import rounds

    ws.run(label, lambda s: rounds.move_table(s, _table(s, ws, table_id), index))


def delete_table(ws: Workspace, table_id: int, *, label: str = "Tafel verwijderen") -> None:
    from erbij_desktop.domain import rounds

    ws.run(label, lambda s: rounds.delete_table(s, _table(s, ws, table_id)))


# --- rounds ---------------------------------------------------------------------------------------


def _round(session: Session, ws: Workspace, round_id: int) -> Round:
    from erbij_desktop.domain.models import Round

    return record_of_event(session, ws, Round, round_id, "round", "Deze ronde bestaat niet meer.")


def add_round(
    ws: Workspace, title: str, question: str, *, planned_minutes: int, label: str = "Ronde toevoegen"
) -> int:
    from erbij_desktop.domain import rounds

    return ws.run(
        label,
        lambda s: rounds.add_round(s, _event(s, ws), title, question, planned_minutes=planned_minutes).id,
    )


def update_round(ws: Workspace, round_id: int, *, label: str = "Ronde wijzigen", **fields: Any) -> None:
    """Change round fields; ``programme_item_id`` (an id or None) links the round to an item."""
    from erbij_desktop.domain import rounds
    from erbij_desktop.domain.models import ProgrammeItem

    def action(session: Session) -> None:
        values = dict(fields)
        if "programme_item_id" in values:
            item_id = values.pop("programme_item_id")
            values["programme_item"] = session.get(ProgrammeItem, item_id) if item_id is not None else None
        rounds.update_round(session, _round(session, ws, round_id), **values)

    ws.run(label, action)


def move_round(ws: Workspace, round_id: int, index: int, *, label: str = "Ronde verplaatsen") -> None:
    from erbij_desktop.domain import rounds

    ws.run(label, lambda s: rounds.move_round(s, _round(s, ws, round_id), index))


def delete_round(ws: Workspace, round_id: int, *, label: str = "Ronde verwijderen") -> None:
    from erbij_desktop.domain import rounds

    ws.run(label, lambda s: rounds.delete_round(s, _round(s, ws, round_id)))


# --- people and organisations ---------------------------------------------------------------------


def _person(session: Session, ws: Workspace, person_id: int) -> Person:
    from erbij_desktop.domain.models import Person

    return record_of_event(session, ws, Person, person_id, "person", "Deze persoon bestaat niet meer.")


def _organisation(session: Session, ws: Workspace, organisation_id: int) -> Organisation:
    from erbij_desktop.domain.models import Organisation

    return record_of_event(
        session, ws, Organisation, organisation_id, "organisation", "Deze organisatie bestaat niet meer."
    )


def add_person(ws: Workspace, name: str, *, label: str = "Persoon toevoegen") -> int:
    """The person with this name (an existing one, whatever its case, is reused); its id."""
    from erbij_desktop.domain.people import ensure_person

    return ws.run(label, lambda s: ensure_person(s, _event(s, ws), name).id)


def rename_person(ws: Workspace, person_id: int, name: str, *, label: str = "Persoon hernoemen") -> None:
    from erbij_desktop.domain import people

    ws.run(label, lambda s: people.rename_person(s, _person(s, ws, person_id), name))


def update_person(ws: Workspace, person_id: int, *, label: str = "Persoon wijzigen", **fields: Any) -> None:
    """Change ``role`` or ``consent_to_name``."""
    from erbij_desktop.domain import people

    ws.run(label, lambda s: people.update_person(s, _person(s, ws, person_id), **fields))


def set_person_organisation(
    ws: Workspace, person_id: int, name: str, *, label: str = "Organisatie wijzigen"
) -> None:
    """Link the person to the organisation with this name (created if new); empty: to none."""
    from erbij_desktop.domain import people

    def action(session: Session) -> None:
        event = _event(session, ws)
        organisation = people.ensure_organisation(session, event, name) if name.strip() else None
        people.update_person(session, _person(session, ws, person_id), organisation=organisation)

    ws.run(label, action)


def delete_person(ws: Workspace, person_id: int, *, label: str = "Persoon verwijderen") -> None:
    from erbij_desktop.domain import people

    ws.run(label, lambda s: people.delete_person(s, _person(s, ws, person_id)))


def add_organisation(ws: Workspace, name: str, *, label: str = "Organisatie toevoegen") -> int:
    from erbij_desktop.domain.people import ensure_organisation

    return ws.run(label, lambda s: ensure_organisation(s, _event(s, ws), name).id)


def rename_organisation(
    ws: Workspace, organisation_id: int, name: str, *, label: str = "Organisatie hernoemen"
) -> None:
    from erbij_desktop.domain import people

    ws.run(label, lambda s: people.rename_organisation(s, _organisation(s, ws, organisation_id), name))


def delete_organisation(
    ws: Workspace, organisation_id: int, *, label: str = "Organisatie verwijderen"
) -> None:
    from erbij_desktop.domain import people

    ws.run(label, lambda s: people.delete_organisation(s, _organisation(s, ws, organisation_id)))
