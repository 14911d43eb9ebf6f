"""The public view's shape: plain, immutable data an export may show, with consent already applied.

Built by :func:`domain.privacy.public_view` (the one place the consent rule
is applied to an event); read by every export in ``report``. Kept apart from
the building so the exports depend on the data, not on the ORM.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .enums import ProgrammeKind, ReportLanguage, ReportStatus


@dataclass(frozen=True)
class PublicQuote:
    id: int
    text: str
    # "Pieter Hilhorst" when the speaker consented, else "een ervaringsdeskundige"; "" without speaker.
    attribution: str
    speaker_named: bool
    programme_item_id: int | None
    is_headline: bool


@dataclass(frozen=True)
class PublicFigure:
    id: int
    value: str
    text: str
    source: str
    programme_item_id: int | None


@dataclass(frozen=True)
class PublicPhoto:
    id: int
    image: bytes
    mime: str
    sha256: str
    width: int
    height: int
    caption: str
    credit: str
    after_item_id: int | None
    alt_text: str = ""


@dataclass(frozen=True)
class PublicContribution:
    id: int
    round_id: int
    table_id: int | None
    table: str
    text: str
    report_text: str | None
    # The person's name only when they consented; "" otherwise.
    person: str
    organisation: str
    highlighted: bool
    position: int
    tags: tuple[str, ...]
    created_at: dt.datetime

    @property
    def text_for_report(self) -> str:
        return self.report_text if self.report_text is not None else self.text


@dataclass(frozen=True)
class PublicTable:
    id: int
    name: str
    # The host's name only with consent.
    host: str


@dataclass(frozen=True)
class PublicRound:
    id: int
    title: str
    question: str
    intro: str
    programme_item_id: int | None
    contributions: tuple[PublicContribution, ...]
    selection_intro: str = ""

    @property
    def highlights(self) -> list[PublicContribution]:
        """The report's selection, in the order the facilitator chose."""
        return [c for c in self.contributions if c.highlighted]


@dataclass(frozen=True)
class PublicItem:
    id: int
    kind: ProgrammeKind
    heading: str
    narrative: str
    # Names (with consent) or role phrases of the people on stage.
    people: tuple[str, ...]
    quotes: tuple[PublicQuote, ...]
    figures: tuple[PublicFigure, ...]
    photos: tuple[PublicPhoto, ...]
    rounds: tuple[PublicRound, ...]
    figures_summary: str = ""


@dataclass(frozen=True)
class PublicEvent:
    id: int
    title: str
    language: ReportLanguage
    status: ReportStatus
    event_date: dt.date | None
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    city: str
    organisers: tuple[str, ...]
    chair: str
    attendance_expected: int | None
    attendance_actual: int | None
    attendance_text: str
    purpose: str
    lead: str
    conclusion: str
    background_heading: str
    background_text: str
    published_on: dt.date | None
    modified_on: dt.date | None
    logo: bytes | None
    logo_mime: str
    headline: PublicQuote | None
    items: tuple[PublicItem, ...]
    # Rounds that belong to no programme item: reported after the programme.
    loose_rounds: tuple[PublicRound, ...]
    # Quotes and figures that belong to no programme item, and photos placed nowhere.
    loose_quotes: tuple[PublicQuote, ...]
    loose_figures: tuple[PublicFigure, ...]
    loose_photos: tuple[PublicPhoto, ...]
    tables: tuple[PublicTable, ...]
    organisations: tuple[str, ...]
    # Every round in order (linked or not), for the appendix and the CSV.
    rounds: tuple[PublicRound, ...]

    @property
    def is_draft(self) -> bool:
        return self.status is ReportStatus.DRAFT
