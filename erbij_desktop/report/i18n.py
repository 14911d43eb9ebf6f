"""Fixed words of the report in its two languages, and dates written out.

The report follows the event's report language, not the UI language: a Dutch
facilitator can publish an English report. Everything the report prints that
is not user text comes from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from erbij_desktop.domain.enums import ReportLanguage

_MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december"
_MONTHS_EN = "January February March April May June July August September October November December"
_DAYS_NL = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
_DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_MONTHS = {ReportLanguage.NL: tuple(_MONTHS_NL.split(" ")), ReportLanguage.EN: tuple(_MONTHS_EN.split(" "))}
_WEEKDAYS = {ReportLanguage.NL: tuple(_DAYS_NL.split(" ")), ReportLanguage.EN: tuple(_DAYS_EN.split(" "))}


@dataclass(frozen=True)
class Labels:
    language: ReportLanguage
    selection: str
    round_heading: str  # "{title}"
    round_fallback: str
    question: str
    published: str  # "{date}"
    modified: str  # "{date}"
    page: str  # "{page}" "{total}"
    draft: str
    source: str  # "{source}"
    photo_credit: str  # "{credit}"
    organisers: str  # "{names}"
    chair: str  # "{name}"
    attendance: str  # "{count}"
    appendix: str
    appendix_intro: str  # "{count}"
    appendix_round: str  # "{number}" "{title}"
    no_table: str
    host: str  # "{name}"
    organisations_present: str
    no_contributions: str
    and_word: str
    lead_on_date: str  # "{date}" "{title}" "{place}"
    lead_undated: str  # "{title}" "{place}"
    lead_place: str  # "{place}"
    lead_organisers: str  # "{names}"
    lead_purpose: str  # "{purpose}"
    lead_attendance: str  # "{count}"
    lead_attendance_expected: str  # "{count}"
    lead_attendance_text: str  # "{text}"
    figures_summary: str  # "{figures}"
    photo: str
    yes: str
    no: str
    csv_headers: tuple[str, ...]


_NL = Labels(
    language=ReportLanguage.NL,
    selection="Een greep uit de bijdragen:",
    round_heading="Rondetafelgesprek: {title}",
    round_fallback="Rondetafelgesprek",
    question="De vraag",
    published="Geplaatst op: {date}",
    modified="Laatst gewijzigd op: {date}",
    page="pagina {page} van {total}",
    draft="CONCEPT",
    source="Bron: {source}",
    photo_credit="Foto: {credit}",
    organisers="Georganiseerd door {names}",
    chair="Dagvoorzitter: {name}",
    attendance="{count} aanwezigen",
    appendix="Bijlage: alle bijdragen",
    appendix_intro="Alle {count} bijdragen aan de rondetafelgesprekken, per ronde en per tafel.",
    appendix_round="Ronde {number}: {title}",
    no_table="Zonder tafel",
    host="Gespreksleider: {name}",
    organisations_present="Aanwezige organisaties",
    no_contributions="Geen bijdragen vastgelegd.",
    and_word="en",
    lead_on_date="Op {date} vond {title} plaats{place}.",
    lead_undated="{title} vond plaats{place}.",
    lead_place=" in {place}",
    lead_organisers="Initiatiefnemers waren {names}.",
    lead_purpose="Het doel: {purpose}",
    lead_attendance="Er waren {count} aanwezigen.",
    lead_attendance_expected="Er werden {count} deelnemers verwacht.",
    lead_attendance_text="Er waren {text}.",
    figures_summary="Kerncijfers: {figures}.",
    photo="Foto",
    yes="ja",
    no="nee",
    csv_headers=(
        "ronde",
        "vraag",
        "tafel",
        "tekst",
        "tekst in verslag",
        "persoon",
        "organisatie",
        "uitgelicht",
        "labels",
        "tijd",
    ),
)

_EN = Labels(
    language=ReportLanguage.EN,
    selection="A selection of contributions:",
    round_heading="Roundtable: {title}",
    round_fallback="Roundtable",
    question="The question",
    published="Published on: {date}",
    modified="Last modified on: {date}",
    page="page {page} of {total}",
    draft="DRAFT",
    source="Source: {source}",
    photo_credit="Photo: {credit}",
    organisers="Organised by {names}",
    chair="Chair: {name}",
    attendance="{count} participants",
    appendix="Appendix: all contributions",
    appendix_intro="All {count} contributions to the roundtable conversations, by round and by table.",
    appendix_round="Round {number}: {title}",
    no_table="No table",
    host="Host: {name}",
    organisations_present="Organisations present",
    no_contributions="No contributions recorded.",
    and_word="and",
    lead_on_date="On {date}, {title} took place{place}.",
    lead_undated="{title} took place{place}.",
    lead_place=" in {place}",
    lead_organisers="It was organised by {names}.",
    lead_purpose="The aim: {purpose}",
    lead_attendance="{count} people attended.",
    lead_attendance_expected="{count} participants were expected.",
    lead_attendance_text="There were {text}.",
    figures_summary="Key figures: {figures}.",
    photo="Photo",
    yes="yes",
    no="no",
    csv_headers=(
        "round",
        "question",
        "table",
        "text",
        "report text",
        "person",
        "organisation",
        "highlighted",
        "tags",
        "time",
    ),
)

_LABELS = {ReportLanguage.NL: _NL, ReportLanguage.EN: _EN}


def labels(language: ReportLanguage | str) -> Labels:
    return _LABELS[ReportLanguage(language)]


def format_date(value: dt.date, language: ReportLanguage | str, *, weekday: bool = False) -> str:
    """'27 februari 2018' / '27 February 2018' (optionally with the weekday)."""
    language = ReportLanguage(language)
    text = f"{value.day} {_MONTHS[language][value.month - 1]} {value.year}"
    if weekday:
        text = f"{_WEEKDAYS[language][value.weekday()]} {text}"
    return text


def join_names(names: list[str] | tuple[str, ...], language: ReportLanguage | str) -> str:
    """'A', 'A en B', 'A, B en C' (en: 'A, B and C')."""
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {labels(language).and_word} {names[-1]}"
