"""``runsheet`` and ``tablecards``: the printed papers for the day, headless.

    erbij-desktop runsheet EVENT -o draaiboek.pdf
    erbij-desktop tablecards EVENT -o tafelkaarten.pdf
    erbij-desktop hostsheets EVENT -o gespreksbladen.pdf

EVENT is an id or a title that matches one event. Files are written
atomically: on any failure an existing file keeps its old content.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from erbij_desktop.cli import write_event_file
from erbij_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    runsheet = subparsers.add_parser(
        "runsheet",
        help="maak het draaiboek (PDF) voor de dagvoorzitter",
        description="Het draaiboek: programma met tijden en duur, wie er op het podium staat, "
        "de vraag en minuten van elke ronde, de tafels met hun hosts en ruimte voor notities.",
    )
    tablecards = subparsers.add_parser(
        "tablecards",
        help="maak de tafelkaarten (PDF): een vouwkaart per tafel",
        description="Per tafel een vouwkaart (A4 liggend, dubbelvouwen: tafelnaam en rondevragen, "
        "van twee kanten leesbaar). De gespreksbladen voor de tafelhosts: hostsheets.",
    )
    hostsheets = subparsers.add_parser(
        "hostsheets",
        help="maak de gespreksbladen (PDF) voor de tafelhosts",
        description="Per tafel en ronde een gespreksblad (A4 staand) met de vraag en lijnen om "
        "bijdragen op te schrijven; een eigen document, los van de tafelkaarten.",
    )
    commands = ((runsheet, cmd_runsheet), (tablecards, cmd_tablecards), (hostsheets, cmd_hostsheets))
    for parser, handler in commands:
        parser.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
        parser.add_argument(
            "-o", "--output", metavar="BESTAND.pdf", required=True, type=Path, help="doelbestand"
        )
        parser.set_defaults(handler=handler, read_only=True)


def cmd_runsheet(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.runsheet import write_runsheet  # ReportLab only when needed

    return write_event_file(args, db, write_runsheet, "Draaiboek", example="draaiboek.pdf")


def cmd_tablecards(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.tablecards import write_tablecards

    return write_event_file(args, db, write_tablecards, "Tafelkaarten", example="tafelkaarten.pdf")


def cmd_hostsheets(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.tablecards import write_host_sheets

    return write_event_file(args, db, write_host_sheets, "Gespreksbladen", example="gespreksbladen.pdf")
