"""Look at an SQLite file before opening it for writing, without changing a byte.

Opening a file that is not ours with a normal connection could switch it to
WAL or run migrations on it; so we read its header ourselves and, where we
need to look inside, use a read-only connection. A read-only connection to a
WAL database still creates ``-wal``/``-shm`` files next to it, so when no WAL
file exists (all data is in the main file) we open it ``immutable``: SQLite
then touches nothing at all.

A WAL file with frames in it is part of the database: the main file may be
shorter than its header says (a checkpoint on a full disk wrote page 1 but
could not grow the file) and its header may still lack our mark (a first
start that was killed before the first checkpoint). So the size check only
applies without a WAL, and the mark is read through SQLite when the header
does not carry it.

Also here: turning SQLite's error codes into the storage errors users see.
Only SQLite's own verdict (corrupt, not a database) or a structural fact
(cut off, invalid header) makes a file "damaged"; a disk that is full, a
disk error, a lock or a permission makes it "unavailable for now".
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
import struct
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    DatabaseUnavailableError,
    DiskError,
    DiskFullError,
    NotAnErbijDatabaseError,
    ReadOnlyLocationError,
    Situation,
    StorageError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
WAL_HEADER_SIZE = 32
# PRAGMA application_id of every Erbij database: ASCII "ERBJ".
ERBIJ_APPLICATION_ID = 0x45524A42
# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
# Below this much free space (beyond what an operation needed), a disk I/O error counts as a full
# disk: SQLite reports some out-of-space failures (growing the -shm file, fsync) as I/O errors.
FULL_MARGIN = 1024 * 1024
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class FileState(enum.Enum):
    NEW = "new"  # missing, empty, or an SQLite file with nothing in it: safe to initialise
    ERBIJ = "erbij"


@dataclass(frozen=True)
class Header:
    """The fields of the 100-byte SQLite header we look at."""

    page_size: int
    change_counter: int
    pages: int
    valid_for: int
    user_version: int
    application_id: int


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def make_private(path: Path) -> None:
    """A database copied in with wider rights (0644) becomes the user's only, with its -wal and -shm."""
    if os.name != "posix":
        return
    for file in (path, wal_path(path), shm_path(path)):
        try:
            info = file.stat()
            if info.st_mode & 0o077 and info.st_uid == os.getuid():
                os.chmod(file, 0o600)
        except OSError:
            continue


def wal_has_frames(path: Path) -> bool:
    """True when a WAL beside ``path`` holds at least one frame (a header alone holds nothing)."""
    try:
        return wal_path(path).stat().st_size > WAL_HEADER_SIZE
    except OSError:
        return False


def readonly_uri(path: Path, *, main_only: bool = False) -> str:
    """A read-only URI; ``immutable`` (touch nothing, read the main file alone) when nothing is pending
    elsewhere or when ``main_only`` asks to ignore a WAL that must not be read."""
    params = "mode=ro"
    if main_only or (not wal_path(path).exists() and not journal_path(path).exists()):
        params += "&immutable=1"
    return f"file:{quote(str(path))}?{params}"


def connect_readonly(path: Path, *, main_only: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path, main_only=main_only), uri=True)


def parse_header(data: bytes) -> Header:
    (page_size,) = struct.unpack(">H", data[16:18])
    (change_counter, pages) = struct.unpack(">II", data[24:32])
    (user_version,) = struct.unpack(">i", data[60:64])
    (application_id,) = struct.unpack(">I", data[68:72])
    (valid_for,) = struct.unpack(">I", data[92:96])
    return Header(
        page_size=65536 if page_size == 1 else page_size,
        change_counter=change_counter,
        pages=pages,
        valid_for=valid_for,
        user_version=user_version,
        application_id=application_id,
    )


def read_header(path: Path) -> Header | None:
    """The main file's header, or None if the file is shorter than a header."""
    with path.open("rb") as handle:
        data = handle.read(HEADER_SIZE)
    return parse_header(data) if len(data) == HEADER_SIZE and data.startswith(SQLITE_MAGIC) else None


def inspect_file(path: Path, *, main_only: bool = False) -> FileState:
    """Classify ``path``; raise a StorageError for anything we must not open for writing.

    ``main_only`` looks at the main file alone, for a WAL known not to belong to it.
    """
    try:
        if not path.exists():
            return FileState.NEW
        if path.is_dir():
            raise NotAnErbijDatabaseError(path, "dit is een map")
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError as error:
        raise DatabaseUnavailableError(f"Geen leesrechten op {path}; er is niets gewijzigd.", path) from error
    except OSError as error:
        raise classify_os_error(path, error, Situation.OPEN) from error
    pending = not main_only and wal_has_frames(path)
    if size == 0:
        return _look_inside(path, main_only) if pending else FileState.NEW
    if not header.startswith(SQLITE_MAGIC):
        if SQLITE_MAGIC.startswith(header[: len(SQLITE_MAGIC)]) and len(header) < len(SQLITE_MAGIC):
            raise DatabaseDamagedError(path, "het bestand is afgekapt")
        raise NotAnErbijDatabaseError(path, "geen SQLite-bestand")
    if len(header) < HEADER_SIZE:
        raise DatabaseDamagedError(path, "het bestand is afgekapt")
    fields = parse_header(header)
    _check_page_size(path, fields)
    if not pending:  # with a WAL, SQLite takes the size from the WAL: the file may be shorter
        _check_size(path, fields, size)
    if fields.application_id == ERBIJ_APPLICATION_ID:
        return FileState.ERBIJ
    if fields.application_id != 0:
        raise NotAnErbijDatabaseError(path, "een database van een ander programma")
    return _look_inside(path, main_only)


