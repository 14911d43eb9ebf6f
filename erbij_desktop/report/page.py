"""The page around the article: two columns, the head across both on page one,
a running footer ("pagina 2 van 4") and the CONCEPT watermark on drafts.

The total page count is only known at the end, so the canvas keeps each
finished page aside and draws the footers when the document is saved
(one layout pass, no re-render).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from .fonts import SANS, bold
from .i18n import Labels
from .markup import escape, rich
from .styles import (
    COLUMN_WIDTH,
    FOOTER_Y,
    GUTTER,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    WATERMARK,
    Styles,
    shaped,
)

FIRST = "first"
BODY = "body"
# The head never takes more than this share of page one; longer heads flow on into the columns.
MAX_HEAD_SHARE = 0.7


def head_height(head: Sequence[Flowable]) -> float:
    """Height the head flowables need across the full text width."""
    total = 0.0
    for index, flowable in enumerate(head):
        _, height = flowable.wrap(TEXT_WIDTH, TEXT_HEIGHT)
        total += height + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return float(min(total + 4, TEXT_HEIGHT * MAX_HEAD_SHARE))


def _columns(prefix: str, top: float, height: float | None = None) -> list[Frame]:
    """Two column frames hanging from ``top``; full height unless ``height`` is given."""
    height = top - MARGIN_BOTTOM if height is None else min(height, top - MARGIN_BOTTOM)
    return [
        Frame(
            MARGIN_LEFT + index * (COLUMN_WIDTH + GUTTER),
            top - height,
            COLUMN_WIDTH,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"{prefix}-col{index}",
        )
        for index in range(2)
    ]


@dataclass(frozen=True)
class Balance:
    """Shorten both columns of ``page`` to ``height`` so the article ends evenly."""

    page: int
    height: float


@dataclass(frozen=True)
class Ending:
    """Where the text ended: the page count and how full the last page's columns are."""

    pages: int
    # Column height of the last page and the text set on it, summed over both columns.
    column_height: float
    used: float

    def balanced(self) -> Balance | None:
        """Columns for an even ending, or None when the last page is (nearly) full or one-column short."""
        if self.used <= 0 or self.used > 1.6 * self.column_height:
            return None
        return Balance(self.pages, self.used / 2)


class ArticleDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4, head frame + two columns on page one, two columns after."""

    def __init__(
        self,
        target: io.BytesIO,
        *,
        head: float,
        balance: Balance | None = None,
        **metadata: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT,
            rightMargin=PAGE_WIDTH - MARGIN_LEFT - TEXT_WIDTH,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            creator="Erbij Desktop",
            **metadata,
        )
        self.balance = balance
        top = PAGE_HEIGHT - MARGIN_TOP
        self.head = head
        head_frame = Frame(
            MARGIN_LEFT,
            top - head,
            TEXT_WIDTH,
            head,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="head",
        )
        first_height = balance.height if balance is not None and balance.page == 1 else None
        self._balanced = (
            PageTemplate(BODY, _columns(BODY, top, balance.height))
            if balance is not None and balance.page > 1
            else None
        )
        self.addPageTemplates(
            [
                PageTemplate(FIRST, [head_frame, *_columns(FIRST, top - head, first_height)]),
                PageTemplate(BODY, _columns(BODY, top)),
            ]
        )

    def handle_pageBegin(self) -> None:
        if self._balanced is not None and self.balance is not None and self.page + 1 == self.balance.page:
            self.pageTemplate = self._balanced
        super().handle_pageBegin()

    def ending(self) -> Ending:
        """After build: how the text ended (to decide whether to balance the last page)."""
        frame = self.frame
        first = self.page == 1
        column = TEXT_HEIGHT - (self.head if first else 0.0)
        if frame is None or not frame.id.endswith(("col0", "col1")):
            return Ending(self.page, column, 0.0)
        used_here = frame._y2 - frame._y
        used = used_here if frame.id.endswith("col0") else column + used_here
        return Ending(self.page, column, float(used))


def draw_watermark(canvas: Canvas, text: str) -> None:
    """A large, translucent diagonal word over the page (photos cannot hide it)."""
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(bold(SANS), 118 if len(text) <= 8 else 90)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(54)
    canvas.drawCentredString(0, -40, text)
    canvas.restoreState()


def footer_canvas(title: str, labels: Labels, st: Styles, *, watermark: str = "") -> type[Canvas]:
    """A Canvas class that adds the running footer ('pagina N van M') and the watermark to every page."""
    title_markup = rich(_shorten(title, 90))
    title_style = shaped(st.footer) if title_markup.shaping else st.footer

    class FooterCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                if watermark:
                    draw_watermark(self, watermark)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            line_y = FOOTER_Y + 11
            self.line(MARGIN_LEFT, line_y, MARGIN_LEFT + TEXT_WIDTH, line_y)
            page = Paragraph(escape(labels.page.format(page=number, total=total)), st.footer_right)
            page_width = 90.0
            page.wrapOn(self, page_width, 20)
            page.drawOn(self, MARGIN_LEFT + TEXT_WIDTH - page_width, FOOTER_Y)
            left = Paragraph(title_markup.text, title_style)
            _, height = left.wrapOn(self, TEXT_WIDTH - page_width - 12, 40)
            left.drawOn(self, MARGIN_LEFT, FOOTER_Y + st.footer.leading - height)
            self.restoreState()

    return FooterCanvas


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
