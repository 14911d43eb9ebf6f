"""A WAL file beside the database must belong to it, or it is set aside instead of merged.

SQLite applies whatever ``<database>-wal`` lies beside a file when it opens
it: its frames carry no sign of which main file they were written for. After
the main file was replaced (a copy put back by hand, a sync tool, a restore
killed half-way) while a WAL from the old one was still there, SQLite would
silently write the old pages over the new file.

So every database carries an *epoch*: a random number in the header's
``user_version`` field, renewed each time the app opens the file for writing
(:class:`EpochRenewal`, just before the first change of a session, so a session
that only reads leaves the file's bytes alone), and recorded, durably, in ``<database>.lock``
(storage.instance). Backups get an epoch of their own (storage.backups). At
the next open a WAL with frames in it belongs to the file when the file's
epoch is one the lock file recorded, or when the WAL itself carries the same
epoch as the main file; otherwise it is *stale*: it is renamed to
``<database>-wal.niet-toegepast-<time>`` (kept, never deleted) and the file
opens as it is, with a warning.

Renewing: at open, checkpoint everything into the main file (then the main
file carries the current epoch); before the first change, record {current,
new}, then write the new epoch.
Until the next checkpoint the main file still carries the current one; both
are accepted, so no crash between these steps makes a WAL look stale.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import sqlite3
import struct
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from . import instance
from .sqlite_file import HEADER_SIZE, SQLITE_MAGIC, WAL_HEADER_SIZE, parse_header, shm_path, wal_path

log = logging.getLogger(__name__)
_FRAME_HEADER = 24
STALE_SUFFIX = ".niet-toegepast-"


def new_epoch() -> int:
    """A random epoch: a positive 31-bit number (``user_version`` is a signed 32-bit field)."""
    return secrets.randbelow(2**31 - 2) + 1


def main_file_epoch(path: Path) -> int | None:
    try:
        with path.open("rb") as handle:
            data = handle.read(HEADER_SIZE)
    except OSError:
        return None
    if len(data) < HEADER_SIZE or not data.startswith(SQLITE_MAGIC):
        return None
    return parse_header(data).user_version


def wal_epoch(path: Path) -> int | None:
    """The epoch in the newest copy of page 1 that the WAL holds (valid frames only), or None."""
    try:
        with wal_path(path).open("rb") as handle:
            header = handle.read(WAL_HEADER_SIZE)
            if len(header) < WAL_HEADER_SIZE:
                return None
            magic, _version, page_size, _seq, salt1, salt2 = struct.unpack(">IIIIII", header[:24])
            if magic not in (0x377F0682, 0x377F0683) or page_size < 512 or page_size & (page_size - 1):
                return None
            found: int | None = None
            offset = WAL_HEADER_SIZE
            while True:
                handle.seek(offset)
                frame = handle.read(_FRAME_HEADER)
                if len(frame) < _FRAME_HEADER:
                    return found
                page, _after, frame_salt1, frame_salt2 = struct.unpack(">IIII", frame[:16])
                if (frame_salt1, frame_salt2) != (salt1, salt2):
                    return found  # frames from before the WAL was restarted: not part of it
                if page == 1:
                    data = handle.read(HEADER_SIZE)
                    if len(data) == HEADER_SIZE and data.startswith(SQLITE_MAGIC):
                        found = parse_header(data).user_version
                offset += _FRAME_HEADER + page_size
    except OSError:
        return None


def is_stale(path: Path) -> bool:
    """True when a WAL with frames lies beside ``path`` that was not written for this main file."""
    try:
        if wal_path(path).stat().st_size <= WAL_HEADER_SIZE:
            return False
    except OSError:
        return False
    recorded = instance.recorded_epochs(path)
    if recorded is None:
        return False  # nothing recorded (an older version wrote this file): SQLite decides, as before
    epoch = main_file_epoch(path)
    if epoch is None or epoch in recorded:
        return False
    return wal_epoch(path) != epoch


def set_aside(path: Path) -> Path:
    """Rename the stale WAL out of SQLite's way (kept for a helpdesk) and drop its index (-shm)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = wal_path(path).with_name(f"{wal_path(path).name}{STALE_SUFFIX}{stamp}")
    os.replace(wal_path(path), kept)
    shm_path(path).unlink(missing_ok=True)
    _fsync_folder(path.parent)
    log.warning("stale WAL set aside")
    return kept


def warning_for(path: Path, kept: Path) -> str:
    return (
        f"Naast {path.name} stond een logbestand met wijzigingen voor een andere versie van dit bestand "
        f"(het bestand is vervangen); om niets te mengen is dat niet toegepast maar bewaard als {kept.name}."
    )


class EpochRenewal:
    """Gives the file a new epoch right before the session's first change (then never again)."""

    def __init__(self, lock: instance.InstanceLock, current: int) -> None:
        self._lock = lock
        self._current = current
        self._guard = threading.Lock()
        self.pending = True

    def before_first_write(self, conn: sqlite3.Connection) -> None:
        with self._guard:
            if not self.pending or conn.in_transaction:
                return  # done, or inside a transaction: try again before the next write
            self.pending = False
            following = new_epoch()
            try:
                self._lock.record_epochs((self._current, following))
                conn.execute(f"PRAGMA user_version = {following}")
            except (sqlite3.Error, OSError) as error:
                # A full disk, say: the file keeps its epoch, which the record still allows.
                log.warning("epoch not renewed: %s", type(error).__name__)


def prepare_renewal(conn: sqlite3.Connection, lock: instance.InstanceLock) -> EpochRenewal | None:
    """At open: fold any WAL into the file (so it carries the current epoch); None if that cannot be done.

    A session that changes nothing leaves the file's bytes as they were.
    """
    try:
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        (current,) = conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as error:
        log.warning("no epoch renewal this session: %s", type(error).__name__)
        return None
    return None if busy else EpochRenewal(lock, int(current))


_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def arm_renewal(engine: Engine, lock: instance.InstanceLock) -> None:
    """The file gets a fresh epoch just before its first change in this session."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        renewal = prepare_renewal(conn, lock)
    finally:
        raw.close()
    if renewal is None:
        return

    def before_write(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if renewal.pending and statement.lstrip()[:7].upper().startswith(_WRITE_VERBS):
            driver = conn.connection.driver_connection
            if isinstance(driver, sqlite3.Connection):
                renewal.before_first_write(driver)

    event.listen(engine, "before_cursor_execute", before_write)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
