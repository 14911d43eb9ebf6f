"""The article's body: one section per programme item, in programme order.

An item gets its intertitle (none when it has no heading), its narrative,
quotes the narrative does not carry set apart, its key figures, the rounds
held in it, and the photos placed after it. Rounds that belong to no item
follow the programme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.privacy import (
    PublicContribution,
    PublicEvent,
    PublicItem,
    PublicPhoto,
    PublicRound,
)

from .flowables import figure_box, para, photo_block, pull_quote, small, text_block
from .fonts import SANS
from .i18n import Labels
from .markup import literal, rich
from .styles import Styles
from .text_rules import (
    occurs_in,
    paragraphs,
    pull_quote_candidate,
    quoted,
    quotes_outside,
    source_of,
    strip_quote_marks,
)

# At most one narrative quote repeated as a pull quote per this many items (sparingly).
PULL_QUOTE_SPACING = 2


@dataclass
class _Pacing:
    """Keeps repeated pull quotes rare across the whole article."""

    items_since_pull: int = PULL_QUOTE_SPACING
    seen: set[int] = field(default_factory=set)


def body_flowables(view: PublicEvent, st: Styles, labels: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    pacing = _Pacing()
    for item in view.items:
        out.extend(item_flowables(item, st, labels, pacing))
    for public_round in view.loose_rounds:
        out.extend(round_flowables(public_round, "", "", st, labels))
    return out


def item_flowables(item: PublicItem, st: Styles, labels: Labels, pacing: _Pacing) -> list[Flowable]:
    out: list[Flowable] = []
    if item.rounds:
        for index, public_round in enumerate(item.rounds):
            first = index == 0
            out.extend(
                round_flowables(
                    public_round, item.heading if first else "", item.narrative if first else "", st, labels
                )
            )
    else:
        if item.heading:
            out.append(para(item.heading, st.heading))
        out.extend(_narrative_with_pull_quote(item, st, pacing))
    for quote in quotes_outside(item.narrative, item.quotes):
        out.append(pull_quote(quote, st))
    if item.figures:
        out.append(figure_box(item.figures, st, labels))
    out.extend(photo_flowables(item.photos, st, labels))
    pacing.items_since_pull += 1
    return out


def _narrative_with_pull_quote(item: PublicItem, st: Styles, pacing: _Pacing) -> list[Flowable]:
    """The narrative's paragraphs, with at most one of its quotes repeated large.

    The repeat never directly follows the paragraph it comes from: it goes just
    before that paragraph, or one paragraph after it; a one-paragraph narrative
    gets none.
    """
    chunks = paragraphs(item.narrative)
    quote = None
    where = -1
    if (
        item.kind is not ProgrammeKind.BREAK
        and pacing.items_since_pull >= PULL_QUOTE_SPACING
        and len(chunks) > 1
    ):
        quote = pull_quote_candidate(item.narrative, item.quotes)
    if quote is not None and quote.id not in pacing.seen:
        source = next(
            (i for i, chunk in enumerate(chunks) if occurs_in(strip_quote_marks(quote.text), chunk)), -1
        )
        if source >= 1:
            where = source  # before its paragraph
        elif source == 0:
            where = 2  # after the paragraph that follows it
    out: list[Flowable] = []
    for index, chunk in enumerate(chunks):
        if index == where and quote is not None:
            out.append(pull_quote(quote, st))
        out.append(para(chunk, st.body if index and index != where else st.body_first))
    if where == len(chunks) and quote is not None:
        out.append(pull_quote(quote, st))
    if where >= 0 and quote is not None:
        pacing.seen.add(quote.id)
        pacing.items_since_pull = 0
    return out


def round_flowables(
    public_round: PublicRound, heading: str, narrative: str, st: Styles, labels: Labels
) -> list[Flowable]:
    """Heading, intro, the question, 'Een greep uit de bijdragen:' and the highlighted contributions."""
    out: list[Flowable] = []
    title = heading or (
        labels.round_heading.format(title=public_round.title) if public_round.title else labels.round_fallback
    )
    out.append(para(title, st.heading))
    lead_in = "\n\n".join(part for part in (narrative, public_round.intro) if part.strip())
    out.extend(text_block(lead_in, st))
    if public_round.question.strip() and not occurs_in(public_round.question, lead_in):
        out.append(para(quoted(public_round.question), st.question))
    highlights = _selection(public_round)
    if highlights:
        if not occurs_in(labels.selection, lead_in[-120:]):
            out.append(para(labels.selection, st.selection))
        out.extend(contribution_bullet(c, st) for c in highlights)
    return out


def _selection(public_round: PublicRound) -> list[PublicContribution]:
    return [c for c in public_round.highlights if c.text_for_report.strip()]


def contribution_bullet(contribution: PublicContribution, st: Styles) -> Flowable:
    """'• text — Organisation', leaving out the source when the text names it."""
    markup = rich(contribution.text_for_report)
    source = source_of(contribution)
    if source:
        markup = markup + literal(" ") + small(f"— {source}", font=SANS)
    return para(markup, st.bullet, bullet="•")


def photo_flowables(photos: Sequence[PublicPhoto], st: Styles, labels: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    for photo in photos:
        block = photo_block(photo, st, labels)
        if block is not None:
            out.append(block)
    return out
