"""Table materials: a folded tent card and a host sheet for every table, as two documents.

The tent card is an A4 landscape page folded in half along its long middle:
each half carries the table name in large type and the round questions, the
top half printed upside down, so that once folded into a tent it reads the
right way up from both sides of the table. The host sheet gives the table's
host each round's question and ruled lines to write down what the table says.

The cards (landscape, single-sided, often on card stock) and the sheets
(portrait, duplex on paper) are separate documents, so each prints with its
own settings. Nothing is drawn within 5 mm of the paper's edge, where
printers cannot print. Both speak the event's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from sqlalchemy.orm import Session

from erbij_desktop.domain.consent import rule_for
from erbij_desktop.domain.models import Event, EventTable, Round
from erbij_desktop.domain.schedule import round_starts
from erbij_desktop.storage.atomic import atomic_write_bytes

from .fonts import SANS, SERIF, bold
from .papers_i18n import words
from .print_layout import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PORTRAIT,
    RULE,
    RuledLines,
    Styles,
    doc_metadata,
    event_line,
    fit_size,
    hhmm,
    new_buffer,
    para,
    person_label,
    question_box,
    rich,
    round_label,
    styles,
    truncate,
)

TENT = landscape(PORTRAIT)
# Printers leave this much of the paper's edge blank: nothing of ours goes there.
EDGE = 5 * mm
# Inside the edge, the tent card's accent band starts here.
BAND_INSET = 7 * mm


def render_tablecards(session: Session, event: Event) -> bytes:
    """A tent card (one landscape page) for every table of ``event``, as PDF bytes."""
    w = words(event)
    buffer = new_buffer()
    doc = BaseDocTemplate(
        buffer,
        pagesize=TENT,
        pageTemplates=[PageTemplate("tent", [Frame(0, 0, *TENT, 0, 0, 0, 0, id="tent")], pagesize=TENT)],
        **doc_metadata(event, w["tent_cards"]),
    )
    # A tent card stands on the table for everyone to read and photograph: the one consent rule applies.
    public = rule_for(event)
    title = public.text(event.title)
    questions = [(public.text(round_label(round_)), public.text(round_.question)) for round_ in event.rounds]
    story: list[Flowable] = []
    tables = list(event.tables)
    if not tables:
        story.append(TentCard(title, w["no_tables_card"], [], w))
    for index, table in enumerate(tables):
        if index:
            story.append(PageBreak())
        story.append(TentCard(title, public.text(table.name), questions, w))
    doc.build(story)
    return buffer.getvalue()


def render_host_sheets(session: Session, event: Event) -> bytes:
    """The hosts' conversation sheets (portrait, a page per round) for every table, as PDF bytes."""
    s = styles()
    w = words(event)
    buffer = new_buffer()
    host_frame = Frame(MARGIN, MARGIN, PORTRAIT[0] - 2 * MARGIN, PORTRAIT[1] - 2 * MARGIN, id="host")
    doc = BaseDocTemplate(
        buffer,
        pagesize=PORTRAIT,
        pageTemplates=[PageTemplate("host", [host_frame], onPage=_host_footer(event, w), pagesize=PORTRAIT)],
        **doc_metadata(event, w["host_sheets"]),
    )
    story: list[Flowable] = []
    tables = list(event.tables)
    if not tables:
        story.append(para(w["no_tables"], s.body))
    for index, table in enumerate(tables):
        if index:
            story.append(PageBreak())
        story += _host_sheet(event, table, s, w)
    doc.build(story)
    return buffer.getvalue()


def write_tablecards(session: Session, event: Event, target: Path | str) -> Path:
    """Render and write the tent cards atomically; returns the target path."""
    atomic_write_bytes(target, render_tablecards(session, event), mode=0o644)
    return Path(target)


def write_host_sheets(session: Session, event: Event, target: Path | str) -> Path:
    """Render and write the hosts' conversation sheets atomically; returns the target path."""
    atomic_write_bytes(target, render_host_sheets(session, event), mode=0o644)
    return Path(target)


# --- tent card -------------------------------------------------------------------------------------


