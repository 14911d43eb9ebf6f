"""The fixed words of the printed papers (run sheet, table cards, host sheets) in the event's
language: the team in the room reads the language the event is held in, as the report does."""

from __future__ import annotations

from erbij_desktop.domain.enums import ProgrammeKind, ReportLanguage
from erbij_desktop.domain.models import Event

_NL = {
    "runsheet": "Draaiboek",
    "tent_cards": "Tafelkaarten",
    "host_sheets": "Gespreksbladen",
    "chair": "Dagvoorzitter: ",
    "organisers": "Organisatie: ",
    "expected": "Verwacht: ",
    "people": "{count} aanwezigen",
    "tables": "Tafels: ",
    "programme": "Programma",
    "no_programme": "Er is nog geen programma.",
    "time": "Tijd",
    "length": "Duur",
    "item": "Onderdeel",
    "on_stage": "Op het podium",
    "notes": "Notities",
    "minutes": "{count} minuten",
    "until": "tot {time}",
    "at_tables": "Aan {count} tafels",
    "end": "Einde programma",
    "rounds": "Rondes",
    "no_rounds": "Er zijn nog geen rondes.",
    "at": " om {time}",
    "in_item": "in ‘{heading}’{at}",
    "tables_hosts": "Tafels en tafelhosts",
    "no_tables": "Er zijn nog geen tafels.",
    "table": "Tafel",
    "host": "Tafelhost",
    "host_label": "Tafelhost: ",
    "page": "pagina {page} van {pages}",
    "round": "Ronde {number}",
    "no_question": "(nog geen vraag)",
    "no_tables_card": "Nog geen tafels",
    "host_sheet": "GESPREKSBLAD TAFELHOST",
    "no_round_questions": "Er zijn nog geen rondes met vragen.",
    "organisation": "Organisatie",
    "organisation_name": "Organisatie / naam",
    "continued": "{table} · vervolg",
    "from": "vanaf {time}",
    "write_down": "Noteer wat aan tafel gezegd wordt: één bijdrage per regel. ",
    "privacy": "Schrijf een naam alleen op als iemand ermee instemt om in het verslag genoemd te worden.",
    "fold": "vouwen",
}
_EN = {
    "runsheet": "Run sheet",
    "tent_cards": "Table cards",
    "host_sheets": "Host sheets",
    "chair": "Chair: ",
    "organisers": "Organisers: ",
    "expected": "Expected: ",
    "people": "{count} people",
    "tables": "Tables: ",
    "programme": "Programme",
    "no_programme": "There is no programme yet.",
    "time": "Time",
    "length": "Length",
    "item": "Item",
    "on_stage": "On stage",
    "notes": "Notes",
    "minutes": "{count} minutes",
    "until": "until {time}",
    "at_tables": "At {count} tables",
    "end": "End of the programme",
    "rounds": "Rounds",
    "no_rounds": "There are no rounds yet.",
    "at": " at {time}",
    "in_item": "in ‘{heading}’{at}",
    "tables_hosts": "Tables and hosts",
    "no_tables": "There are no tables yet.",
    "table": "Table",
    "host": "Host",
    "host_label": "Host: ",
    "page": "page {page} of {pages}",
    "round": "Round {number}",
    "no_question": "(no question yet)",
    "no_tables_card": "No tables yet",
    "host_sheet": "HOST'S CONVERSATION SHEET",
    "no_round_questions": "There are no rounds with questions yet.",
    "organisation": "Organisation",
    "organisation_name": "Organisation / name",
    "continued": "{table} · continued",
    "from": "from {time}",
    "write_down": "Write down what the table says: one contribution per line. ",
    "privacy": "Only write a name down if the person agrees to be named in the report.",
    "fold": "fold",
}
_KINDS = {
    ReportLanguage.NL: {
        ProgrammeKind.OPENING: "Opening",
        ProgrammeKind.TALK: "Presentatie",
        ProgrammeKind.INTERVIEW: "Interview",
        ProgrammeKind.PANEL: "Panel",
        ProgrammeKind.ROUNDTABLE: "Rondetafelgesprek",
        ProgrammeKind.BREAK: "Pauze",
        ProgrammeKind.CLOSING: "Afsluiting",
        ProgrammeKind.OTHER: "Overig",
    },
    ReportLanguage.EN: {
        ProgrammeKind.OPENING: "Opening",
        ProgrammeKind.TALK: "Talk",
        ProgrammeKind.INTERVIEW: "Interview",
        ProgrammeKind.PANEL: "Panel",
        ProgrammeKind.ROUNDTABLE: "Roundtable",
        ProgrammeKind.BREAK: "Break",
        ProgrammeKind.CLOSING: "Closing",
        ProgrammeKind.OTHER: "Other",
    },
}
_WORDS = {ReportLanguage.NL: _NL, ReportLanguage.EN: _EN}


def language_of(event: Event) -> ReportLanguage:
    return ReportLanguage(event.report_language or ReportLanguage.NL)


def words(event: Event) -> dict[str, str]:
    """The papers' fixed words for ``event`` (its report language)."""
    return _WORDS[language_of(event)]


def kind_label(event: Event, kind: ProgrammeKind) -> str:
    return _KINDS[language_of(event)][ProgrammeKind(kind)]
