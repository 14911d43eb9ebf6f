"""``backups`` and ``restore``: see the database's backups and put one back.

Neither opens the database the usual way: listing only reads the backups
folder, and restoring must work precisely when the database cannot be opened
(damaged, wrong file). Restoring first backs up the current file (or moves a
damaged one aside untouched) and refuses while the app has the database open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from erbij_desktop.cli import CommandError
from erbij_desktop.storage.backups import (
    REASON_MANUAL,
    BackupInfo,
    BackupPolicy,
    backup_database,
    list_backups,
    load_policy,
    prune_backups,
    save_policy,
)
from erbij_desktop.storage.database import Database
from erbij_desktop.storage.locations import backups_dir_for, resolve_database_url, sqlite_path
from erbij_desktop.storage.restore import restore_backup

REASON_LABELS = {
    "bij-openen": "bij openen",
    "automatisch": "automatisch",
    "voor-migratie": "voor bijwerken",
    "voor-herstel": "voor terugzetten",
    "handmatig": "handmatig",
    "opzij-gezet": "opzij gezet bij terugzetten",
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    listing = subparsers.add_parser(
        "backups", help="toon de reservekopieën van de database: nummer, datum, grootte, evenementen"
    )
    listing.add_argument("--keep", type=int, metavar="N", help="bewaar voortaan de laatste N reservekopieën")
    listing.add_argument("--create", action="store_true", help="maak nu een reservekopie")
    listing.set_defaults(handler=cmd_backups, needs_database=False)

    restore = subparsers.add_parser(
        "restore", help="zet een reservekopie terug (de huidige database wordt eerst bewaard)"
    )
    restore.add_argument(
        "backup", metavar="RESERVEKOPIE", help="nummer uit 'backups' (1 = nieuwste), bestandsnaam of pad"
    )
    restore.set_defaults(handler=cmd_restore, needs_database=False)


def database_file(args: argparse.Namespace) -> Path:
    path = sqlite_path(resolve_database_url(args.database))
    if path is None:
        raise CommandError(
            "Reservekopieën van een server-database maakt de databasebeheerder (pg_dump), niet de app; "
            "als vangnet schrijft 'erbij-desktop export-all --to MAP' elk evenement als .erbij."
        )
    return path


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def describe(number: int, info: BackupInfo) -> str:
    events = info.events()
    count = "onleesbaar" if events is None else f"{events} evenement" + ("" if events == 1 else "en")
    when = info.created.strftime("%Y-%m-%d %H:%M:%S")
    reason = REASON_LABELS.get(info.reason, info.reason)
    return f"{number}\t{when}\t{human_size(info.size)}\t{count}\t{reason}\t{info.path.name}"


def cmd_backups(args: argparse.Namespace, db: Database | None) -> int:
    path = database_file(args)
    if args.keep is not None:
        try:
            policy = BackupPolicy(keep=args.keep, interval_minutes=load_policy().interval_minutes)
        except ValueError as error:
            raise CommandError("--keep moet tussen 1 en 1000 liggen.") from error
        save_policy(policy)
        prune_backups(path, policy.keep)
        print(f"De laatste {policy.keep} reservekopieën van elk soort worden bewaard.")
    if args.create:
        if not path.exists():
            raise CommandError(f"Er is nog geen database {path}.")
        made = backup_database(path, reason=REASON_MANUAL)
        prune_backups(path, load_policy().keep)
        print(f"Reservekopie gemaakt: {made}")
    backups = list_backups(path)
    if not backups:
        print(f"Nog geen reservekopieën in {backups_dir_for(path)}.")
        return 0
    for number, info in enumerate(backups, start=1):
        print(describe(number, info))
    return 0


def find_backup(path: Path, choice: str) -> Path:
    backups = list_backups(path)
    if choice.isascii() and choice.isdigit():
        number = int(choice) if len(choice) < 10 else 0
        if not 1 <= number <= len(backups):
            raise CommandError(f"Er is geen reservekopie nummer {choice}; zie 'erbij-desktop backups'.")
        return backups[number - 1].path
    for info in backups:
        if info.path.name == choice:
            return info.path
    candidate = Path(choice).expanduser()
    if candidate.is_file():
        return candidate
    raise CommandError(f"Reservekopie '{choice}' niet gevonden; zie 'erbij-desktop backups'.")


def cmd_restore(args: argparse.Namespace, db: Database | None) -> int:
    path = database_file(args)
    source = find_backup(path, args.backup)
    result = restore_backup(source, path)
    print(f"Teruggezet: {result.restored_from.name} staat nu in {result.database}.")
    if result.previous_backup is not None:
        print(f"De vorige versie is bewaard als {result.previous_backup}.")
    if result.previous_moved_to is not None:
        print(
            "Het vorige bestand was beschadigd of geen Erbij-database; het is onaangeroerd bewaard als "
            f"{result.previous_moved_to}."
        )
    if result.stale_wal_kept is not None:
        print(
            "Naast de database stond een logbestand dat er niet bij hoorde; het is niet toegepast maar "
            f"bewaard als {result.stale_wal_kept}."
        )
    return 0