class TentCard(Flowable):  # type: ignore[misc]
    """A whole landscape page: two identical halves, the upper one turned 180°."""

    def __init__(
        self, event_title: str, table_name: str, questions: list[tuple[str, str]], words: dict[str, str]
    ) -> None:
        super().__init__()
        self.event_title = event_title
        self.table_name = table_name
        self.questions = questions
        self.words = words

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return TENT[0], TENT[1] - 1  # the frame is the page; stay a hair inside it

    def draw(self) -> None:
        canvas: Canvas = self.canv
        width, height = TENT
        half = height / 2
        self._draw_half(canvas, width, half)
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)  # upside down: reads upright from the other side once folded
        self._draw_half(canvas, width, half)
        canvas.restoreState()
        _fold_line(canvas, width, half, self.words["fold"])

    def _draw_half(self, canvas: Canvas, width: float, height: float) -> None:
        pad = 14 * mm
        band = 5 * mm
        title_y = height - 11 * mm
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(BAND_INSET, BAND_INSET, width - 2 * BAND_INSET, band, stroke=0, fill=1)  # along the table
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 10)
        canvas.drawCentredString(width / 2, title_y, truncate(self.event_title, SANS, 10, width - 2 * pad))
        name_size = fit_size(self.table_name, bold(SANS), width - 2 * pad, 80, 28, step=2)
        baseline = title_y - 5 * mm - name_size * 0.74
        canvas.setFillColor(INK)
        canvas.setFont(bold(SANS), name_size)
        canvas.drawCentredString(width / 2, baseline, self.table_name)
        canvas.restoreState()
        bottom = BAND_INSET + band + 6 * mm
        box_top = baseline - name_size * 0.22 - 5 * mm
        _draw_questions(canvas, self.questions, pad, bottom, width - 2 * pad, box_top - bottom)


def _draw_questions(
    canvas: Canvas, questions: list[tuple[str, str]], x: float, y: float, width: float, height: float
) -> None:
    """The round questions, as large as they fit in the box, centred and listed in order."""
    if not questions:
        return
    for size in range(24, 7, -1):
        label = ParagraphStyle("q-label", fontName=bold(SANS), fontSize=size * 0.62, leading=size * 0.8,
                               textColor=ACCENT, alignment=1)  # fmt: skip
        text = ParagraphStyle("q-text", fontName=SERIF, fontSize=size, leading=size * 1.25, textColor=INK,
                              alignment=1, spaceAfter=size * 0.55)  # fmt: skip
        flowables: list[Paragraph] = []
        for title, question in questions:
            flowables.append(para(title.upper(), label))
            flowables.append(para(question or "—", text))
        heights = [f.wrap(width, height)[1] + f.getSpaceAfter() for f in flowables]
        if sum(heights) <= height or size == 8:
            break
    top = y + height - (height - sum(heights)) / 2
    for flowable, used in zip(flowables, heights, strict=True):
        top -= used
        flowable.drawOn(canvas, x, top + flowable.getSpaceAfter())


def _fold_line(canvas: Canvas, width: float, y: float, label: str) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setDash(4, 4)
    canvas.setLineWidth(0.5)
    canvas.line(8 * mm, y, width - 8 * mm, y)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 6.5)
    canvas.drawString(8 * mm, y + 1.5 * mm, label)
    canvas.restoreState()


# --- host sheet ------------------------------------------------------------------------------------


def _host_sheet(event: Event, table: EventTable, s: Styles, w: dict[str, str]) -> list[Flowable]:
    kicker = ParagraphStyle("kicker", s.label, alignment=0, textColor=ACCENT)
    story: list[Flowable] = [
        para(w["host_sheet"], kicker),
        para(table.name, s.title),
        rich([(w["host_label"], "b"), (person_label(table.host) if table.host else "—", None)], s.body),
        para(" · ".join(p for p in (event.title, event_line(event)) if p), s.small),
        Spacer(0, 4 * mm),
    ]
    rounds = list(event.rounds)
    if not rounds:
        story.append(para(w["no_round_questions"], s.body))
        story.append(RuledLines(60 * mm, fill=True, side_column=45 * mm, side_label=w["organisation"]))
    starts = round_starts(event.programme, event.rounds, event.start_time)
    for index, round_ in enumerate(rounds):
        if index:
            story += [PageBreak(), para(w["continued"].format(table=table.name), s.small), Spacer(0, 2 * mm)]
        story += _round_block(round_, starts.get(round_.id), s, w)
    return story


def _round_block(round_: Round, start: dt.time | None, s: Styles, w: dict[str, str]) -> list[Flowable]:
    details = [w["minutes"].format(count=round_.planned_minutes)]
    if start is not None:
        details.append(w["from"].format(time=hhmm(start)))
    question = question_box(round_.question, s.question, padding=8, empty=w["no_question"])
    return [
        para(round_label(round_), s.heading),
        question,
        Spacer(0, 2 * mm),
        para(" · ".join(details), s.small),
        para(w["write_down"] + w["privacy"], s.small),
        Spacer(0, 3 * mm),
        RuledLines(60 * mm, fill=True, side_column=45 * mm, side_label=w["organisation_name"]),
    ]


def _host_footer(event: Event, w: dict[str, str]) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(PORTRAIT[0] / 2, MARGIN / 2, f"{w['host_sheets']} · {event.title}")
        canvas.restoreState()

    return draw
