"""What an export may show: a "public view" of an event with consent applied.

People in the room are often vulnerable; they are named in an export only
when they consented. Every export (PDF report, appendix, CSV, preview) is made
from :func:`public_view`, never from the ORM objects directly, so the rule is
applied in one place:

* a person without ``consent_to_name`` is never named: their quotes are
  attributed to their role ("een ervaringsdeskundige"), their contributions
  keep the organisation but lose the name, and every free text (narratives,
  lead, captions, contribution texts, ...) has their full name and their
  family name on its own ("Tol", "De Vries") replaced by the role phrase;
* photos without consent are left out.

The rule itself lives in :mod:`domain.consent` (the one place that decides);
how names are found and replaced, in :mod:`domain.name_scrubber`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .consent import ConsentRule, rule_for
from .enums import ProgrammeKind, ReportLanguage, ReportStatus
from .models import Contribution, Event, Photo, ProgrammeItem, Quote, Round, Tag, contribution_tag
from .name_scrubber import display_name
from .public_model import (
    PublicContribution,
    PublicEvent,
    PublicFigure,
    PublicItem,
    PublicPhoto,
    PublicQuote,
    PublicRound,
    PublicTable,
)

__all__ = [  # the public view's types live in domain.public_model; exports import them from here too
    "PublicContribution",
    "PublicEvent",
    "PublicFigure",
    "PublicItem",
    "PublicPhoto",
    "PublicQuote",
    "PublicRound",
    "PublicTable",
    "public_view",
]

_T = TypeVar("_T")

# ---------------------------------------------------------------------------
# Building the view.


def public_view(session: Session, event: Event) -> PublicEvent:
    """Everything an export may show of ``event``, with consent applied."""
    rule = rule_for(event)
    language = rule.language
    scrub = rule.text

    quotes_by_item: dict[int | None, list[PublicQuote]] = {}
    headline: PublicQuote | None = None
    for quote in event.quotes:
        public_quote = _quote(quote, scrub, language)
        if quote.is_headline and headline is None:
            headline = public_quote
        quotes_by_item.setdefault(quote.programme_item_id, []).append(public_quote)

    figures_by_item: dict[int | None, list[PublicFigure]] = {}
    for figure in event.key_figures:
        figures_by_item.setdefault(figure.programme_item_id, []).append(
            PublicFigure(
                figure.id,
                scrub(figure.value),
                scrub(figure.text),
                scrub(figure.source),
                figure.programme_item_id,
            )
        )

    photos_by_item: dict[int | None, list[PublicPhoto]] = {}
    for photo in _consented_photos(session, event):
        photos_by_item.setdefault(photo.after_item_id, []).append(
            PublicPhoto(
                photo.id,
                photo.image,
                photo.mime,
                photo.sha256,
                photo.width,
                photo.height,
                scrub(photo.caption),
                scrub(photo.credit),
                photo.after_item_id,
                scrub(photo.alt_text),
            )
        )

    tables = tuple(
        PublicTable(t.id, scrub(t.name), t.host.name if t.host is not None and rule.named(t.host) else "")
        for t in event.tables
    )
    table_names = {t.id: t.name for t in tables}
    rounds = _rounds(session, event, rule, table_names)
    rounds_by_item: dict[int | None, list[PublicRound]] = {}
    for public_round in rounds:
        rounds_by_item.setdefault(public_round.programme_item_id, []).append(public_round)

    items = tuple(
        _item(item, scrub, language, quotes_by_item, figures_by_item, photos_by_item, rounds_by_item)
        for item in event.programme
    )
    item_ids = {item.id for item in items}

    def loose(groups: dict[int | None, list[_T]]) -> tuple[_T, ...]:
        return tuple(x for key, values in groups.items() if key not in item_ids for x in values)

    return PublicEvent(
        id=event.id,
        title=scrub(event.title),
        language=language,
        status=ReportStatus(event.report_status or ReportStatus.DRAFT),
        event_date=event.event_date,
        start_time=event.start_time,
        end_time=event.end_time,
        venue=scrub(event.venue),
        city=scrub(event.city),
        organisers=tuple(scrub(o.name) for o in event.organisers),
        chair=rule.chair(event.chair),
        attendance_expected=event.attendance_expected,
        attendance_actual=event.attendance_actual,
        attendance_text=scrub(event.attendance_text),
        purpose=scrub(event.purpose),
        lead=scrub(event.lead),
        conclusion=scrub(event.conclusion),
        background_heading=scrub(event.background_heading),
        background_text=scrub(event.background_text),
        published_on=event.published_on,
        modified_on=event.modified_on,
        logo=event.logo,
        logo_mime=event.logo_mime or "",
        headline=headline,
        items=items,
        loose_rounds=loose(rounds_by_item),
        loose_quotes=loose(quotes_by_item),
        loose_figures=loose(figures_by_item),
        loose_photos=loose(photos_by_item),
        tables=tables,
        organisations=tuple(scrub(o.name) for o in event.organisations),
        rounds=tuple(rounds),
    )


def _quote(quote: Quote, scrub: Callable[[str], str], language: ReportLanguage) -> PublicQuote:
    speaker = quote.speaker
    return PublicQuote(
        id=quote.id,
        text=scrub(quote.text),
        attribution=display_name(speaker, language),
        speaker_named=bool(speaker is not None and speaker.consent_to_name),
        programme_item_id=quote.programme_item_id,
        is_headline=quote.is_headline,
    )


def _item(
    item: ProgrammeItem,
    scrub: Callable[[str], str],
    language: ReportLanguage,
    quotes: dict[int | None, list[PublicQuote]],
    figures: dict[int | None, list[PublicFigure]],
    photos: dict[int | None, list[PublicPhoto]],
    rounds: dict[int | None, list[PublicRound]],
) -> PublicItem:
    return PublicItem(
        id=item.id,
        kind=ProgrammeKind(item.kind or ProgrammeKind.OTHER),
        heading=scrub(item.heading),
        narrative=scrub(item.narrative),
        people=tuple(display_name(p, language) for p in item.people),
        quotes=tuple(quotes.get(item.id, ())),
        figures=tuple(figures.get(item.id, ())),
        photos=tuple(photos.get(item.id, ())),
        rounds=tuple(rounds.get(item.id, ())),
        figures_summary=scrub(item.figures_summary),
    )


def _consented_photos(session: Session, event: Event) -> Sequence[Photo]:
    stmt = (
        select(Photo)
        .where(Photo.event_id == event.id, Photo.consent.is_(True))
        .order_by(Photo.position, Photo.id)
        .options(selectinload(Photo.people))
    )
    photos = session.scalars(stmt).all()
    for photo in photos:
        _ = photo.image  # load the deferred bytes now, inside the session
    return photos


def _rounds(
    session: Session, event: Event, rule: ConsentRule, table_names: dict[int, str]
) -> list[PublicRound]:
    scrub = rule.text
    by_round = _contributions(session, event, rule, table_names)
    return [
        PublicRound(
            id=r.id,
            title=scrub(r.title),
            question=scrub(r.question),
            intro=scrub(r.intro),
            programme_item_id=r.programme_item_id,
            contributions=tuple(by_round.get(r.id, ())),
            selection_intro=scrub(r.selection_intro),
        )
        for r in _ordered_rounds(event.rounds)
    ]


def _ordered_rounds(rounds: Iterable[Round]) -> list[Round]:
    return sorted(rounds, key=lambda r: (r.position, r.id))


def _contributions(
    session: Session, event: Event, rule: ConsentRule, table_names: dict[int, str]
) -> dict[int, list[PublicContribution]]:
    """Every contribution by round, read as plain rows (an event can hold thousands)."""
    scrub = rule.text
    people = {p.id: p for p in event.people}
    organisations = {o.id: o.name for o in event.organisations}
    scrubbed_organisations: dict[int, str] = {}
    tag_names: dict[str, str] = {}
    tags: dict[int, list[str]] = {}
    tag_rows = session.execute(
        select(contribution_tag.c.contribution_id, Tag.name)
        .join(Tag, Tag.id == contribution_tag.c.tag_id)
        .where(Tag.event_id == event.id)
        .order_by(Tag.name_key)
    )
    for contribution_id, name in tag_rows:
        if name not in tag_names:
            tag_names[name] = scrub(name)
        tags.setdefault(contribution_id, []).append(tag_names[name])
    rows = session.execute(
        select(
            Contribution.id,
            Contribution.round_id,
            Contribution.table_id,
            Contribution.text,
            Contribution.report_text,
            Contribution.person_id,
            Contribution.organisation_id,
            Contribution.highlighted,
            Contribution.position,
            Contribution.created_at,
        )
        # Hidden by the facilitator: kept in the data, never published.
        .where(Contribution.event_id == event.id, Contribution.hidden.is_(False))
        .order_by(Contribution.round_id, Contribution.position, Contribution.id)
    )
    by_round: dict[int, list[PublicContribution]] = {}
    for cid, round_id, table_id, text, report_text, person_id, org_id, highlighted, position, created in rows:
        person = people.get(person_id) if person_id is not None else None
        org_id = rule.organisation_id(org_id, person)
        organisation = ""
        if org_id is not None and org_id in organisations:
            if org_id not in scrubbed_organisations:
                scrubbed_organisations[org_id] = scrub(organisations[org_id])
            organisation = scrubbed_organisations[org_id]
        by_round.setdefault(round_id, []).append(
            PublicContribution(
                id=cid,
                round_id=round_id,
                table_id=table_id,
                table=table_names.get(table_id, "") if table_id is not None else "",
                text=scrub(text),
                report_text=scrub(report_text) if report_text is not None else None,
                person=person.name if person is not None and rule.named(person) else "",
                organisation=organisation,
                highlighted=bool(highlighted),
                position=position,
                tags=tuple(tags.get(cid, ())),
                created_at=created,
            )
        )
    return by_round
