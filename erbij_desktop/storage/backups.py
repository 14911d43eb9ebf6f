"""Copies of the database made with SQLite's online backup API.

A backup is a consistent snapshot even while the app writes, and it is taken
from a read-only connection, so a backup never changes the source file.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from .errors import DatabaseUnavailableError
from .sqlite_file import connect_readonly

BACKUP_SUFFIX = ".sqlite"


def backup_name(database: Path, reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def backup_database(database: Path, target_dir: Path, reason: str) -> Path:
    """Snapshot ``database`` into ``target_dir``; return the backup's path.

    Written under a temporary name and renamed, so a half backup never exists
    under a real name; readable by the user only.
    """
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / backup_name(database, reason)
    partial = target.with_name(target.name + ".part")
    try:
        with closing(connect_readonly(database)) as source, closing(sqlite3.connect(partial)) as dest:
            source.backup(dest)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise DatabaseUnavailableError(f"Reservekopie van {database} mislukt: {error}") from error
    return target
