"""The article's blocks (report.blocks) as tagged ReportLab flowables.

Each block gets its structure element under the document's root when the
story is built, so the PDF's structure tree has the article's reading order:
H1/H2 for title and intertitles, P for text, L/LI/LBody for the chosen
contributions, BlockQuote for quotes, Table/TR/TD for the key figures (with a
summary), Figure with /Alt plus Caption for photos, a Div for the background
box. Rules and tints are artifacts.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, Spacer

from . import images
from .blocks import (
    Block,
    Box,
    Bullets,
    Byline,
    Dates,
    Figures,
    Heading,
    Kicker,
    Lead,
    Para,
    Photo,
    Quote,
    Title,
)
from .flowables import (
    ArtifactTable,
    KeepWithLines,
    TaggedImage,
    no_lone_last_word,
    para,
    small,
    unbroken,
    widest,
)
from .fonts import SANS
from .markup import Markup, literal, rich
from .styles import ACCENT, COLUMN_WIDTH, CREDIT, FIGURE_TINT, RULE, TEXT_HEIGHT, TINT, Styles
from .tagging import StructNode

# A heading goes to the next column unless this many lines of what follows fit under it.
LINES_UNDER_HEADING = 2
FIGURE_VALUE_SHARE = 0.36
WHITE = Color(1, 1, 1)


def flowables(blocks: tuple[Block, ...] | list[Block], st: Styles, root: StructNode) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        out.extend(block_flowables(block, st, root))
    return out


def block_flowables(block: Block, st: Styles, root: StructNode) -> list[Flowable]:
    if isinstance(block, Para):
        style = st.question if block.kind == "question" else st.body_first if block.first else st.body
        return [para(no_lone_last_word(block.text), style, root.child("P"))]
    if isinstance(block, Heading):
        heading = para(block.text, st.heading, root.child("H2"), bookmark=(block.text, 0))
        return [KeepWithLines(heading, LINES_UNDER_HEADING * st.body.leading), heading]
    if isinstance(block, Bullets):
        return _bullets(block, st, root)
    if isinstance(block, Quote):
        return [pull_quote(block, st, root)]
    if isinstance(block, Figures):
        return [figure_box(block, st, root)]
    if isinstance(block, Photo):
        photo = photo_block(block, st, root)
        return [photo] if photo is not None else []
    if isinstance(block, Box):
        return [shaded_box(block, st, root)]
    if isinstance(block, Dates):
        return [
            KeepTogether([Spacer(1, 8), *(para(line, st.dates, root.child("P")) for line in block.lines)])
        ]
    if isinstance(block, Title):
        return [
            para(
                title_markup(block),
                st.title,
                root.child("H1", actual_text=block.text),
                bookmark=(block.text, 0),
            )
        ]
    if isinstance(block, Kicker):
        return [para(block.text.upper(), st.kicker, root.child("P", actual_text=block.text))]
    if isinstance(block, Lead):
        return [para(block.text, st.lead, root.child("P"))]
    if isinstance(block, Byline):
        return [para(block.text, st.byline, root.child("P"))]
    raise TypeError(f"no PDF form for {block!r}")


def title_markup(block: Title) -> Markup:
    """'Title: ‘headline quote’' with the quote in the accent colour."""
    title = rich(block.title, bold_text=True)
    if not block.headline:
        return title
    quote = rich(block.headline, bold_text=True)
    coloured = Markup(f'<font color="#{ACCENT.hexval()[2:]}">{quote.text}</font>', quote.shaping)
    if not block.title.strip():
        return coloured
    separator = " " if block.title.rstrip().endswith((":", "?", "!")) else ": "
    return title + literal(separator) + coloured


def _bullets(block: Bullets, st: Styles, root: StructNode) -> list[Flowable]:
    """'• text — Organisation': one L, an LI with its LBody per contribution."""
    listing = root.child("L")
    out: list[Flowable] = []
    for bullet in block.items:
        markup = rich(no_lone_last_word(bullet.text))
        if bullet.source:
            markup = markup + literal(" ") + small(f"— {bullet.source}", font=SANS)
        spoken = f"{bullet.text} — {bullet.source}" if bullet.source else bullet.text
        body = listing.child("LI").child("LBody", actual_text=" ".join(spoken.split()))
        out.append(para(markup, st.bullet, body, bullet="•"))
    return out


def pull_quote(block: Quote, st: Styles, root: StructNode) -> Flowable:
    """A quote set apart: large italic between two rules, with its attribution."""
    # A repeat of the narrative's own words is decoration (an artifact): read once, in the text.
    quote = None if block.repeat else root.child("BlockQuote")
    text_node = quote.child("P") if quote is not None else None
    cell: list[Flowable] = [para(block.text, st.pull_quote, text_node)]
    if block.attribution:
        by = quote.child("P", actual_text=f"— {block.attribution}") if quote is not None else None
        cell.append(para(literal("— ") + rich(block.attribution), st.pull_attribution, by))
    table = ArtifactTable([[cell]], colWidths=[COLUMN_WIDTH], splitInRow=1, hAlign="LEFT")
    table.setStyle(
        [
            ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    table.spaceBefore = 9
    table.spaceAfter = 10
    # It may wait for the next column within its own section; a repeat is left out rather than
    # leave a hole.
    return FloatBlock([table], within_section=True, optional=block.repeat)


def figure_box(block: Figures, st: Styles, root: StructNode) -> Flowable:
    """Key figures set off: the number large in the accent colour (never wrapped), its meaning beside it."""
    table_node = root.child("Table", attributes={"O": "Table", "Summary": block.summary})
    rows: list[list[Flowable | str]] = []
    values = [unbroken(value) for value, _ in block.rows]
    value_style = st.figure_value
    fits = widest(values, value_style) + 20
    if fits > COLUMN_WIDTH * FIGURE_VALUE_SHARE:  # a long value: smaller, still on one line
        scale = COLUMN_WIDTH * FIGURE_VALUE_SHARE / fits
        value_style = st.figure_value.clone("figure_value_small", fontSize=value_style.fontSize * scale,
                                            leading=value_style.leading * scale)  # fmt: skip
        fits = COLUMN_WIDTH * FIGURE_VALUE_SHARE
    for value, (_, text) in zip(values, block.rows, strict=True):
        row = table_node.child("TR")
        rows.append(
            [
                para(value, value_style, row.child("TH", attributes={"O": "Table", "Scope": "Row"})),
                para(text, st.figure_text, row.child("TD")),
            ]
        )
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
        commands.append(("LINEABOVE", (0, index), (-1, index), 0.5, WHITE))
    if block.source:
        cell = table_node.child("TR").child("TD", attributes={"O": "Table", "ColSpan": 2})
        rows.append([para(block.source, st.figure_source, cell), ""])
        commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        commands.append(("TOPPADDING", (0, len(rows) - 1), (-1, -1), 1))
    value_width = max(46.0, fits)
    table = ArtifactTable(
        rows, colWidths=[value_width, COLUMN_WIDTH - value_width], splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(commands)
    table.spaceBefore = 8
    table.spaceAfter = 10
    # A handful of figures belongs together (a long list may still split), in its own section.
    return FloatBlock([table], within_section=True)


def photo_block(block: Photo, st: Styles, root: StructNode, width: float = COLUMN_WIDTH) -> Flowable | None:
    """The photo scaled to the column, with caption and credit; None if it cannot be read."""
    photo = block.photo
    prepared = images.prepare(photo.image, photo.sha256)
    if prepared is None or prepared.width <= 0 or prepared.height <= 0:
        return None
    max_height = TEXT_HEIGHT * 0.55
    draw_width = width
    draw_height = width * prepared.height / prepared.width
    if draw_height > max_height:
        draw_width = width * max_height / draw_height
        draw_height = max_height
    figure = root.child("Figure", alt=block.alt)
    image = TaggedImage(
        io.BytesIO(prepared.data), width=draw_width, height=draw_height, hAlign="LEFT", node=figure
    )
    parts: list[Flowable] = [Spacer(1, 5), image]
    caption = rich(block.caption) if block.caption else literal("")
    if block.credit:
        credit = small(unbroken(block.credit), size=6.6, color=CREDIT)
        caption = caption + literal("&nbsp;&nbsp; ") + credit if block.caption else credit
    if caption.text:
        spoken = "  ".join(part for part in (block.caption, block.credit) if part)
        parts.append(para(caption, st.caption, root.child("Caption", actual_text=" ".join(spoken.split()))))
    parts.append(Spacer(1, 9))
    return FloatBlock(parts)


class FloatBlock(KeepTogether):  # type: ignore[misc]
    """A photo with its caption, a quote or a figures box, kept together; the page may move it
    on to the next column while text fills this one (report.page). Quotes and figures stay in
    their own section (``within_section``): they never pass the next heading."""

    floats = True  # report.page lets it trade places with the text after it

    def __init__(
        self, flowables: list[Flowable], *, within_section: bool = False, optional: bool = False
    ) -> None:
        super().__init__(flowables)
        self.within_section = within_section
        self.optional = optional


def shaded_box(block: Box, st: Styles, root: StructNode) -> Flowable:
    """The background section: heading and text in a tinted box that may split across columns."""
    box = root.child("Div")
    cell: list[Flowable] = []
    if block.heading:
        cell.append(para(block.heading, st.box_heading, box.child("H2"), bookmark=(block.heading, 0)))
    cell.extend(para(no_lone_last_word(chunk), st.box_body, box.child("P")) for chunk in block.paragraphs)
    # A short box moves whole to the next column; only one taller than half a column splits.
    _, height = ArtifactTable([[cell]], colWidths=[COLUMN_WIDTH]).wrap(COLUMN_WIDTH, TEXT_HEIGHT)
    split = 1 if height > TEXT_HEIGHT / 2 else 0
    table = ArtifactTable([[cell]], colWidths=[COLUMN_WIDTH], splitInRow=split, hAlign="LEFT")
    table.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 9),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LINEABOVE", (0, 0), (-1, 0), 1.6, ACCENT),
        ]
    )
    table.spaceBefore = 12
    table.spaceAfter = 10
    return KeepTogether([table])  # whole in one column when it fits; split only when it cannot
