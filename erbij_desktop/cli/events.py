"""``list``: the events in the database, one line each."""

from __future__ import annotations

import argparse

from erbij_desktop.domain.events import list_events
from erbij_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("list", help="toon de evenementen: id, datum, titel")
    parser.set_defaults(handler=cmd_list, read_only=True)


def cmd_list(args: argparse.Namespace, db: Database | None) -> int:
    assert db is not None
    with db.transaction() as session:
        for event in list_events(session):
            date = event.event_date.isoformat() if event.event_date else "----------"
            print(f"{event.id}\t{date}\t{event.title}")
    return 0
