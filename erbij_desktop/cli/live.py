"""``runsheet`` and ``tablecards``: the printed papers for the day, headless.

    erbij-desktop runsheet EVENT -o draaiboek.pdf
    erbij-desktop tablecards EVENT -o tafelkaarten.pdf

EVENT is an id or a title that matches one event. Files are written
atomically: on any failure an existing file keeps its old content.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from erbij_desktop.cli import CommandError
from erbij_desktop.domain.events import find_event
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database

Writer = Callable[[Session, Event, Path], Path]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    runsheet = subparsers.add_parser(
        "runsheet",
        help="maak het draaiboek (PDF) voor de dagvoorzitter",
        description="Het draaiboek: programma met tijden en duur, wie er op het podium staat, "
        "de vraag en minuten van elke ronde, de tafels met hun hosts en ruimte voor notities.",
    )
    tablecards = subparsers.add_parser(
        "tablecards",
        help="maak de tafelkaarten en gespreksbladen (PDF) voor de tafelhosts",
        description="Per tafel een vouwkaart (A4 liggend, dubbelvouwen: tafelnaam en rondevragen, "
        "van twee kanten leesbaar) en een gespreksblad voor de tafelhost met de vragen en lijnen "
        "om bijdragen op te schrijven.",
    )
    for parser, handler in ((runsheet, cmd_runsheet), (tablecards, cmd_tablecards)):
        parser.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
        parser.add_argument(
            "-o", "--output", metavar="BESTAND.pdf", required=True, type=Path, help="doelbestand"
        )
        parser.set_defaults(handler=handler)


def cmd_runsheet(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.runsheet import write_runsheet  # ReportLab only when needed

    return _write(args, db, write_runsheet, "Draaiboek")


def cmd_tablecards(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.tablecards import write_tablecards

    return _write(args, db, write_tablecards, "Tafelmateriaal")


def _write(args: argparse.Namespace, db: Database | None, writer: Writer, what: str) -> int:
    assert db is not None
    target: Path = args.output
    if target.is_dir():
        raise CommandError(f"{target} is een map; geef een bestandsnaam op, bv. {target / 'draaiboek.pdf'}.")
    if not target.parent.is_dir():
        raise CommandError(f"De map {target.parent} bestaat niet.")
    with db.session() as session:
        event = find_event(session, args.event)
        writer(session, event, target)
        print(f"{what} van '{event.title}' geschreven naar {target}")
    return 0
