"""Building blocks of the article: paragraphs from user text, pull quotes,
key-figure boxes, photos with captions and the shaded background box.

Every user string enters here as plain text and leaves as escaped markup
(report.markup.rich); nothing user-typed is ever read as formatting.
Blocks that hold user text of any length can split across columns and pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import ParagraphStyle

from erbij_desktop.domain.privacy import PublicFigure, PublicPhoto, PublicQuote

from . import images
from .i18n import Labels
from .markup import Markup, literal, rich
from .styles import (
    ACCENT,
    COLUMN_WIDTH,
    CREDIT,
    FIGURE_TINT,
    MUTED,
    RULE,
    TEXT_HEIGHT,
    TINT,
    Styles,
    shaped,
)
from .text_rules import paragraphs, quoted


def para(markup: Markup | str, style: ParagraphStyle, *, bullet: str | None = None) -> Paragraph:
    """A Paragraph from markup (a plain str is user text and gets escaped)."""
    if isinstance(markup, str):
        markup = rich(markup, bold_text="Bold" in style.fontName)
    return Paragraph(markup.text, shaped(style) if markup.shaping else style, bulletText=bullet)


def small(text: str, *, color: Color = MUTED, size: float = 7.8, font: str | None = None) -> Markup:
    """User text as an inline run in a smaller, quieter face (sources, credits)."""
    inner = rich(text)
    face = f' name="{font}"' if font else ""
    return Markup(
        f'<font{face} size="{size}" color="#{color.hexval()[2:]}">{inner.text}</font>', inner.shaping
    )


def text_block(text: str, st: Styles, *, indent_first: bool = False) -> list[Flowable]:
    """Running text: blank lines separate paragraphs; the first is not indented."""
    out: list[Flowable] = []
    for index, chunk in enumerate(paragraphs(text)):
        out.append(para(chunk, st.body if index or indent_first else st.body_first))
    return out


def pull_quote(quote: PublicQuote, st: Styles) -> Flowable:
    """A quote set apart: large italic between two rules, with its attribution."""
    cell: list[Flowable] = [para(quoted(quote.text), st.pull_quote)]
    if quote.attribution:
        cell.append(para(literal("— ") + rich(quote.attribution), st.pull_attribution))
    table = Table([[cell]], colWidths=[COLUMN_WIDTH], splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    table.spaceBefore = 9
    table.spaceAfter = 10
    return KeepTogether([table])


def figure_box(figures: Sequence[PublicFigure], st: Styles, labels: Labels) -> Flowable:
    """Key figures set off: the number large in the accent colour, its meaning beside it."""
    rows: list[list[Flowable | str]] = []
    sources: list[str] = []
    for figure in figures:
        rows.append([para(figure.value, st.figure_value), para(figure.text, st.figure_text)])
        if figure.source and figure.source not in sources:
            sources.append(figure.source)
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), FIGURE_TINT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
    ]
    for index in range(1, len(rows)):
        commands.append(("LINEABOVE", (0, index), (-1, index), 0.5, Color(1, 1, 1)))
    if sources:
        rows.append([para(labels.source.format(source="; ".join(sources)), st.figure_source), ""])
        commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        commands.append(("TOPPADDING", (0, len(rows) - 1), (-1, -1), 1))
    value_width = min(COLUMN_WIDTH * 0.36, max(46.0, _widest_value(figures, st)))
    table = Table(rows, colWidths=[value_width, COLUMN_WIDTH - value_width], splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    table.spaceBefore = 8
    table.spaceAfter = 10
    # A handful of figures belongs together; a very long list may still split.
    return KeepTogether([table])


def _widest_value(figures: Sequence[PublicFigure], st: Styles) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = st.figure_value
    widths = [stringWidth(f.value[:40], style.fontName, style.fontSize) for f in figures]
    return max(widths, default=0.0) + 20


def photo_block(
    photo: PublicPhoto, st: Styles, labels: Labels, width: float = COLUMN_WIDTH
) -> Flowable | None:
    """The photo scaled to the column, with caption and credit; None if it cannot be read."""
    prepared = images.prepare(photo.image, photo.sha256)
    if prepared is None or prepared.width <= 0 or prepared.height <= 0:
        return None
    max_height = TEXT_HEIGHT * 0.55
    draw_width = width
    draw_height = width * prepared.height / prepared.width
    if draw_height > max_height:
        draw_width = width * max_height / draw_height
        draw_height = max_height
    image = Image(io.BytesIO(prepared.data), width=draw_width, height=draw_height, hAlign="LEFT")
    parts: list[Flowable] = [image]
    caption = rich(photo.caption) if photo.caption else literal("")
    if photo.credit:
        label = photo.credit if ":" in photo.credit else labels.photo_credit.format(credit=photo.credit)
        credit = small(label, size=6.6, color=CREDIT)
        caption = caption + literal("&nbsp;&nbsp; ") + credit if photo.caption else credit
    if caption.text:
        parts.append(para(caption, st.caption))
    parts.append(Spacer(1, 9))
    block = KeepTogether(parts)
    return block


def shaded_box(heading: str, text: str, st: Styles) -> Flowable:
    """The background section: heading and text in a tinted box that may split across columns."""
    cell: list[Flowable] = []
    if heading:
        cell.append(para(heading, st.box_heading))
    cell.extend(para(chunk, st.box_body) for chunk in paragraphs(text))
    table = Table([[cell]], colWidths=[COLUMN_WIDTH], splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
            ]
        )
    )
    table.spaceBefore = 12
    table.spaceAfter = 10
    return KeepTogether([table])  # whole in one column when it fits; split only when it cannot


def rule(width: float | str = "100%", *, color: Color = RULE, thickness: float = 0.6) -> Flowable:
    return HRFlowable(width=width, thickness=thickness, color=color, spaceBefore=2, spaceAfter=8)
