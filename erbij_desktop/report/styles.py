"""The report's typography: page geometry, colours and paragraph styles.

One place decides how the article looks: a two-column A4 page in Noto Serif
with Noto Sans headings, like a well-set magazine article. Headings keep
with what follows; body paragraphs allow no widows or orphans.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from erbij_desktop.domain.enums import ReportLanguage

from .fonts import SANS, SERIF, bold, italic, register_fonts

# Page geometry (points).
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 19 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
GUTTER = 8 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
COLUMN_WIDTH = (TEXT_WIDTH - GUTTER) / 2
FOOTER_Y = 11 * mm

# Colours: near-black text, one deep teal accent, warm tints for set-off material.
INK = HexColor("#1d1d1b")
MUTED = HexColor("#5f6368")
CREDIT = HexColor("#8a8f94")
ACCENT = HexColor("#0f5c66")
ACCENT_LIGHT = HexColor("#d9e8ea")
TINT = HexColor("#f1efe9")
FIGURE_TINT = HexColor("#e8f1f2")
RULE = HexColor("#b9c4c6")
WATERMARK = Color(0.72, 0.12, 0.12, alpha=0.14)

BODY_SIZE = 9.6
BODY_LEADING = 14.0


@dataclass(frozen=True)
class Styles:
    kicker: ParagraphStyle
    title: ParagraphStyle
    lead: ParagraphStyle
    byline: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_first: ParagraphStyle
    question: ParagraphStyle
    selection: ParagraphStyle
    bullet: ParagraphStyle
    pull_quote: ParagraphStyle
    pull_attribution: ParagraphStyle
    figure_value: ParagraphStyle
    figure_text: ParagraphStyle
    figure_source: ParagraphStyle
    caption: ParagraphStyle
    box_heading: ParagraphStyle
    box_body: ParagraphStyle
    dates: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle
    appendix_title: ParagraphStyle
    appendix_intro: ParagraphStyle
    appendix_round: ParagraphStyle
    appendix_question: ParagraphStyle
    appendix_table: ParagraphStyle
    appendix_item: ParagraphStyle
    appendix_organisation: ParagraphStyle


def _style(name: str, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SERIF,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
        "allowWidows": 0,
        "allowOrphans": 0,
        "splitLongWords": 1,
        "alignment": TA_LEFT,
    }
    base.update(values)
    return ParagraphStyle(name, **base)


# pyphen dictionaries for hyphenating running text in the narrow columns.
HYPHENATION = {ReportLanguage.NL: "nl_NL", ReportLanguage.EN: "en_GB"}


@cache
def styles(language: ReportLanguage = ReportLanguage.NL) -> Styles:
    """The article's styles; running text is hyphenated by the rules of ``language``."""
    register_fonts()
    words = {"hyphenationLang": HYPHENATION[ReportLanguage(language)], "embeddedHyphenation": 1}
    body = _style("body", firstLineIndent=11, **words)
    return Styles(
        kicker=_style(
            "kicker", fontName=bold(SANS), fontSize=8.2, leading=11, textColor=ACCENT, spaceAfter=5
        ),
        title=_style("title", fontName=bold(SANS), fontSize=24, leading=29, spaceAfter=10),
        lead=_style("lead", fontName=bold(SERIF), fontSize=11.2, leading=16.4, spaceAfter=8, **words),
        byline=_style("byline", fontName=SANS, fontSize=8.2, leading=11.5, textColor=MUTED, spaceAfter=0),
        heading=_style(
            "heading",
            fontName=bold(SANS),
            fontSize=11.2,
            leading=14.5,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
        ),
        body=body,
        body_first=replace_style(body, "body_first", firstLineIndent=0),
        question=_style(
            "question",
            fontName=italic(SERIF),
            fontSize=10.4,
            leading=14.4,
            textColor=ACCENT,
            leftIndent=9,
            spaceBefore=5,
            spaceAfter=6,
            borderPadding=(2, 0, 2, 7),
            keepWithNext=1,
        ),
        selection=_style(
            "selection",
            fontName=bold(SANS),
            fontSize=8.8,
            leading=13,
            spaceBefore=3,
            spaceAfter=2,
            keepWithNext=1,
        ),
        bullet=_style(
            "bullet",
            leftIndent=11,
            bulletIndent=1,
            bulletFontName=SANS,
            bulletFontSize=BODY_SIZE,
            spaceAfter=3.2,
            **words,
        ),
        pull_quote=_style(
            "pull_quote",
            fontName=italic(SERIF),
            fontSize=13.2,
            leading=17.6,
            textColor=ACCENT,
            spaceAfter=3,
        ),
        pull_attribution=_style(
            "pull_attribution", fontName=SANS, fontSize=7.8, leading=10.5, textColor=MUTED, spaceBefore=1
        ),
        figure_value=_style(
            "figure_value", fontName=bold(SANS), fontSize=19, leading=21, textColor=ACCENT, splitLongWords=0
        ),
        figure_text=_style("figure_text", fontName=SANS, fontSize=8.2, leading=10.8, textColor=INK, **words),
        figure_source=_style(
            "figure_source", fontName=italic(SANS), fontSize=7, leading=9.5, textColor=MUTED
        ),
        caption=_style("caption", fontName=SANS, fontSize=7.6, leading=10.2, textColor=MUTED, spaceBefore=3),
        box_heading=_style(
            "box_heading", fontName=bold(SANS), fontSize=10.4, leading=13.5, textColor=ACCENT, spaceAfter=4
        ),
        box_body=_style("box_body", fontName=SERIF, fontSize=8.9, leading=13.0, spaceAfter=4, **words),
        dates=_style("dates", fontName=SANS, fontSize=7.8, leading=11, textColor=MUTED),
        footer=_style("footer", fontName=SANS, fontSize=7.2, leading=9, textColor=MUTED),
        footer_right=_style(
            "footer_right", fontName=SANS, fontSize=7.2, leading=9, textColor=MUTED, alignment=TA_RIGHT
        ),
        appendix_title=_style(
            "appendix_title", fontName=bold(SANS), fontSize=17, leading=21, spaceAfter=4, keepWithNext=1
        ),
        appendix_intro=_style("appendix_intro", fontName=SERIF, fontSize=9, leading=13, spaceAfter=6),
        appendix_round=_style(
            "appendix_round",
            fontName=bold(SANS),
            fontSize=10.4,
            leading=13.5,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=1,
            keepWithNext=1,
        ),
        appendix_question=_style(
            "appendix_question",
            fontName=italic(SERIF),
            fontSize=8.8,
            leading=12,
            spaceAfter=3,
            keepWithNext=1,
        ),
        appendix_table=_style(
            "appendix_table",
            fontName=bold(SANS),
            fontSize=8.2,
            leading=11,
            textColor=MUTED,
            spaceBefore=5,
            spaceAfter=1.5,
            keepWithNext=1,
        ),
        appendix_item=_style(
            "appendix_item",
            fontSize=8.4,
            leading=11.4,
            leftIndent=9,
            bulletIndent=0,
            bulletFontName=SANS,
            bulletFontSize=8.4,
            spaceAfter=1.8,
        ),
        appendix_organisation=_style("appendix_organisation", fontName=SANS, fontSize=8.4, leading=11.6),
    )


def replace_style(style: ParagraphStyle, name: str, **values: object) -> ParagraphStyle:
    """A copy of ``style`` under a new name with some values changed."""
    copy = ParagraphStyle(name, parent=style)
    for key, value in values.items():
        setattr(copy, key, value)
    return copy


@cache
def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with HarfBuzz shaping on, for paragraphs holding right-to-left text."""
    return replace_style(style, f"{style.name}-shaped", shaping=1)
