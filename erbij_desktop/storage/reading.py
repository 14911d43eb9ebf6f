"""Opening the database only to read it, also while the app has it open.

A command that only reads (``list``, ``report``, ``csv``, ``runsheet``,
``tablecards``, ``hostsheets``, ``export``) should work while the
facilitator's window is open: SQLite's WAL lets readers in beside the one
writer. When nobody holds the instance lock this is an ordinary open (with all
its checks: a stale WAL set aside, a backup when due, an older layout upgraded). When the app holds
it, the file is opened read-only (``mode=ro``): no lock taken, nothing migrated
or backed up, and SQLite itself refuses any write. A file that would need an
upgrade first is refused with the reason, since only its owner may upgrade it.
"""

from __future__ import annotations

from . import migrations
from .database import Database, make_engine, open_database
from .errors import DatabaseInUseError, DatabaseUnavailableError
from .locations import resolve_database_url, sqlite_path
from .sqlite_file import FileState, inspect_file, stored_revision


def open_for_reading(url_or_path: str | None = None) -> Database:
    try:
        return open_database(url_or_path)  # nobody else has it: the ordinary open, backups and all
    except DatabaseInUseError as error:
        if not error.by_erbij_app:
            raise
        path = sqlite_path(resolve_database_url(url_or_path))
        if path is None:
            raise
        if inspect_file(path) is not FileState.ERBIJ or stored_revision(path) != migrations.head_revision():
            raise DatabaseUnavailableError(
                f"{path} is open in Erbij Desktop en moet eerst door de app worden bijgewerkt; "
                "er is niets gewijzigd. Probeer het opnieuw als de app het bestand heeft geopend.",
                path,
            ) from error
        url = f"sqlite:///file:{path}?mode=ro&uri=true"
        return Database(url=url, engine=make_engine(url, path), path=path)
