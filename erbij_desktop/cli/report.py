"""``report`` and ``csv``: export an event's article (PDF, HTML or Word) or its contributions
(CSV) headless.

    erbij-desktop report EVENT -o verslag.pdf [--format pdf|html|docx] [--appendix]
    erbij-desktop csv EVENT -o bijdragen.csv

Without ``--format`` the file name's extension decides (.html, .docx; anything else: PDF).

EVENT is an id or a title that matches one event. The file is written
atomically: on any failure the old file (if any) is left as it was.
"""

from __future__ import annotations

import argparse
from functools import partial
from pathlib import Path

from erbij_desktop.cli import write_event_file
from erbij_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = subparsers.add_parser(
        "report",
        help="maak het verslag (PDF, HTML of Word) van een evenement",
        description=(
            "Maak het verslag van een evenement: een toegankelijke A4-PDF, een HTML-artikel voor de "
            "website of een Word-bestand (.docx), klaar om te publiceren."
        ),
    )
    report.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
    report.add_argument("-o", "--output", metavar="BESTAND", required=True, type=Path, help="doelbestand")
    report.add_argument(
        "--format",
        choices=("pdf", "html", "docx"),
        default=None,
        help="pdf, html of docx (standaard: volgens de extensie van het doelbestand, anders pdf)",
    )
    report.add_argument(
        "--appendix", action="store_true", help="voeg een bijlage toe met alle bijdragen en organisaties"
    )
    report.set_defaults(handler=cmd_report, read_only=True)

    export = subparsers.add_parser(
        "csv",
        help="exporteer alle bijdragen van een evenement als CSV",
        description="Alle bijdragen als CSV (UTF-8 met BOM, opent direct in Excel).",
    )
    export.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
    export.add_argument("-o", "--output", metavar="BESTAND.csv", required=True, type=Path, help="doelbestand")
    export.set_defaults(handler=cmd_csv, read_only=True)


def cmd_report(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.formats import format_for, write_export  # ReportLab only when needed

    fmt = args.format or format_for(args.output)
    writer = partial(write_export, fmt=fmt, appendix=args.appendix)
    return write_event_file(args, db, writer, f"Verslag ({fmt.upper()})")


def cmd_csv(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.report.csv_export import write_csv

    return write_event_file(args, db, write_csv, "Bijdragen")