def _look_inside(path: Path, main_only: bool) -> FileState:
    """No mark in the main file's header: ours only if SQLite (reading the WAL too) finds the mark."""
    application_id, objects = _identity(path, main_only)
    if application_id == ERBIJ_APPLICATION_ID:
        return FileState.ERBIJ  # created by us, header not yet checkpointed from the WAL
    if application_id != 0:
        raise NotAnErbijDatabaseError(path, "een database van een ander programma")
    if objects == 0:
        return FileState.NEW
    raise NotAnErbijDatabaseError(path, "een SQLite-database van een ander programma")


def _check_page_size(path: Path, header: Header) -> None:
    page_size = header.page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseDamagedError(path, "de kop van het bestand is ongeldig")


def _check_size(path: Path, header: Header, size: int) -> None:
    """A file shorter than its header promises was cut off (copy interrupted, disk error)."""
    if size % header.page_size:
        raise DatabaseDamagedError(path, "het bestand is afgekapt")
    if header.change_counter == header.valid_for and header.pages and size < header.pages * header.page_size:
        raise DatabaseDamagedError(path, "het bestand is afgekapt")


def stored_revision(path: Path, *, main_only: bool = False) -> str | None:
    """The Alembic revision recorded in an Erbij file, read without writing."""
    try:
        with closing(connect_readonly(path, main_only=main_only)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None
        raise classify_sqlite_error(path, error, Situation.OPEN) from error
    except sqlite3.Error as error:
        raise classify_sqlite_error(path, error, Situation.OPEN) from error
    return row[0] if row else None


def check_integrity(path: Path, *, situation: Situation = Situation.OPEN) -> None:
    """Raise DatabaseDamagedError unless SQLite's quick check passes; reads only.

    A check that cannot run (disk full, disk error, locked) raises the matching
    "unavailable" error instead: it says nothing about the file itself.
    """
    try:
        with closing(connect_readonly(path)) as conn:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as error:
        raise classify_sqlite_error(path, error, situation) from error
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


def _identity(path: Path, main_only: bool) -> tuple[int, int]:
    """(application_id, number of schema objects) as SQLite sees them, WAL included."""
    try:
        with closing(connect_readonly(path, main_only=main_only)) as conn:
            (application_id,) = conn.execute("PRAGMA application_id").fetchone()
            (objects,) = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise classify_sqlite_error(path, error, Situation.OPEN) from error
    return int(application_id) & 0xFFFFFFFF, int(objects)


def _primary_code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code (extended codes carry it in their low byte)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def free_space(path: Path | None) -> int | None:
    """Bytes free for the user on the file system holding ``path`` (or its nearest existing folder)."""
    if path is None:
        return None
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        stats = os.statvfs(probe)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return None
    return stats.f_bavail * stats.f_frsize


def disk_nearly_full(path: Path | None, needed: int = 0) -> bool:
    """True when less room is left than the operation needed plus a small margin."""
    free = free_space(path)
    return free is not None and free < needed + FULL_MARGIN


def classify_sqlite_error(
    path: Path | None, error: sqlite3.Error, situation: Situation = Situation.WRITE, needed: int = 0
) -> StorageError:
    """The storage error a user should see for an SQLite failure on ``path``.

    ``needed`` is how many bytes the operation was writing (a backup: the
    database's size), so an I/O error on a disk without that much room is
    recognised as a full disk.
    """
    primary = _primary_code(error)
    text = str(error).lower()
    where: Path | str = path if path is not None else "de database"
    if primary == SQLITE_FULL or "disk is full" in text:
        return DiskFullError(path, situation)
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        if disk_nearly_full(path, needed):
            return DiskFullError(path, situation)
        return DiskError(path, getattr(error, "sqlite_errorname", "") or "")
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return DatabaseDamagedError(where)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return DatabaseInUseError(where, "een ander programma")
    if primary in (SQLITE_READONLY, SQLITE_PERM) or "readonly" in text:
        return ReadOnlyLocationError(where, "het bestand of de map")
    if primary == SQLITE_CANTOPEN and path is not None and not os.access(path.parent, os.W_OK):
        return ReadOnlyLocationError(where)
    return DatabaseUnavailableError(
        f"{where} kan nu niet worden gebruikt ({error}); er is niets gewijzigd.", path
    )


def classify_os_error(
    path: Path | None, error: OSError, situation: Situation = Situation.WRITE, needed: int = 0
) -> StorageError:
    """The storage error for a failed file operation (copy, rename, mkdir) on ``path``."""
    if error.errno in _NO_SPACE or (error.errno == errno.EIO and disk_nearly_full(path, needed)):
        return DiskFullError(path, situation)
    if isinstance(error, PermissionError) or error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyLocationError(path if path is not None else "de database", "het bestand of de map")
    if error.errno == errno.EIO:
        return DiskError(path, error.strerror or "")
    return DatabaseUnavailableError(
        f"{path if path is not None else 'de database'} kan nu niet worden gebruikt "
        f"({error.strerror or error}); er is niets gewijzigd.",
        path,
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
