"""``demo``, ``import`` and ``export``: events in and out of the database as .erbij archives."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from erbij_desktop.cli import CommandError
from erbij_desktop.domain.events import find_event
from erbij_desktop.storage.archive import EventExistsError, export_archive, import_archive
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database
from erbij_desktop.storage.errors import ArchiveError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = subparsers.add_parser(
        "demo", help="laad het demo-evenement (de praktijktafel uit het voorbeeldverslag)"
    )
    demo.set_defaults(handler=cmd_demo)

    imp = subparsers.add_parser("import", help="importeer een evenement uit een .erbij-archief")
    imp.add_argument("file", metavar="BESTAND", help="het .erbij-archief")
    imp.add_argument(
        "--copy",
        action="store_true",
        help="staat het evenement er al: zet het als kopie ernaast (nieuwe uid, '(kopie)' achter de titel)",
    )
    imp.set_defaults(handler=cmd_import)

    exp = subparsers.add_parser("export", help="schrijf een evenement naar een .erbij-archief")
    exp.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
    exp.add_argument(
        "-o", "--output", metavar="BESTAND", required=True, help="doelbestand, bv. verslag.erbij"
    )
    exp.set_defaults(handler=cmd_export, read_only=True)


def cmd_demo(args: argparse.Namespace, db: Database | None) -> int:
    assert db is not None
    with db.transaction() as session:
        event, created = import_demo(session)
        if not created:
            print("Het demo-evenement staat er al; er is niets gewijzigd.", file=sys.stderr)
        print(f"{event.id}\t{event.title}")
    return 0


def cmd_import(args: argparse.Namespace, db: Database | None) -> int:
    assert db is not None
    with db.transaction() as session:
        try:
            event = import_archive(session, Path(args.file), as_copy=args.copy)
        except EventExistsError as error:
            raise CommandError(
                f"Dit evenement staat al in de database (id {error.existing_id}); "
                "gebruik --copy om het als kopie te importeren. Er is niets gewijzigd."
            ) from error
        except ArchiveError as error:
            raise CommandError(f"Import geweigerd, er is niets gewijzigd: {error}") from error
        print(event.id)
    return 0


def cmd_export(args: argparse.Namespace, db: Database | None) -> int:
    assert db is not None
    target = Path(args.output)
    if target.is_dir():
        raise CommandError(
            f"{target} is een map; geef een bestandsnaam op, bv. {target / 'evenement.erbij'}."
        )
    with db.transaction() as session:
        event = find_event(session, args.event)
        export_archive(session, event, target)
    print(target)
    return 0
