"""Open the database: check it is ours, back it up, migrate it, hand out sessions.

Durability is a product promise: SQLite runs in WAL mode with
``synchronous=FULL``, so a commit that returned survives a power cut.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import migrations
from .backups import backup_database
from .errors import DatabaseUnavailableError, NewerDatabaseError
from .locations import backups_dir_for, resolve_database_url, sqlite_path
from .sqlite_file import FileState, inspect_file, stored_revision

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


@dataclass
class Database:
    """An open, migrated database. ``session()`` gives a new ORM session."""

    url: str
    engine: Engine
    path: Path | None
    _factory: sessionmaker[Session] = field(repr=False)

    def session(self) -> Session:
        return self._factory()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def open_database(url_or_path: str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the chosen database and bring its schema to head.

    Refuses, without writing a byte, files that are not Erbij databases and
    databases written by a newer version of the app.
    """
    url = resolve_database_url(url_or_path)
    path = sqlite_path(url)
    needs_backup = False
    if path is not None:
        state = inspect_file(path)
        if state is FileState.ERBIJ:
            revision = stored_revision(path)
            _refuse_unknown(str(path), revision)
            needs_backup = revision is not None and revision != migrations.head_revision()
        else:
            _create_private_file(path)
    engine = make_engine(url)
    try:
        if path is None:
            _refuse_unknown(url, migrations.current_revision(engine))
        if migrate:
            if needs_backup and path is not None:
                backup_database(path, backups_dir_for(path), "voor-migratie")
            migrations.upgrade(engine)
    except (OperationalError, DatabaseError, sqlite3.Error) as error:
        engine.dispose()
        raise DatabaseUnavailableError(f"Database {path or url} kan niet worden geopend: {error}") from error
    except BaseException:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, path=path, _factory=factory)


def _refuse_unknown(location: str, revision: str | None) -> None:
    if revision is not None and revision not in migrations.known_revisions():
        raise NewerDatabaseError(location, revision)


def _create_private_file(path: Path) -> None:
    """Create the database file readable by the user only before SQLite opens it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            os.close(fd)
    except OSError as error:
        raise DatabaseUnavailableError(f"Kan de database {path} niet aanmaken: {error.strerror}") from error
