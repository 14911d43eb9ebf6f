"""The run sheet (draaiboek): the chair's paper for the day.

One glance must tell the chair what happens when, for how long, who is on
stage, which question each round asks and for how many minutes, and which
host sits at which table, with room to scribble notes beside every item.
It is a working document for the team, so it names people in full; it is
never published.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event, Round
from erbij_desktop.domain.schedule import planned_slots, projected_end, round_starts
from erbij_desktop.storage.atomic import atomic_write_bytes

from .fonts import SANS
from .papers_i18n import kind_label, words
from .print_layout import (
    ACCENT,
    INK,
    MARGIN,
    PORTRAIT,
    RULE,
    TINT,
    RuledLines,
    Styles,
    doc_metadata,
    event_line,
    hhmm,
    internal_name,
    minutes_label,
    new_buffer,
    numbered_canvas,
    para,
    person_label,
    person_role,
    question_box,
    rich,
    round_label,
    section,
    styles,
)

_COLUMNS = (17 * mm, 15 * mm, 66 * mm, 48 * mm)  # time, duration, item, on stage; notes take the rest


def render_runsheet(session: Session, event: Event) -> bytes:
    """The run sheet of ``event`` as PDF bytes."""
    s = styles()
    w = words(event)
    buffer = new_buffer()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PORTRAIT,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        **doc_metadata(event, w["runsheet"]),
    )
    story = [*_header(event, s, w), *_programme(event, s, doc.width, w), *_rounds(event, s, w)]
    story += [*_tables(event, s, doc.width, w), *_notes(s, w)]
    footer = f"{w['runsheet']} · {event.title}"
    page = w["page"]
    doc.build(
        story, canvasmaker=numbered_canvas(lambda n, pages: f"{footer} · {page.format(page=n, pages=pages)}")
    )
    return buffer.getvalue()


def write_runsheet(session: Session, event: Event, target: Path | str) -> Path:
    """Render and write the run sheet atomically; returns the target path."""
    data = render_runsheet(session, event)
    atomic_write_bytes(target, data, mode=0o644)
    return Path(target)


def _header(event: Event, s: Styles, w: dict[str, str]) -> list[object]:
    story: list[object] = [
        rich([(w["runsheet"].upper(), None)], s.label.clone("kicker", alignment=0, textColor=ACCENT)),
        para(event.title, s.title),
    ]
    line = event_line(event)
    if line:
        story.append(para(line, s.subtitle))
    facts = []
    if event.chair is not None:
        facts.append((w["chair"], person_label(event.chair)))
    if event.organisers:
        facts.append((w["organisers"], ", ".join(o.name for o in event.organisers)))
    if event.attendance_expected:
        facts.append((w["expected"], w["people"].format(count=event.attendance_expected)))
    if event.tables:
        facts.append((w["tables"], str(len(event.tables))))
    for label, value in facts:
        story.append(rich([(label, "b"), (value, None)], s.body))
    return story


def _rounds_by_item(event: Event) -> dict[int | None, list[Round]]:
    grouped: dict[int | None, list[Round]] = defaultdict(list)
    for round_ in event.rounds:
        grouped[round_.programme_item_id].append(round_)
    return grouped


def _programme(event: Event, s: Styles, width: float, w: dict[str, str]) -> list[object]:
    story: list[object] = section(w["programme"], s.heading)
    if not event.programme:
        return [*story, para(w["no_programme"], s.body)]
    rounds = _rounds_by_item(event)
    header = [para(w[key], s.cell_bold) for key in ("time", "length", "item", "on_stage", "notes")]
    rows: list[list[object]] = [header]
    starts = round_starts(event.programme, event.rounds, event.start_time)
    for slot in planned_slots(event.programme, event.start_time):
        item = slot.item
        what: list[Paragraph] = [para(item.heading or kind_label(event, item.kind), s.cell_bold)]
        if item.heading:
            what.append(para(kind_label(event, item.kind), s.small))
        for round_ in rounds.get(item.id, []):
            what.append(Spacer(0, 3))
            what.append(para(round_label(round_), s.cell_bold))
            what.append(rich([(round_.question, "i")], s.cell))
            timing = [w["minutes"].format(count=round_.planned_minutes)]
            if len(rounds.get(item.id, [])) > 1 and round_.id in starts:  # each round its own start
                timing.append(w["from"].format(time=hhmm(starts[round_.id])))
            what.append(para(" · ".join(timing), s.small))
        time_cell = [para(hhmm(slot.start), s.cell_bold)]
        if slot.end is not None and item.duration_minutes:
            time_cell.append(para(w["until"].format(time=hhmm(slot.end)), s.small))
        people: list[Paragraph] = []
        for person in item.people:
            people.append(para(internal_name(person), s.cell))
            if person_role(person):
                people.append(para(person_role(person), s.small))
        if not people and rounds.get(item.id) and event.tables:
            people.append(para(w["at_tables"].format(count=len(event.tables)), s.cell))
        rows.append([time_cell, para(minutes_label(item.duration_minutes), s.cell), what, people, ""])
    end = projected_end(event.programme, event.start_time)
    if end is not None:
        rows.append([para(hhmm(end), s.cell_bold), "", para(w["end"], s.cell_bold), "", ""])
    table = Table(rows, colWidths=[*_COLUMNS, width - sum(_COLUMNS)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # no unembedded Helvetica for empty cells
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBEFORE", (-1, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 14),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    return [*story, table]


def _rounds(event: Event, s: Styles, w: dict[str, str]) -> list[object]:
    story: list[object] = section(w["rounds"], s.heading)
    if not event.rounds:
        return [*story, para(w["no_rounds"], s.body)]
    slots = {slot.item.id: slot for slot in planned_slots(event.programme, event.start_time)}
    starts = round_starts(event.programme, event.rounds, event.start_time)
    for round_ in event.rounds:
        details = [w["minutes"].format(count=round_.planned_minutes)]
        slot = slots.get(round_.programme_item_id) if round_.programme_item_id else None
        if slot is not None:
            start = w["at"].format(time=hhmm(starts[round_.id])) if round_.id in starts else ""
            details.append(w["in_item"].format(heading=slot.item.heading, at=start))
        box = question_box(round_.question, s.question, padding=7, empty=w["no_question"])
        block = [
            para(round_label(round_), s.cell_bold),
            Spacer(0, 3),
            box,
            Spacer(0, 3),
            para(" · ".join(details), s.small),
            Spacer(0, 10),
        ]
        story.append(KeepTogether(block))
    return story


def _tables(event: Event, s: Styles, width: float, w: dict[str, str]) -> list[object]:
    story: list[object] = section(w["tables_hosts"], s.heading)
    if not event.tables:
        return [*story, para(w["no_tables"], s.body)]
    rows: list[list[object]] = [[para(w[key], s.cell_bold) for key in ("table", "host", "notes")]]
    for table in event.tables:
        host = person_label(table.host) if table.host else "—"
        rows.append([para(table.name, s.cell_bold), para(host, s.cell), ""])
    grid = Table(rows, colWidths=[40 * mm, 80 * mm, width - 120 * mm], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # no unembedded Helvetica for empty cells
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBEFORE", (-1, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
            ]
        )
    )
    return [*story, grid]


def _notes(s: Styles, w: dict[str, str]) -> list[object]:
    return [*section(w["notes"], s.heading, room=70 * mm), RuledLines(60 * mm, fill=True)]
