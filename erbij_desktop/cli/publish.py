"""``publish``, ``take-offline`` and ``export-all``: events between a laptop and the organisation's server.

``publish EVENT --to URL`` copies an event of the database at hand (``--database``,
usually this laptop's file) to the organisation's server; ``take-offline EVENT
--from URL --to FILE`` copies one from the server into a database file. When the
target already holds the event (same uid) nothing is written unless the user
chose: ``--replace`` or ``--copy`` (beside it, new uid). ``export-all --to DIR``
writes every event as its own .erbij: the safety net on a server, whose backups
are the database administrator's (pg_dump). See storage.publish.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from erbij_desktop.cli import CommandError
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.publish import (
    Choice,
    EventInTargetError,
    copy_event,
    export_all,
    find_event_id,
    where,
)
from erbij_desktop.storage.reading import open_for_reading


def _choices(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--replace", action="store_true", help="staat het evenement er al: vervang het (zelfde uid)"
    )
    group.add_argument(
        "--copy", action="store_true", help="staat het evenement er al: zet het er als kopie naast"
    )


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    publish = subparsers.add_parser(
        "publish", help="zet een evenement in het archief van de organisatie (een server-database)"
    )
    publish.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
    publish.add_argument("--to", required=True, metavar="URL", help="de server, bv. postgresql+psycopg://…")
    _choices(publish)
    publish.set_defaults(handler=cmd_publish, read_only=True)

    offline = subparsers.add_parser(
        "take-offline", help="haal een evenement van de server naar een databasebestand op deze laptop"
    )
    offline.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel, op de server")
    offline.add_argument("--from", dest="source", required=True, metavar="URL", help="de server")
    offline.add_argument("--to", required=True, metavar="BESTAND", help="het databasebestand")
    _choices(offline)
    offline.set_defaults(handler=cmd_take_offline, needs_database=False)

    everything = subparsers.add_parser(
        "export-all", help="schrijf elk evenement als eigen .erbij-archief in een map"
    )
    everything.add_argument("--to", required=True, type=Path, metavar="MAP", help="een bestaande map")
    everything.set_defaults(handler=cmd_export_all, read_only=True)


def _choice(args: argparse.Namespace) -> Choice | None:
    return Choice.REPLACE if args.replace else Choice.COPY if args.copy else None


def _copy(source: Database, args: argparse.Namespace, target: Database) -> int:
    event_id = find_event_id(source, args.event)
    try:
        copied = copy_event(source, event_id, target, _choice(args))
    except EventInTargetError as error:
        raise CommandError(
            f"{where(target)} heeft dit evenement al (id {error.conflict.event_id}); geef --replace om het "
            "te vervangen of --copy om het als kopie ernaast te zetten. Er is niets gewijzigd."
        ) from error
    done = "vervangen" if copied.replaced else "opgeslagen"
    print(f"'{copied.title}' {done} in {where(target)} (id {copied.event_id})")
    return 0


def cmd_publish(args: argparse.Namespace, db: Database | None) -> int:
    assert db is not None
    with open_database(args.to) as target:
        return _copy(db, args, target)


def cmd_take_offline(args: argparse.Namespace, db: Database | None) -> int:
    if "://" in args.to:
        raise CommandError("Geef bij --to een bestand op deze laptop, geen URL.")
    file = Path(args.to).expanduser()
    if file.is_dir():
        raise CommandError(f"{file} is een map; geef een bestandsnaam op, bv. {file / 'erbij.sqlite'}.")
    if not file.parent.is_dir():
        raise CommandError(f"De map {file.parent} bestaat niet.")
    with open_for_reading(args.source) as source, open_database(str(file)) as target:
        return _copy(source, args, target)


def cmd_export_all(args: argparse.Namespace, db: Database | None) -> int:
    assert db is not None
    written = export_all(db, args.to)
    for path in written:
        print(path)
    print(f"{len(written)} evenement{'' if len(written) == 1 else 'en'} geschreven naar {args.to}")
    return 0
