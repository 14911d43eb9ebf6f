"""Contributions typed while the organisation's server cannot be reached, kept on this laptop until it can.

On a server database (PostgreSQL) a lost connection must not lose what the
room said: the capture view puts each contribution it could not store into
this outbox, a small SQLite file of the laptop's own (one per server database,
in the app's data folder, readable by the user only), and the app delivers the
entries in the order they were typed once the server answers again
(``app.outbox``). The file is written like the app's own database: WAL and
``synchronous=FULL``, so an entry that was put survives a crash or power cut,
and an entry is removed only after the server committed it.

Every entry carries the ``entry_uid`` made when it was typed: the server
stores a contribution once per uid, so a delivery that was committed but whose
answer got lost is sent again without being stored twice.

A file at the outbox's place that is not an outbox (another program's file, a
damaged one) is refused with a clear message and never overwritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .errors import StorageError
from .locations import data_dir, private_folder
from .server_db import shown

# PRAGMA application_id of an outbox file: ASCII "EROB" (the database itself is "ERBJ").
OUTBOX_APPLICATION_ID = 0x45524F42
OUTBOX_VERSION = 1
_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=5000")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_uid TEXT NOT NULL UNIQUE,
    event_id INTEGER NOT NULL,
    event_uid TEXT NOT NULL,
    round_id INTEGER NOT NULL,
    table_id INTEGER,
    text TEXT NOT NULL,
    person TEXT NOT NULL,
    organisation TEXT NOT NULL,
    typed_at TEXT NOT NULL,
    refused TEXT
)
"""
_COLUMNS = (
    "seq, entry_uid, event_id, event_uid, round_id, table_id, text, person, organisation, typed_at, refused"
)


class OutboxError(StorageError):
    """The outbox file cannot be used; nothing in it was changed."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            f"De wachtrij {path} voor bijdragen zonder verbinding kan niet worden gebruikt ({detail}); "
            "het bestand is niet gewijzigd. Zet het opzij of verwijder het pas als u zeker weet dat er "
            "niets in staat dat nog op de server moet komen."
        )


@dataclass(frozen=True)
class OutboxEntry:
    """One contribution waiting for the server, as it was typed."""

    seq: int  # the order it was typed in
    entry_uid: str
    event_id: int
    event_uid: str
    round_id: int
    table_id: int | None
    text: str
    person: str
    organisation: str
    typed_at: dt.datetime  # UTC
    refused: str | None = None  # the server's reason when it would not take it (kept, never dropped)


def outbox_dir() -> Path:
    return data_dir() / "outbox"


def outbox_path(server_url: str) -> Path:
    """The outbox file for one server database (by its URL, without any password)."""
    key = hashlib.sha256(shown(server_url).encode("utf-8")).hexdigest()[:32]
    return outbox_dir() / f"{key}.sqlite"


class Outbox:
    """An open outbox file. Safe to use from any thread (one connection behind a lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn = _open(path)

    @classmethod
    def for_server(cls, server_url: str) -> Outbox:
        return cls(outbox_path(server_url))

    def put(
        self,
        *,
        entry_uid: str,
        event_id: int,
        event_uid: str,
        round_id: int,
        table_id: int | None,
        text: str,
        person: str = "",
        organisation: str = "",
        typed_at: dt.datetime,
    ) -> OutboxEntry:
        """Keep one entry (committed, on disk, when this returns). The same uid again: the entry kept."""
        moment = typed_at.astimezone(dt.UTC).isoformat()
        with self._lock, self._guard():
            self._conn.execute(
                "INSERT OR IGNORE INTO entry (entry_uid, event_id, event_uid, round_id, table_id, text, "
                "person, organisation, typed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_uid, event_id, event_uid, round_id, table_id, text, person, organisation, moment),
            )
            self._conn.commit()
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM entry WHERE entry_uid = ?", (entry_uid,)
            ).fetchone()
        return _entry(row)

    def pending(self, event_id: int | None = None, *, refused: bool = False) -> list[OutboxEntry]:
        """The entries still to deliver (or, ``refused``, those the server would not take), in typed order."""
        where = "refused IS NOT NULL" if refused else "refused IS NULL"
        args: tuple[int, ...] = ()
        if event_id is not None:
            where += " AND event_id = ?"
            args = (event_id,)
        with self._lock, self._guard():
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM entry WHERE {where} ORDER BY seq", args
            ).fetchall()
        return [_entry(row) for row in rows]

    def count(self, event_id: int | None = None) -> int:
        """How many entries wait for delivery."""
        query = "SELECT count(*) FROM entry WHERE refused IS NULL"
        args: tuple[int, ...] = ()
        if event_id is not None:
            query += " AND event_id = ?"
            args = (event_id,)
        with self._lock, self._guard():
            return int(self._conn.execute(query, args).fetchone()[0])

    def remove(self, entry_uid: str) -> None:
        """Forget a delivered entry: call only after the server committed it."""
        with self._lock, self._guard():
            self._conn.execute("DELETE FROM entry WHERE entry_uid = ?", (entry_uid,))
            self._conn.commit()

    def refuse(self, entry_uid: str, reason: str) -> None:
        """The server will not take this entry (its round was deleted meanwhile): keep it, stop sending it."""
        with self._lock, self._guard():
            self._conn.execute("UPDATE entry SET refused = ? WHERE entry_uid = ?", (reason, entry_uid))
            self._conn.commit()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _guard(self) -> _Translate:
        return _Translate(self.path)


