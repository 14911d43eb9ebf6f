"""Page furniture shared by the printed working documents (run sheet, table cards).

These are papers people hold in their hands during the event: a clear type
scale, generous ruled space for handwriting, "page X of Y" so a dropped stack
can be put back in order, and every user text escaped before ReportLab parses it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from erbij_desktop.domain.consent import internal_label
from erbij_desktop.domain.models import Event, Person, Round

from .fonts import SANS, SERIF, bold, register_fonts
from .i18n import format_date
from .markup import escape
from .papers_i18n import language_of, words

MARGIN = 18 * mm
INK = colors.HexColor("#1d2433")
MUTED = colors.HexColor("#5b6475")
RULE = colors.HexColor("#b9c0cc")
ACCENT = colors.HexColor("#0f6b6b")
TINT = colors.HexColor("#e8f1f1")


def hhmm(time: dt.time | None) -> str:
    return time.strftime("%H:%M") if time is not None else ""


def minutes_label(minutes: int | None) -> str:
    return f"{minutes} min" if minutes else ""


def person_label(person: Person | None) -> str:
    """Name with role and organisation, for the team's own papers (not for publication).

    Whoever did not consent is marked "niet noemen in verslag" (the one consent rule, ``domain.consent``).
    """
    if person is None:
        return ""
    extra = person_role(person)
    return internal_name(person, f"{person.name} ({extra})" if extra else person.name)


def internal_name(person: Person, label: str | None = None) -> str:
    """``label`` (default: the name), marked when this person must not be named in public."""
    return internal_label(person, label or person.name, language_of(person.event))


def round_label(round_: Round) -> str:
    """'Ronde 1 · Eenzaamheid signaleren' (the number from the round's place in the event)."""
    number = round_.position + 1
    title = round_.title.strip()
    label = words(round_.event)["round"].format(number=number)
    if not title or title.casefold().startswith(label.split(" ")[0].casefold()):
        return title or label
    return f"{label} · {title}"


def person_role(person: Person) -> str:
    """'programmamanager, gemeente Rotterdam': what someone is, without the name."""
    parts = (person.role, person.organisation.name if person.organisation else "")
    return ", ".join(part for part in parts if part)


def section(title: str, style: ParagraphStyle, *, room: float = 45 * mm) -> list[Flowable]:
    """A heading that never ends a page alone: it starts a new page when less than ``room`` is left."""
    return [CondPageBreak(room), para(title, style)]


def event_line(event: Event) -> str:
    """'dinsdag 20 februari 2018 · 10:00–12:30 · Jaarbeurs, Utrecht' (parts that are known)."""
    when = format_date(event.event_date, language_of(event), weekday=True) if event.event_date else ""
    hours = "–".join(t for t in (hhmm(event.start_time), hhmm(event.end_time)) if t)
    place = ", ".join(p for p in (event.venue, event.city) if p)
    return " · ".join(part for part in (when, hours, place) if part)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    question: ParagraphStyle
    label: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", body, fontName=bold(SANS), fontSize=22, leading=27, spaceAfter=4),
        subtitle=ParagraphStyle("subtitle", body, fontSize=11, leading=15, textColor=MUTED, spaceAfter=10),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=bold(SANS),
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
        ),
        body=body,
        small=ParagraphStyle("small", body, fontSize=8.5, leading=11, textColor=MUTED),
        cell=ParagraphStyle("cell", body, fontSize=9.5, leading=12.5),
        cell_bold=ParagraphStyle("cell_bold", body, fontName=bold(SANS), fontSize=9.5, leading=12.5),
        question=ParagraphStyle("question", body, fontName=SERIF, fontSize=13, leading=18),
        label=ParagraphStyle(
            "label", body, fontName=bold(SANS), fontSize=8, leading=10, textColor=MUTED, alignment=TA_CENTER
        ),
    )


def question_box(question: str, style: ParagraphStyle, *, padding: float = 7, empty: str = "—") -> Table:
    """A round's question set off in a tinted box with an accent rule, as on every printed paper."""
    return Table(
        [[para(question or empty, style)]],
        colWidths=["100%"],
        style=[
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 2),
            ("FONTNAME", (0, 0), (-1, -1), SANS),
        ],
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text: always escaped, never interpreted as markup."""
    return Paragraph(escape(text), style)


def rich(parts: Sequence[tuple[str, str | None]], style: ParagraphStyle) -> Paragraph:
    """Paragraph from (text, tag) runs, e.g. [("Ronde 1", "b"), (": vraag", None)]; text escaped."""
    markup = "".join(f"<{tag}>{escape(text)}</{tag}>" if tag else escape(text) for text, tag in parts)
    return Paragraph(markup, style)


class RuledLines(Flowable):  # type: ignore[misc]
    """Lined space to write on by hand, optionally with a narrow column on the right."""

    def __init__(
        self,
        height: float,
        *,
        spacing: float = 9 * mm,
        fill: bool = False,
        side_column: float = 0,
        side_label: str = "",
    ) -> None:
        super().__init__()
        self.min_height = height
        self.height = height
        self.spacing = spacing
        self.fill = fill  # grow to the rest of the frame (at least ``height``)
        self.side_column = side_column
        self.side_label = side_label
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self.fill:
            self.height = max(self.min_height, available_height - 1)
        return available_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        lines = int(self.height // self.spacing)
        for index in range(1, lines + 1):
            y = self.height - index * self.spacing
            canvas.line(0, y, self.width, y)
        if self.side_column:
            x = self.width - self.side_column
            canvas.line(x, self.height - lines * self.spacing, x, self.height)
            if self.side_label:
                canvas.setFillColor(MUTED)
                canvas.setFont(SANS, 7)
                canvas.drawString(x + 2 * mm, self.height - 3.2 * mm, self.side_label)
        canvas.restoreState()


FooterText = Callable[[int, int], str]


def numbered_canvas(footer: FooterText, *, margin: float = MARGIN) -> type[Canvas]:
    """A canvas class that draws ``footer(page, pages)`` on every portrait/landscape page.

    Pages are held back until the end so the total page count is known.
    """

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(footer(number, total))
                super().showPage()
            super().save()

        def _draw_footer(self, text: str) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setFont(SANS, 7.5)
            self.setFillColor(MUTED)
            self.drawCentredString(width / 2, margin / 2, text)
            self.restoreState()

    return _NumberedCanvas


def new_buffer() -> io.BytesIO:
    return io.BytesIO()


def doc_metadata(event: Event, kind: str) -> dict[str, str]:
    """Title, author (the organisers, else the app), subject and the document's language."""
    register_fonts()  # the initial font below is ours
    author = ", ".join(o.name for o in event.organisers) or "Erbij Desktop"
    return {
        "title": f"{kind} – {event.title}",
        "author": author,
        "subject": kind,
        "lang": language_of(event).value,
        "creator": "Erbij Desktop",
        "initialFontName": SANS,  # else the canvas lists an unembedded Helvetica
    }


PORTRAIT = A4


def fit_size(text: str, font: str, width: float, largest: float, smallest: float, step: float = 1) -> float:
    """The largest font size (down to ``smallest``) at which ``text`` fits in ``width`` on one line."""
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= step
    return size


def truncate(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut short with an ellipsis so it fits in ``width`` (unchanged when it fits)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
