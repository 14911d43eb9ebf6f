"""Tagged building blocks of the article: paragraphs, pictures, tables and rules.

Every user string enters as plain text and leaves as escaped markup
(report.markup.rich); nothing user-typed is ever read as formatting.
Each flowable that shows content carries its structure element
(report.tagging) and marks what it draws; decoration is drawn as an artifact.
Blocks that hold user text of any length can split across columns and pages;
a split paragraph keeps its one structure element.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Table
from reportlab.platypus.doctemplate import FrameBreak
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import ParagraphStyle

from . import caches
from .fonts import SANS
from .markup import Markup, rich
from .styles import MUTED, RULE, shaped
from .tagging import StructNode, TaggedCanvas

NBSP = "\u00a0"


class TaggedParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph whose text is marked content of ``node`` (optionally a bookmark target)."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        *args: Any,
        node: StructNode | None = None,
        bookmark: tuple[str, int] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.node = node
        self.bookmark = bookmark

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        for index, part in enumerate(parts):
            part.node = self.node
            part.bookmark = self.bookmark if index == 0 else None
        return parts

    def draw(self) -> None:
        canvas = self.canv
        tagged = isinstance(canvas, TaggedCanvas)
        if tagged and self.bookmark is not None:
            canvas.bookmark(self.bookmark[0], self.bookmark[1], self.height)
        if not tagged:
            super().draw()
            return
        if self.node is None:  # words that repeat others (a pull quote): decoration
            canvas.begin_artifact()
        else:
            canvas.begin_tagged(self.node)
        super().draw()
        canvas.end_marked()


class TaggedImage(Image):  # type: ignore[misc]
    """A picture as a Figure element with its alt text and bounding box."""

    def __init__(self, *args: Any, node: StructNode | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.node = node

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self.node is not None:
            self.node.attributes = {
                "O": "Layout",
                "BBox": [
                    round(x, 2),
                    round(y, 2),
                    round(x + self.drawWidth, 2),
                    round(y + self.drawHeight, 2),
                ],
            }
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, TaggedCanvas):
            if self.node is None:
                canvas.begin_artifact()
            else:
                canvas.begin_tagged(self.node)
            super().draw()
            canvas.end_marked()
        else:
            super().draw()


class ArtifactTable(Table):  # type: ignore[misc]
    """A Table whose tints and rules are artifacts; its cells' paragraphs tag themselves.

    Its cells' own font is the embedded sans (ReportLab's default would pull in an
    unembedded Helvetica, even for cells that only hold paragraphs).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle([("FONTNAME", (0, 0), (-1, -1), SANS)])

    def _drawBkgrnd(self) -> None:
        self._as_artifact(super()._drawBkgrnd)

    def _drawLines(self) -> None:
        self._as_artifact(super()._drawLines)

    def _as_artifact(self, paint: Any) -> None:
        canvas = self.canv
        if isinstance(canvas, TaggedCanvas):
            canvas.begin_artifact()
            paint()
            canvas.end_marked()
        else:
            paint()


class ArtifactRule(HRFlowable):  # type: ignore[misc]
    """A horizontal rule: decoration, outside the structure tree."""

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, TaggedCanvas):
            canvas.begin_artifact()
            super().draw()
            canvas.end_marked()
        else:
            super().draw()


class KeepWithLines(Flowable):  # type: ignore[misc]
    """Before a heading: go to the next column unless the heading and a few lines still fit.

    ReportLab's ``keepWithNext`` keeps a heading with its *whole* next paragraph, which leaves
    deep holes at column feet; this keeps it with the first ``lines`` lines only.
    """

    def __init__(self, heading: Flowable, following: float) -> None:
        super().__init__()
        self.heading = heading
        self.following = following

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = self.heading.wrap(available_width, available_height)
        needed = height + self.heading.getSpaceBefore() + self.heading.getSpaceAfter() + self.following + 1
        frame = self._doctemplateAttr("frame")
        if available_height < needed and frame is not None and not getattr(frame, "_atTop", 0):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


def para(
    markup: Markup | str,
    style: ParagraphStyle,
    node: StructNode | None = None,
    *,
    bookmark: tuple[str, int] | None = None,
    bullet: str | None = None,
    spoken: bool = True,
) -> TaggedParagraph:
    """A tagged Paragraph from markup (a plain str is user text and gets escaped).

    A node without words of its own gets the plain text as its ActualText (what a screen
    reader says instead of the hyphenated lines), unless ``spoken`` is off.
    """
    if isinstance(markup, str):
        if spoken and node is not None and not node.actual_text:
            node.actual_text = " ".join(markup.replace(NBSP, " ").split())
        markup = rich(markup, bold_text="Bold" in style.fontName)
    parsed_style, frags, bullet_text = caches.parsed(
        markup.text, shaped(style) if markup.shaping else style, bullet
    )
    return TaggedParagraph(markup.text, parsed_style, bullet_text, frags, node=node, bookmark=bookmark)


def small(text: str, *, color: Color = MUTED, size: float = 7.8, font: str | None = None) -> Markup:
    """User text as an inline run in a smaller, quieter face (sources, credits)."""
    inner = rich(text)
    face = f' name="{font}"' if font else ""
    return Markup(
        f'<font{face} size="{size}" color="#{color.hexval()[2:]}">{inner.text}</font>', inner.shaping
    )


def unbroken(text: str) -> str:
    """Spaces made non-breaking, so a credit or a number never splits over two lines."""
    return text.replace(" ", NBSP)


def no_lone_last_word(text: str, *, longest: int = 12, pair: int = 17) -> str:
    """Tie a short last word to the one before it, so a paragraph never ends on one word alone
    (only when the two are short together: a long pair would leave the line before it short)."""
    head, space, last = text.rstrip().rpartition(" ")
    before = head.rpartition(" ")[2]
    if not space or len(last) > longest or len(before) + len(last) > pair or " " not in head or "\n" in last:
        return text
    return f"{head}{NBSP}{last}"


def widest(texts: list[str], style: ParagraphStyle) -> float:
    return max((stringWidth(t, style.fontName, style.fontSize) for t in texts), default=0.0)


def rule(width: float | str = "100%", *, color: Color = RULE, thickness: float = 0.6) -> Flowable:
    return ArtifactRule(width=width, thickness=thickness, color=color, spaceBefore=2, spaceAfter=8)
