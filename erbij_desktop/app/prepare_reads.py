"""What the Voorbereiden tab shows, read as frozen rows (never ORM objects) in short sessions.

The prepare editors hold these rows and ids only; after every change they
read again (``ui/prepare`` refreshes from the change feed). Reads call the
domain's query functions inside ``ws.read`` and copy the values out before
the session closes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.enums import ReportLanguage, ReportStatus


@dataclass(frozen=True)
class EventFields:
    id: int
    title: str
    event_date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    city: str
    chair: str
    chair_id: int | None
    chair_consents: bool  # may the chair be named in public output (domain.consent)
    attendance_expected: int | None
    attendance_actual: int | None
    attendance_text: str
    organisers: tuple[str, ...]


@dataclass(frozen=True)
class TableRow:
    id: int
    name: str
    host: str
    contributions: int


@dataclass(frozen=True)
class RoundRow:
    id: int
    title: str
    question: str
    planned_minutes: int
    intro: str
    selection_intro: str
    programme_item_id: int | None


@dataclass(frozen=True)
class ReportFields:
    purpose: str
    lead: str
    conclusion: str
    background_heading: str
    background_text: str
    report_language: ReportLanguage
    report_status: ReportStatus
    published_on: dt.date | None
    modified_on: dt.date | None
    logo: bytes | None


@dataclass(frozen=True)
class QuoteRow:
    id: int
    text: str
    speaker: str
    is_headline: bool
    programme_item_id: int | None


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    role: str
    organisation: str
    consent_to_name: bool


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    members: int


def event_fields(ws: Workspace) -> EventFields:
    def read(session: Session) -> EventFields:
        from erbij_desktop.domain.events import get_event

        e = get_event(session, ws.event_id)
        return EventFields(
            id=e.id,
            title=e.title or "",
            event_date=e.event_date,
            start_time=e.start_time,
            end_time=e.end_time,
            venue=e.venue or "",
            city=e.city or "",
            chair=e.chair.name if e.chair else "",
            chair_id=e.chair.id if e.chair else None,
            chair_consents=bool(e.chair and e.chair.consent_to_name),
            attendance_expected=e.attendance_expected,
            attendance_actual=e.attendance_actual,
            attendance_text=e.attendance_text or "",
            organisers=tuple(o.name for o in e.organisers),
        )

    return ws.read(read)


def report_fields(ws: Workspace) -> ReportFields:
    def read(session: Session) -> ReportFields:
        from erbij_desktop.domain.events import get_event

        e = get_event(session, ws.event_id)
        return ReportFields(
            purpose=e.purpose or "",
            lead=e.lead or "",
            conclusion=e.conclusion or "",
            background_heading=e.background_heading or "",
            background_text=e.background_text or "",
            report_language=e.report_language,
            report_status=e.report_status,
            published_on=e.published_on,
            modified_on=e.modified_on,
            logo=e.logo or None,
        )

    return ws.read(read)


ALL_ITEMS = -1  # ``quote_rows``: the quotes of every programme item


def quote_rows(ws: Workspace, item_id: int | None = ALL_ITEMS) -> list[QuoteRow]:
    """The event's quotes in order; only those of programme item ``item_id`` (None: unlinked ones)."""

    def read(session: Session) -> list[QuoteRow]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.quotes import quotes

        found = quotes(session, get_event(session, ws.event_id))
        return [
            QuoteRow(q.id, q.text, q.speaker.name if q.speaker else "", q.is_headline, q.programme_item_id)
            for q in found
            if item_id == ALL_ITEMS or q.programme_item_id == item_id
        ]

    return ws.read(read)


def person_rows(ws: Workspace) -> list[PersonRow]:
    def read(session: Session) -> list[PersonRow]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.people import people

        return [
            PersonRow(
                p.id, p.name, p.role or "", p.organisation.name if p.organisation else "", p.consent_to_name
            )
            for p in people(session, get_event(session, ws.event_id))
        ]

    return ws.read(read)


def organisation_rows(ws: Workspace) -> list[OrganisationRow]:
    def read(session: Session) -> list[OrganisationRow]:
        from collections import Counter

        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.people import organisations, people

        event = get_event(session, ws.event_id)
        members = Counter(p.organisation_id for p in people(session, event) if p.organisation_id)
        return [OrganisationRow(o.id, o.name, members[o.id]) for o in organisations(session, event)]

    return ws.read(read)


def find_person(ws: Workspace, name: str) -> int | None:
    """The id of the person with this name (whatever its case and spacing), if there is one."""

    def read(session: Session) -> int | None:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.people import find_person

        found = find_person(session, get_event(session, ws.event_id), name) if name.strip() else None
        return found.id if found is not None else None

    return ws.read(read)


def find_organisation(ws: Workspace, name: str) -> int | None:
    def read(session: Session) -> int | None:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.people import find_organisation

        found = find_organisation(session, get_event(session, ws.event_id), name) if name.strip() else None
        return found.id if found is not None else None

    return ws.read(read)


def person_names(ws: Workspace) -> list[str]:
    def read(session: Session) -> list[str]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.people import people

        return [p.name for p in people(session, get_event(session, ws.event_id))]

    return ws.read(read)


def organisation_names(ws: Workspace) -> list[str]:
    def read(session: Session) -> list[str]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.people import organisations

        return [o.name for o in organisations(session, get_event(session, ws.event_id))]

    return ws.read(read)


def table_rows(ws: Workspace) -> list[TableRow]:
    def read(session: Session) -> list[TableRow]:
        from erbij_desktop.domain.contribution_rows import counts_by_table_in_event
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.rounds import tables

        counts = counts_by_table_in_event(session, ws.event_id)
        return [
            TableRow(t.id, t.name, t.host.name if t.host else "", counts.get(t.id, 0))
            for t in tables(session, get_event(session, ws.event_id))
        ]

    return ws.read(read)


def round_rows(ws: Workspace) -> list[RoundRow]:
    def read(session: Session) -> list[RoundRow]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.rounds import rounds

        return [
            RoundRow(
                r.id,
                r.title,
                r.question,
                r.planned_minutes,
                r.intro or "",
                r.selection_intro or "",
                r.programme_item_id,
            )
            for r in rounds(session, get_event(session, ws.event_id))
        ]

    return ws.read(read)


def roundtable_items(ws: Workspace) -> list[tuple[int, str]]:
    """The programme's roundtable items (id, heading), in programme order: where a round can run."""

    def read(session: Session) -> list[tuple[int, str]]:
        from erbij_desktop.domain.enums import ProgrammeKind
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.programme import programme_items

        items = programme_items(session, get_event(session, ws.event_id))
        return [(i.id, i.heading) for i in items if i.kind is ProgrammeKind.ROUNDTABLE]

    return ws.read(read)


def round_contribution_count(ws: Workspace, round_id: int) -> int:
    """How many contributions the round holds (to warn before deleting it)."""

    def read(session: Session) -> int:
        from erbij_desktop.domain import rounds
        from erbij_desktop.domain.models import Round

        found = session.get(Round, round_id)
        return rounds.contribution_count(session, round_=found) if found is not None else 0

    return ws.read(read)


def table_contribution_count(ws: Workspace, table_id: int) -> int:
    """How many contributions the table holds (to warn before deleting it)."""

    def read(session: Session) -> int:
        from erbij_desktop.domain import rounds
        from erbij_desktop.domain.models import EventTable

        found = session.get(EventTable, table_id)
        return rounds.contribution_count(session, table=found) if found is not None else 0

    return ws.read(read)
