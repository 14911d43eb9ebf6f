"""Open the database: check it is ours, lock it, back it up, migrate it, hand out sessions.

Durability is a product promise: SQLite runs in WAL mode with
``synchronous=FULL``, so a commit that returned survives a power cut.

Opening goes in this order, and every refusal happens before the first byte
is written: look at the file read-only (foreign, damaged, truncated or newer
files are refused; a WAL that does not belong to the file is noted, see
storage.wal_guard), check the folder is writable, take the instance lock (one
process per file, by name and by identity), set a stale WAL aside, run
SQLite's quick check, make a backup (before a migration, or when the file
changed since its newest backup), make sure no other program holds SQLite's
write lock, migrate (in one transaction: storage.migrations), check that the
tables and columns are the app's (storage.schema_check), and give the file a
fresh epoch.

While open, SQLite failures about the file or the disk (full disk, damage,
locks, read-only) surface as :mod:`erbij_desktop.storage.errors` classes, so
the CLI and the GUI can say what happened in one sentence. SQL parameters
(contribution text!) never appear in error messages or logs. The database
file and its -wal/-shm are readable by the user only, also when the file was
copied in with wider rights.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, ExceptionContext
from sqlalchemy.exc import ArgumentError, DBAPIError

from . import instance, migrations, server_db, wal_guard
from .atomic import sweep_debris
from .backups import (
    REASON_MIGRATION,
    REASON_OPEN,
    backup_database,
    changed_since_last_backup,
    load_policy,
    prune_backups,
    remove_debris,
)
from .errors import (
    BackupError,
    DatabaseDamagedError,
    DatabaseInUseError,
    DatabaseUnavailableError,
    NewerDatabaseError,
    ReadOnlyLocationError,
    Situation,
)
from .locations import (
    inside_app_folders,
    private_folder,
    resolve_database_url,
    secure_app_folder,
    sqlite_path,
)
from .schema_check import check_layout, layout_problem_in
from .sqlite_file import (
    FileState,
    check_integrity,
    classify_os_error,
    classify_sqlite_error,
    inspect_file,
    make_private,
    stored_revision,
    translatable,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)
# Library convention: without a configured log file (the CLI), records go nowhere, not to stderr.
logging.getLogger("erbij_desktop").addHandler(logging.NullHandler())

BUSY_TIMEOUT_MS = 5000
# How long opening waits for another program to release SQLite's write lock.
OPEN_LOCK_WAIT_MS = 2000
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)
_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class _ChangeCounter:
    """Counts write statements, so the backup timer knows whether anything changed."""

    def __init__(self) -> None:
        self.value = 0


@dataclass
class Database:
    """An open, migrated database. ``session()`` gives a new ORM session, ``connect()`` a plain one.

    The ORM (SQLAlchemy's and the app's data model, slow to
    load) is imported by the first ``session()``, not by opening: the GUI
    paints its first window from plain ``connect()`` reads and loads the ORM
    right after (see the GUI's ``app`` module).
    """

    url: str
    engine: Engine
    path: Path | None
    lock: instance.InstanceLock | None = field(default=None, repr=False)
    # Things the user should know but that did not stop the open (e.g. a failed backup).
    warnings: list[str] = field(default_factory=list)
    _counter: _ChangeCounter = field(default_factory=_ChangeCounter, repr=False)
    _closed: bool = field(default=False, repr=False)
    _factory: sessionmaker[Session] | None = field(default=None, repr=False)

    def session(self) -> Session:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker

            self._factory = sessionmaker(self.engine, expire_on_commit=False)
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is one transaction: committed when the block ends, rolled back on
        any error. For callers outside an event's workspace (the CLI, imports, tests): domain
        operations only flush, whoever owns the session commits."""
        session = self.session()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def connect(self) -> Connection:
        """A Core connection for plain-SQL reads (use it in a ``with`` block)."""
        return self.engine.connect()

    @property
    def changes(self) -> int:
        """Grows with every write statement since the database was opened."""
        return self._counter.value

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

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


def make_engine(url: str, path: Path | None = None, counter: _ChangeCounter | None = None) -> Engine:
    # hide_parameters: SQL parameters hold contribution text; keep them out of errors and logs.
    engine = create_engine(url, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    else:  # a server connection that dropped is noticed before use, not mid-action
        server_db.ping_when_idle(engine)

    def translate(context: ExceptionContext) -> None:
        original = context.original_exception
        if translatable(original):
            assert isinstance(original, sqlite3.Error)
            raise classify_sqlite_error(path, original) from context.sqlalchemy_exception

    event.listen(engine, "handle_error", translate)
    if counter is not None:

        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.lstrip()[:7].upper().startswith(_WRITE_VERBS):
                counter.value += 1

        event.listen(engine, "after_cursor_execute", count)
    return engine


def open_database(url_or_path: str | None = None, *, migrate: bool = True, backups: bool = True) -> Database:
    """Open (creating if needed) the chosen database and bring its schema to head.

    Refuses, without writing a byte, files that are not Erbij databases,
    damaged files, databases written by a newer version of the app, and files
    another process has open.
    """
    try:
        url = resolve_database_url(url_or_path)
        path = sqlite_path(url)
        if path is None:
            return _open_server(url, migrate)
    except ArgumentError as error:
        shown = server_db.shown(url_or_path or "")
        raise DatabaseUnavailableError(f"Onbruikbare database-URL {shown!r}: {error}") from error
    _sweep()
    stale = wal_guard.is_stale(path)
    state = inspect_file(path, main_only=stale)
    revision = stored_revision(path, main_only=stale) if state is FileState.ERBIJ else None
    if revision is not None and revision not in migrations.known_revisions():
        raise NewerDatabaseError(str(path), revision)
    needs_migration = state is FileState.NEW or revision != migrations.head_revision()
    _check_writable(path)
    _make_folder(path)
    lock = instance.acquire(path)
    warnings: list[str] = []
    counter = _ChangeCounter()
    engine: Engine | None = None
    try:
        if stale and wal_guard.is_stale(path):  # still so, now that nobody else can be writing it
            warnings.append(wal_guard.warning_for(path, wal_guard.set_aside(path)))
        if state is FileState.ERBIJ:
            make_private(path)
            check_integrity(path)
            if not needs_migration:
                _check_layout_of_file(path)  # before a backup copies an edited file over a good one
            if backups:
                warnings += _backup_at_open(path, needs_migration=needs_migration)
        else:
            _create_private_file(path)
            instance.forget_epochs(lock)
        lock.cover_file()
        engine = make_engine(url, path, counter)
        _probe_write_lock(engine, path)
        if migrate and needs_migration:
            _migrate(engine, path)
            with engine.connect() as conn:
                check_layout(conn, path)
        wal_guard.arm_renewal(engine, lock)
    except BaseException as error:
        if engine is not None:
            engine.dispose()
        lock.release()
        if isinstance(error, DBAPIError) and isinstance(error.orig, sqlite3.Error):
            raise classify_sqlite_error(path, error.orig, Situation.OPEN) from error
        if isinstance(error, sqlite3.Error):
            raise classify_sqlite_error(path, error, Situation.OPEN) from error
        if isinstance(error, DBAPIError):
            raise DatabaseUnavailableError(
                f"Database {path} kan niet worden geopend: {error}", path
            ) from error
        raise
    counter.value = 0  # the open itself (migrations) is not a change worth a backup
    return Database(url=url, engine=engine, path=path, lock=lock, warnings=warnings, _counter=counter)


def _check_layout_of_file(path: Path) -> None:
    problem = layout_problem_in(path)
    if problem is not None:
        raise DatabaseDamagedError(path, f"{problem}; buiten Erbij Desktop om gewijzigd?")


def _migrate(engine: Engine, path: Path) -> None:
    try:
        migrations.upgrade(engine)
    except migrations.MigrationFailedError as error:
        raise DatabaseUnavailableError(
            f"Bijwerken van {path} naar deze versie van Erbij Desktop is mislukt ({error}); "
            "er is niets gewijzigd.",
            path,
        ) from error


def _sweep() -> None:
    """Delete what killed writers left half-written, wherever they were writing (storage.atomic)."""
    try:
        removed = sweep_debris()
    except OSError as error:
        log.warning("sweeping half-written files failed: %s", error.strerror)
        return
    if removed:
        log.info("removed %d half-written files of killed writers", len(removed))


def _open_server(url: str, migrate: bool) -> Database:
    """A server database (PostgreSQL): the server does the locking; storage.server_db migrates it once."""
    counter = _ChangeCounter()
    engine = make_engine(server_db.with_timeouts(server_db.checked(url)), None, counter)
    try:
        server_db.prepare(engine, migrate=migrate)
    except (DBAPIError, sqlite3.Error) as error:
        engine.dispose()
        why = server_db.explained(str(getattr(error, "orig", error)).strip())
        raise DatabaseUnavailableError(
            f"Database {server_db.shown(url)} kan niet worden geopend: {why}"
        ) from error
    except BaseException:
        engine.dispose()
        raise
    counter.value = 0
    return Database(url=url, engine=engine, path=None, _counter=counter)


def _backup_at_open(path: Path, *, needs_migration: bool) -> list[str]:
    """Back up before a migration (required) or when the file changed since its last backup."""
    remove_debris(path)
    if needs_migration:
        try:
            backup_database(path, reason=REASON_MIGRATION)
        except BackupError as error:
            raise BackupError(
                f"Kan geen reservekopie maken voordat {path} wordt bijgewerkt; "
                f"er is niets gewijzigd. ({error})",
                path,
            ) from error
        prune_backups(path, load_policy().keep)
        return []
    if not changed_since_last_backup(path):
        return []
    try:
        backup_database(path, reason=REASON_OPEN)
    except BackupError as error:
        log.warning("backup at open failed: %s", type(error.__cause__).__name__)
        return [str(error)]
    prune_backups(path, load_policy().keep)
    return []


def _probe_write_lock(engine: Engine, path: Path) -> None:
    """Make sure no other program holds SQLite's write lock; takes it for an instant, writes nothing."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        conn.execute(f"PRAGMA busy_timeout={OPEN_LOCK_WAIT_MS}")
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        except sqlite3.OperationalError as error:
            if "locked" in str(error).lower() or "busy" in str(error).lower():
                raise DatabaseInUseError(path, "een ander programma") from error
            raise
        finally:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        raw.close()


def _check_writable(path: Path) -> None:
    """SQLite in WAL mode writes beside the file; a read-only folder or file is refused up front."""
    if path.exists():
        if not os.access(path, os.W_OK):
            raise ReadOnlyLocationError(path, "het bestand")
        if not os.access(path.parent, os.W_OK):
            raise ReadOnlyLocationError(path)
        return
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not os.access(ancestor, os.W_OK):
        raise ReadOnlyLocationError(path)


def _make_folder(path: Path) -> None:
    """Folders made for a database are the user's only; the app's own data folder is kept so."""
    try:
        if inside_app_folders(path.parent):
            secure_app_folder(path.parent)
        else:
            private_folder(path.parent)
    except PermissionError as error:
        raise ReadOnlyLocationError(path) from error
    except OSError as error:
        raise classify_os_error(path.parent, error, Situation.OPEN) from error


def _create_private_file(path: Path) -> None:
    """Create the database file readable by the user only before SQLite opens it."""
    try:
        if not path.exists():  # its folder was made by _make_folder
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            os.close(fd)
    except PermissionError as error:
        raise ReadOnlyLocationError(path) from error
    except OSError as error:
        raise classify_os_error(path, error, Situation.OPEN) from error