class _Translate:
    """Turns SQLite's failures on the outbox into an OutboxError that names the file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, _tb: object) -> None:
        if isinstance(error, sqlite3.Error):
            raise OutboxError(self.path, str(error)) from error


def _open(path: Path) -> sqlite3.Connection:
    """Open (creating when missing) an outbox file; anything else at its place is refused untouched."""
    try:
        private_folder(path.parent)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        elif path.stat().st_size:
            _check_existing(path)
    except OSError as error:
        raise OutboxError(path, error.strerror or type(error).__name__) from error
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level="DEFERRED")
    try:
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        if conn.execute("PRAGMA application_id").fetchone()[0] != OUTBOX_APPLICATION_ID:
            conn.execute(f"PRAGMA application_id={OUTBOX_APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={OUTBOX_VERSION}")
        conn.execute(_SCHEMA)
        conn.commit()
    except sqlite3.Error as error:
        conn.close()
        raise OutboxError(path, str(error)) from error
    return conn


def _check_existing(path: Path) -> None:
    """An existing, non-empty file must be an outbox of this version; checked read-only."""
    with path.open("rb") as file:
        header = file.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        raise OutboxError(path, "geen wachtrij van Erbij Desktop")
    try:
        probe = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            application_id = probe.execute("PRAGMA application_id").fetchone()[0]
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            quick = probe.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            probe.close()
    except sqlite3.Error as error:
        raise OutboxError(path, f"onleesbaar: {error}") from error
    if application_id != OUTBOX_APPLICATION_ID:
        raise OutboxError(path, "geen wachtrij van Erbij Desktop")
    if version > OUTBOX_VERSION:
        raise OutboxError(path, "gemaakt door een nieuwere versie van Erbij Desktop")
    if quick != "ok":
        raise OutboxError(path, "beschadigd")


def _entry(row: tuple[object, ...]) -> OutboxEntry:
    seq, uid, event_id, event_uid, round_id, table_id, text, person, organisation, typed_at, refused = row
    return OutboxEntry(
        seq=int(str(seq)),
        entry_uid=str(uid),
        event_id=int(str(event_id)),
        event_uid=str(event_uid),
        round_id=int(str(round_id)),
        table_id=None if table_id is None else int(str(table_id)),
        text=str(text),
        person=str(person),
        organisation=str(organisation),
        typed_at=dt.datetime.fromisoformat(str(typed_at)),
        refused=None if refused is None else str(refused),
    )
