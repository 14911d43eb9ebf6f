"""Look at an SQLite file before opening it for writing, without changing a byte.

Opening a file that is not ours with a normal connection could switch it to
WAL or run migrations on it; so we read its header ourselves and, where we
need to look inside, use a read-only connection.
"""

from __future__ import annotations

import enum
import sqlite3
import struct
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from .errors import DatabaseUnavailableError, NotAnErbijDatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of every Erbij database: ASCII "ERBJ".
ERBIJ_APPLICATION_ID = 0x45524A42
# Tables whose presence marks a (possibly not yet checkpointed) Erbij database.
_MARKER_TABLES = {"alembic_version", "event", "contribution"}


class FileState(enum.Enum):
    NEW = "new"  # missing, empty, or an SQLite file with no tables: safe to initialise
    ERBIJ = "erbij"


def readonly_uri(path: Path) -> str:
    return f"file:{quote(str(path))}?mode=ro"


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path), uri=True)


def inspect_file(path: Path) -> FileState:
    """Classify ``path``; raise NotAnErbijDatabaseError for anything that is not ours."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return FileState.NEW
        if path.is_dir():
            raise NotAnErbijDatabaseError(path, "dit is een map")
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError as error:
        raise DatabaseUnavailableError(f"Geen leesrechten op {path}.") from error
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotAnErbijDatabaseError(path, "geen SQLite-bestand")
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id == ERBIJ_APPLICATION_ID:
        return FileState.ERBIJ
    if application_id != 0:
        raise NotAnErbijDatabaseError(path, "een database van een ander programma")
    tables = _table_names(path)
    if not tables:
        return FileState.NEW
    if tables >= _MARKER_TABLES:
        return FileState.ERBIJ  # created by us, header not yet checkpointed from the WAL
    raise NotAnErbijDatabaseError(path, "een SQLite-database van een ander programma")


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in an Erbij file, read without writing."""
    try:
        with closing(connect_readonly(path)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None
        raise _classify(path, error) from error
    except sqlite3.DatabaseError as error:
        raise _classify(path, error) from error
    return row[0] if row else None


def _table_names(path: Path) -> set[str]:
    try:
        with closing(connect_readonly(path)) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.DatabaseError as error:
        raise _classify(path, error) from error
    return {name for (name,) in rows}


def _classify(path: Path, error: sqlite3.Error) -> Exception:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseUnavailableError(f"{path} is in gebruik door een ander programma.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return NotAnErbijDatabaseError(path, "het bestand is beschadigd")
    return DatabaseUnavailableError(f"{path} kan niet worden gelezen: {error}")
