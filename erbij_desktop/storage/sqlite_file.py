"""Look at an SQLite file before opening it for writing, without changing a byte.

Opening a file that is not ours with a normal connection could switch it to
WAL or run migrations on it; so we read its header ourselves and, where we
need to look inside, use a read-only connection. A read-only connection to a
WAL database still creates ``-wal``/``-shm`` files next to it, so when no WAL
file exists (all data is in the main file) we open it ``immutable``: SQLite
then touches nothing at all.

Also here: turning SQLite's error codes into the storage errors users see.
"""

from __future__ import annotations

import enum
import os
import sqlite3
import struct
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from .errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    DatabaseUnavailableError,
    DiskFullError,
    NotAnErbijDatabaseError,
    ReadOnlyLocationError,
    StorageError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# PRAGMA application_id of every Erbij database: ASCII "ERBJ".
ERBIJ_APPLICATION_ID = 0x45524A42
# Tables whose presence marks a (possibly not yet checkpointed) Erbij database.
_MARKER_TABLES = {"alembic_version", "event", "contribution"}
# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


class FileState(enum.Enum):
    NEW = "new"  # missing, empty, or an SQLite file with no tables: safe to initialise
    ERBIJ = "erbij"


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def readonly_uri(path: Path) -> str:
    params = "mode=ro"
    if not wal_path(path).exists() and not path.with_name(path.name + "-journal").exists():
        params += "&immutable=1"  # nothing pending elsewhere: read the file as it is, create nothing
    return f"file:{quote(str(path))}?{params}"


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path), uri=True)


def inspect_file(path: Path) -> FileState:
    """Classify ``path``; raise a StorageError for anything we must not open for writing."""
    try:
        if not path.exists():
            return FileState.NEW
        if path.is_dir():
            raise NotAnErbijDatabaseError(path, "dit is een map")
        size = path.stat().st_size
        if size == 0:
            return FileState.NEW
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError as error:
        raise DatabaseUnavailableError(f"Geen leesrechten op {path}; er is niets gewijzigd.", path) from error
    if not header.startswith(SQLITE_MAGIC):
        if SQLITE_MAGIC.startswith(header[: len(SQLITE_MAGIC)]) and len(header) < len(SQLITE_MAGIC):
            raise DatabaseDamagedError(path, "het bestand is afgekapt")
        raise NotAnErbijDatabaseError(path, "geen SQLite-bestand")
    if len(header) < HEADER_SIZE:
        raise DatabaseDamagedError(path, "het bestand is afgekapt")
    _check_size(path, header, size)
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


def _check_size(path: Path, header: bytes, size: int) -> None:
    """A file shorter than its header promises was cut off (copy interrupted, disk error)."""
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (pages,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseDamagedError(path, "de kop van het bestand is ongeldig")
    if size % page_size:
        raise DatabaseDamagedError(path, "het bestand is afgekapt")
    if change_counter == valid_for and pages and size < pages * page_size:
        raise DatabaseDamagedError(path, "het bestand is afgekapt")


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in an Erbij file, read without writing."""
    try:
        with closing(connect_readonly(path)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None
        raise classify_sqlite_error(path, error) from error
    except sqlite3.Error as error:
        raise classify_sqlite_error(path, error) from error
    return row[0] if row else None


def check_integrity(path: Path) -> None:
    """Raise DatabaseDamagedError unless SQLite's quick check passes; reads only."""
    try:
        with closing(connect_readonly(path)) as conn:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as error:
        raise classify_sqlite_error(path, error) from error
    problems = [row[0] for row in rows if row[0] != "ok"]
    if problems:
        raise DatabaseDamagedError(path, "de interne controle vond fouten")


def event_count(path: Path) -> int | None:
    """Number of events in an Erbij file (for listing backups); None if unreadable."""
    try:
        with closing(connect_readonly(path)) as conn:
            (count,) = conn.execute("SELECT count(*) FROM event").fetchone()
    except sqlite3.Error:
        return None
    return int(count)


def _table_names(path: Path) -> set[str]:
    try:
        with closing(connect_readonly(path)) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.Error as error:
        raise classify_sqlite_error(path, error) from error
    return {name for (name,) in rows}


def _primary_code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code (extended codes carry it in their low byte)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def classify_sqlite_error(path: Path | None, error: sqlite3.Error) -> StorageError:
    """The storage error a user should see for an SQLite failure on ``path``."""
    primary = _primary_code(error)
    text = str(error).lower()
    where: Path | str = path if path is not None else "de database"
    if primary == SQLITE_FULL or "disk is full" in text:
        return DiskFullError(path)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return DatabaseDamagedError(where)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return DatabaseInUseError(where, "een ander programma")
    if primary in (SQLITE_READONLY, SQLITE_PERM) or "readonly" in text:
        return ReadOnlyLocationError(where, "het bestand of de map")
    if primary == SQLITE_CANTOPEN and path is not None and not os.access(path.parent, os.W_OK):
        return ReadOnlyLocationError(where)
    return DatabaseUnavailableError(
        f"{where} kan niet worden gebruikt: {error}; er is niets gewijzigd.", path
    )


def translatable(error: BaseException) -> bool:
    """True for SQLite failures that are about the file or the disk, not about our SQL."""
    if not isinstance(error, sqlite3.Error):
        return False
    primary = _primary_code(error)
    return primary in {
        SQLITE_PERM,
        SQLITE_BUSY,
        SQLITE_LOCKED,
        SQLITE_READONLY,
        SQLITE_IOERR,
        SQLITE_CORRUPT,
        SQLITE_FULL,
        SQLITE_CANTOPEN,
        SQLITE_NOTADB,
    }
