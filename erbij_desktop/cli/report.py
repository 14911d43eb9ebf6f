"""``report`` and ``csv``: export an event's article (PDF) or its contributions (CSV) headless.

    erbij-desktop report EVENT -o verslag.pdf [--appendix]
    erbij-desktop csv EVENT -o bijdragen.csv

EVENT is an id or a title that matches one event. The file is written
atomically: on any failure the old file (if any) is left as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from erbij_desktop.cli import CommandError
from erbij_desktop.domain.events import find_event
from erbij_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = subparsers.add_parser(
        "report",
        help="maak het verslag (PDF) van een evenement",
        description="Maak het verslag van een evenement als A4-PDF, klaar om te publiceren.",
    )
    report.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
    report.add_argument("-o", "--output", metavar="BESTAND.pdf", required=True, type=Path, help="doelbestand")
    report.add_argument(
        "--appendix", action="store_true", help="voeg een bijlage toe met alle bijdragen en organisaties"
    )
    report.set_defaults(handler=cmd_report)

    export = subparsers.add_parser(
        "csv",
        help="exporteer alle bijdragen van een evenement als CSV",
        description="Alle bijdragen als CSV (UTF-8 met BOM, opent direct in Excel).",
    )
    export.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
    export.add_argument("-o", "--output", metavar="BESTAND.csv", required=True, type=Path, help="doelbestand")
    export.set_defaults(handler=cmd_csv)


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise CommandError(f"{target} is een map; geef een bestandsnaam op.")
    if not target.parent.is_dir():
        raise CommandError(f"De map {target.parent} bestaat niet.")


def cmd_report(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.article import write_report  # ReportLab only when needed

    assert db is not None
    target: Path = args.output
    _check_target(target)
    with db.session() as session:
        event = find_event(session, args.event)
        write_report(session, event, target, appendix=args.appendix)
        print(f"Verslag van '{event.title}' geschreven naar {target}")
    return 0


def cmd_csv(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.csv_export import write_csv

    assert db is not None
    target: Path = args.output
    _check_target(target)
    with db.session() as session:
        event = find_event(session, args.event)
        write_csv(session, event, target)
        print(f"Bijdragen van '{event.title}' geschreven naar {target}")
    return 0
