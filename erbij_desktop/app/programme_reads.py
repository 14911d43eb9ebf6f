"""What Voorbereiden's Programma section shows, read as frozen rows in short sessions.

The running order with each item's planned times and standing problems
(``domain.schedule`` / ``domain.programme.schedule_problems``), the projected
end, and the key figures of an item. The quotes come from
``prepare_reads.quote_rows`` (the Verslag section shows them too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.enums import ProgrammeKind
    from erbij_desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    kind: ProgrammeKind
    heading: str
    planned_start: dt.time | None
    duration_minutes: int | None
    people: tuple[str, ...]
    narrative: str
    figures_summary: str
    start: dt.time | None  # as planned from the order, the planned starts and durations
    end: dt.time | None
    problems: tuple[ValidationError, ...]


@dataclass(frozen=True)
class Programme:
    items: tuple[ProgrammeRow, ...]
    event_start: dt.time | None
    event_end: dt.time | None
    projected_end: dt.time | None
    problem: ValidationError | None  # of the programme as a whole (it runs past the end time)


@dataclass(frozen=True)
class FigureRow:
    id: int
    value: str
    text: str
    source: str


def programme(ws: Workspace) -> Programme:
    def read(session: Session) -> Programme:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.programme import schedule_problems
        from erbij_desktop.domain.schedule import planned_slots

        event = get_event(session, ws.event_id)
        slots = planned_slots(event.programme, event.start_time)
        problems: dict[int, list[ValidationError]] = {}
        whole: ValidationError | None = None
        for item, problem in schedule_problems(event):
            if item is None:
                whole = problem
            else:
                problems.setdefault(item.id, []).append(problem)
        rows = tuple(
            ProgrammeRow(
                id=s.item.id,
                kind=s.item.kind,
                heading=s.item.heading or "",
                planned_start=s.item.planned_start,
                duration_minutes=s.item.duration_minutes,
                people=tuple(p.name for p in s.item.people),
                narrative=s.item.narrative or "",
                figures_summary=s.item.figures_summary or "",
                start=s.start,
                end=s.end,
                problems=tuple(problems.get(s.item.id, ())),
            )
            for s in slots
        )
        end = slots[-1].end if slots else event.start_time
        return Programme(rows, event.start_time, event.end_time, end, whole)

    return ws.read(read)


def figure_rows(ws: Workspace, item_id: int) -> list[FigureRow]:
    """The key figures of one programme item, in order."""

    def read(session: Session) -> list[FigureRow]:
        from erbij_desktop.domain.events import get_event
        from erbij_desktop.domain.figures import key_figures

        return [
            FigureRow(f.id, f.value, f.text, f.source or "")
            for f in key_figures(session, get_event(session, ws.event_id))
            if f.programme_item_id == item_id
        ]

    return ws.read(read)
