"""The page around the article: two columns, the head across both on page one,
a running footer ("pagina 2 van 3") and the CONCEPT watermark on drafts.

The total page count is only known at the end, so the canvas keeps each
finished page aside and draws the footers when the document is saved
(one layout pass, no re-render). Footer and watermark are artifacts: a
screen reader skips them and copying text does not pick them up as words of
the article (report.tagging). A photo that does not fit at a column's foot
waits for the next column while the text flows on, instead of leaving a hole.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import PageBreak, _listWrapOn

from .fonts import SANS, SERIF, bold
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
from .tagging import StructNode, TaggedCanvas

FIRST = "first"
BODY = "body"
# The head never takes more than this share of page one; longer heads flow on into the columns.
MAX_HEAD_SHARE = 0.7
# What ends a column on purpose (frame and page breaks, template switches).
_BREAKS = (ActionFlowable, PageBreak)


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
            initialFontName=SERIF,
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

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        """A photo or box that does not fit here trades places with the text after it, so the
        text fills this column and the photo comes where it fits (in print, a float)."""
        first = flowables[0] if flowables else None
        if _floats(first) and not self._fits(first):
            if len(flowables) > 1 and _can_pass(first, flowables[1]):
                flowables[0], flowables[1] = flowables[1], flowables[0]
            elif getattr(first, "optional", False):  # a repeated pull quote: no hole for an ornament
                del flowables[0]
                return
        super().handle_flowable(flowables)

    def _fits(self, flowable: Flowable) -> bool:
        frame = self.frame
        if frame is None or bool(getattr(frame, "_atTop", False)):
            return True
        room = frame._y - frame._y1p - flowable.getSpaceBefore()
        # KeepTogether.wrap answers "too tall" on purpose; measure what it holds instead.
        content = getattr(flowable, "_content", [flowable])
        _, height = _listWrapOn(content, frame._getAvailableWidth(), self.canv)
        return bool(height <= room + 1e-6)

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


def _floats(flowable: Flowable | None) -> bool:
    return getattr(flowable, "floats", False) is True


def _can_pass(float_: Flowable, flowable: Flowable) -> bool:
    """Text a float may let go first: not a deliberate break, not another float, and for a
    quote or figures box not the next section's heading."""
    from .flowables import KeepWithLines

    if isinstance(flowable, _BREAKS) or _floats(flowable):
        return False
    return not (getattr(float_, "within_section", False) and isinstance(flowable, KeepWithLines))


def draw_watermark(canvas: TaggedCanvas, text: str) -> None:
    """A large, translucent diagonal word over the page (photos cannot hide it); an artifact."""
    canvas.begin_artifact("Pagination /Subtype /Watermark")
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(bold(SANS), 118 if len(text) <= 8 else 90)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(54)
    canvas.drawCentredString(0, -40, text)
    canvas.restoreState()
    canvas.end_marked()


def footer_canvas(
    title: str,
    labels: Labels,
    st: Styles,
    *,
    watermark: str = "",
    structure: StructNode | None = None,
    metadata: dict[str, str] | None = None,
) -> type[Canvas]:
    """A tagged Canvas class that adds the running footer ('pagina N van M') and the watermark
    to every page, and writes the structure tree ``structure`` when saved."""
    title_markup = rich(_shorten(title, 90))
    title_style = shaped(st.footer) if title_markup.shaping else st.footer
    info = dict(metadata or {})

    class FooterCanvas(TaggedCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.structure = structure
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            # The title is the same on every page: parsed once, wrapped and drawn on each.
            left = Paragraph(title_markup.text, title_style)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total, left)
                if watermark:
                    draw_watermark(self, watermark)
                super().showPage()
                self.finish_page()
            self.write_structure(
                title=info.get("title", title),
                author=info.get("author", ""),
                subject=info.get("subject", ""),
                lang=info.get("lang", ""),
            )
            super().save()

        def _draw_footer(self, number: int, total: int, left: Paragraph) -> None:
            self.begin_artifact("Pagination")
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            line_y = FOOTER_Y + 11
            self.line(MARGIN_LEFT, line_y, MARGIN_LEFT + TEXT_WIDTH, line_y)
            page = Paragraph(escape(labels.page.format(page=number, total=total)), st.footer_right)
            page_width = 90.0
            page.wrapOn(self, page_width, 20)
            page.drawOn(self, MARGIN_LEFT + TEXT_WIDTH - page_width, FOOTER_Y)
            _, height = left.wrapOn(self, TEXT_WIDTH - page_width - 12, 40)
            left.drawOn(self, MARGIN_LEFT, FOOTER_Y + st.footer.leading - height)
            self.restoreState()
            self.end_marked()

    return FooterCanvas


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
