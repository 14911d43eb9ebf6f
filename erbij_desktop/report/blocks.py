"""The article as a sequence of blocks, decided once for PDF, HTML and Word.

What the article says and in which order (a section per programme item, the
rounds with their lead-in and chosen contributions, quotes with their item,
photos with alt text, the figures box, conclusion, background box, dates) is
an editorial matter; how a block looks is the format's. Every format renders
this same list, made from the event's *public view*, so consent and reading
order are the same in all three.

Rules kept here (nothing is printed that the facilitator did not write, bar
the fixed words of :mod:`report.i18n`):

* an item without text, quotes, figures, photos or rounds (a break) leaves no
  section behind;
* a round reads like the article: its intro, the question in quotes, and the
  round's own lead-in to the contributions ("Om een paar te noemen:"), with
  "Een greep uit de bijdragen:" only as the default; no lead-in without
  chosen contributions;
* quotes the narrative does not carry stand right after their own item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.privacy import PublicEvent, PublicFigure, PublicItem, PublicPhoto, PublicRound

from .i18n import Labels, format_date, join_names
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


@dataclass(frozen=True)
class Kicker:
    text: str


@dataclass(frozen=True)
class Title:
    title: str
    headline: str  # the headline quote, already in quote marks; "" without one

    @property
    def text(self) -> str:
        if not self.headline:
            return self.title
        if not self.title.strip():
            return self.headline
        separator = " " if self.title.rstrip().endswith((":", "?", "!")) else ": "
        return f"{self.title}{separator}{self.headline}"


@dataclass(frozen=True)
class Lead:
    text: str


@dataclass(frozen=True)
class Byline:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    first: bool = False  # the first paragraph of a section is not indented
    kind: str = "body"  # "body", "question"


@dataclass(frozen=True)
class Bullet:
    text: str
    source: str  # "Gemeente Huizen"; "" when the text names it already


@dataclass(frozen=True)
class Bullets:
    items: tuple[Bullet, ...]


@dataclass(frozen=True)
class Quote:
    text: str  # in quote marks
    attribution: str
    # A narrative's own quote repeated large (magazine style): decoration the PDF may leave out
    # where it does not fit at its section's end.
    repeat: bool = False


@dataclass(frozen=True)
class Figures:
    rows: tuple[tuple[str, str], ...]  # (value, what it means)
    source: str  # "Bron: …" only when the facilitator wrote a source
    summary: str  # the box in one sentence, for readers who cannot see it


@dataclass(frozen=True)
class Photo:
    photo: PublicPhoto
    alt: str
    caption: str
    credit: str  # "Foto: …" / the credit as written when it has its own label


@dataclass(frozen=True)
class Box:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Dates:
    lines: tuple[str, ...]


Block = Kicker | Title | Lead | Byline | Heading | Para | Bullets | Quote | Figures | Photo | Box | Dates


@dataclass(frozen=True)
class Article:
    head: tuple[Block, ...]
    body: tuple[Block, ...]
    language: str
    title: str
    author: str
    subject: str

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.head + self.body


def article(view: PublicEvent, labels: Labels) -> Article:
    from .head_blocks import head_blocks, headline

    return Article(
        head=tuple(head_blocks(view, labels)),
        body=tuple(body_blocks(view, labels) + closing_blocks(view, labels)),
        language=view.language.value,
        title=Title(view.title, headline(view)).text,
        author=join_names(view.organisers, view.language),
        subject=view.headline.text if view.headline else "",
    )


# --- body ------------------------------------------------------------------------------------------


@dataclass
class _Pacing:
    """Keeps repeated pull quotes rare across the whole article."""

    items_since_pull: int = PULL_QUOTE_SPACING
    seen: set[int] = field(default_factory=set)


def body_blocks(view: PublicEvent, labels: Labels) -> list[Block]:
    out: list[Block] = []
    pacing = _Pacing()
    for item in view.items:
        out.extend(item_blocks(item, labels, pacing))
    for public_round in view.loose_rounds:
        out.extend(round_blocks(public_round, "", "", labels))
    return out


def item_blocks(item: PublicItem, labels: Labels, pacing: _Pacing) -> list[Block]:
    out: list[Block] = []
    if item.rounds:
        for index, public_round in enumerate(item.rounds):
            first = index == 0
            out.extend(
                round_blocks(
                    public_round, item.heading if first else "", item.narrative if first else "", labels
                )
            )
    else:
        text = _narrative_with_pull_quote(item, pacing)
        if item.heading and (text or item.quotes or item.figures or item.photos):
            out.append(Heading(item.heading))
        out.extend(text)
    out.extend(quote_block(q.text, q.attribution) for q in quotes_outside(item.narrative, item.quotes))
    if item.figures:
        out.append(figures_block(item.figures, item.figures_summary, labels))
    out.extend(photo_blocks(item.photos, labels))
    pacing.items_since_pull += 1
    return out


def quote_block(text: str, attribution: str, *, repeat: bool = False) -> Quote:
    return Quote(quoted(text), attribution, repeat)


def _narrative_with_pull_quote(item: PublicItem, pacing: _Pacing) -> list[Block]:
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
    out: list[Block] = []
    for index, chunk in enumerate(chunks):
        if index == where and quote is not None:
            out.append(quote_block(quote.text, quote.attribution, repeat=True))
        out.append(Para(chunk, first=not index or index == where))
    if where == len(chunks) and quote is not None:
        out.append(quote_block(quote.text, quote.attribution, repeat=True))
    if where >= 0 and quote is not None:
        pacing.seen.add(quote.id)
        pacing.items_since_pull = 0
    return out


def round_blocks(public_round: PublicRound, heading: str, narrative: str, labels: Labels) -> list[Block]:
    """Heading, the narrative, then intro + ‘question’ + lead-in in one paragraph, and the bullets."""
    title = heading or (
        labels.round_heading.format(title=public_round.title) if public_round.title else labels.round_fallback
    )
    out: list[Block] = [Heading(title)]
    chunks = paragraphs(narrative)
    out.extend(Para(chunk, first=not index) for index, chunk in enumerate(chunks))
    highlights = [c for c in public_round.highlights if c.text_for_report.strip()]
    selection = public_round.selection_intro.strip() or labels.selection
    intro = public_round.intro.strip()
    question = public_round.question.strip()
    said = "\n".join([narrative, intro])
    if intro:
        text = intro[:-1].rstrip() if intro.endswith(":") else intro
        if question and not occurs_in(question, said):
            text += " " + quoted(question)
        if highlights and not occurs_in(selection, intro[-160:]):
            text += " " + selection
        out.append(Para(text, first=not chunks))
    else:
        if question and not occurs_in(question, said):
            out.append(Para(quoted(question), kind="question"))
        if highlights and not occurs_in(selection, narrative[-160:]):
            out.append(Para(selection, first=True))
    if highlights:
        out.append(Bullets(tuple(Bullet(c.text_for_report, source_of(c)) for c in highlights)))
    return out


def figures_block(figures: Sequence[PublicFigure], summary: str, labels: Labels) -> Figures:
    sources: list[str] = []
    for figure in figures:
        if figure.source.strip() and figure.source not in sources:
            sources.append(figure.source.strip())
    rows = tuple((f.value, f.text) for f in figures)
    if not summary.strip():
        summary = labels.figures_summary.format(
            figures="; ".join(f"{value} {text}".strip() for value, text in rows)
        )
    source = labels.source.format(source="; ".join(sources)) if sources else ""
    return Figures(rows, source, summary.strip())


def photo_blocks(photos: Sequence[PublicPhoto], labels: Labels) -> list[Block]:
    out: list[Block] = []
    for photo in photos:
        credit = ""
        if photo.credit:
            credit = photo.credit if ":" in photo.credit else labels.photo_credit.format(credit=photo.credit)
        alt = photo.alt_text.strip() or photo.caption.strip() or labels.photo
        out.append(Photo(photo, alt, photo.caption.strip(), credit))
    return out


# --- closing ---------------------------------------------------------------------------------------


def closing_blocks(view: PublicEvent, labels: Labels) -> list[Block]:
    out: list[Block] = []
    everything = "\n".join(
        [view.lead, view.conclusion, *(i.narrative for i in view.items), *(r.intro for r in view.rounds)]
    )
    out.extend(quote_block(q.text, q.attribution) for q in quotes_outside(everything, view.loose_quotes))
    if view.loose_figures:
        out.append(figures_block(view.loose_figures, "", labels))
    out.extend(photo_blocks(view.loose_photos, labels))
    out.extend(Para(chunk, first=True) for chunk in paragraphs(view.conclusion))
    if view.background_heading.strip() or view.background_text.strip():
        out.append(Box(view.background_heading.strip(), tuple(paragraphs(view.background_text))))
    lines = []
    if view.published_on is not None:
        lines.append(labels.published.format(date=format_date(view.published_on, view.language)))
    if view.modified_on is not None:
        lines.append(labels.modified.format(date=format_date(view.modified_on, view.language)))
    if lines:
        out.append(Dates(tuple(lines)))
    return out
