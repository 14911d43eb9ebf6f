"""Rolling backups of the database, made with SQLite's online backup API.

A backup is a consistent snapshot even while the app writes; it is read from
a read-only connection, written under a temporary name and renamed (so half a
backup never exists under a real name) and readable by the user only.

Backups sit in ``backups/`` beside the database, named
``<stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite``. Made:

* at open, when the database changed since its newest backup (``bij-openen``);
* every few minutes while the app runs and there were changes (``automatisch``;
  the app's timer asks :class:`BackupScheduler` whether one is due);
* before a migration (``voor-migratie``) and before a restore (``voor-herstel``).

The last N of each kind are kept (:class:`BackupPolicy`, a user setting).
Restoring first backs up the current file, or, if that file is damaged, moves
it aside untouched, then puts the copy in its place.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from . import instance
from .atomic import atomic_target, atomic_write_bytes
from .errors import BackupError, DatabaseInUseError, StorageError
from .locations import backups_dir_for, config_dir
from .sqlite_file import (
    FileState,
    check_integrity,
    classify_sqlite_error,
    connect_readonly,
    event_count,
    inspect_file,
    shm_path,
    stored_revision,
    wal_path,
)

BACKUP_SUFFIX = ".sqlite"
REASON_OPEN = "bij-openen"
REASON_TIMER = "automatisch"
REASON_MIGRATION = "voor-migratie"
REASON_RESTORE = "voor-herstel"
ROLLING_REASONS = frozenset({REASON_OPEN, REASON_TIMER})
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.sqlite$")
_POLICY_FILE = "backups.json"


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups of each kind to keep, and how often the app makes one while in use."""

    keep: int = 10
    interval_minutes: int = 5

    def __post_init__(self) -> None:
        if not 1 <= self.keep <= 1000:
            raise ValueError("keep must be between 1 and 1000")
        if not 1 <= self.interval_minutes <= 24 * 60:
            raise ValueError("interval_minutes must be between 1 and 1440")


def load_policy() -> BackupPolicy:
    try:
        data = json.loads((config_dir() / _POLICY_FILE).read_text(encoding="utf-8"))
        return BackupPolicy(keep=int(data["keep"]), interval_minutes=int(data["interval_minutes"]))
    except (OSError, ValueError, KeyError, TypeError):
        return BackupPolicy()


def save_policy(policy: BackupPolicy) -> None:
    target = config_dir() / _POLICY_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {"keep": policy.keep, "interval_minutes": policy.interval_minutes}
    atomic_write_bytes(target, json.dumps(data, indent=2).encode("utf-8"))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time, from the name
    reason: str
    size: int

    @property
    def rolling(self) -> bool:
        return self.reason in ROLLING_REASONS

    def events(self) -> int | None:
        """How many events the backup holds (None if it cannot be read)."""
        return event_count(self.path)


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    # A backup of what was there before, or (if that was damaged) where it was moved, untouched.
    previous_backup: Path | None = None
    previous_moved_to: Path | None = None


def backup_name(database: Path, reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime(_STAMP_FORMAT)
    return f"{database.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def backup_database(database: Path, target_dir: Path | None = None, reason: str = REASON_TIMER) -> Path:
    """Snapshot ``database`` into ``target_dir`` (default: its backups folder); return the backup's path."""
    target_dir = target_dir if target_dir is not None else backups_dir_for(database)
    try:
        target_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = target_dir / backup_name(database, reason)
        with atomic_target(target) as partial:
            _copy_database(database, partial)
    except sqlite3.Error as error:
        cause = classify_sqlite_error(database, error)
        raise BackupError(f"Reservekopie van {database} mislukt: {cause}", database) from error
    except OSError as error:
        raise BackupError(
            f"Reservekopie van {database} mislukt: {error.strerror or error}; de database is niet gewijzigd.",
            database,
        ) from error
    return target


def _copy_database(source_path: Path, target: Path) -> None:
    with closing(connect_readonly(source_path)) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
        # A backup is one standalone file: no WAL beside it, readable without writing.
        dest.execute("PRAGMA journal_mode=DELETE")


def list_backups(database: Path) -> list[BackupInfo]:
    """Backups of ``database``, newest first."""
    folder = backups_dir_for(database)
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise BackupError(f"De map {folder} kan niet worden gelezen: {error.strerror}.", database) from error
    for path in entries:
        match = _NAME_RE.match(path.name)
        if match is None or match["stem"] != database.stem or not path.is_file():
            continue
        try:
            created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path=path, created=created, reason=match["reason"], size=size))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def latest_backup(database: Path) -> BackupInfo | None:
    """The newest backup that is a readable, intact Erbij database."""
    for info in list_backups(database):
        try:
            _check_backup(info.path)
        except StorageError:
            continue
        return info
    return None


def prune_backups(database: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each kind (rolling, migration, restore)."""
    removed: list[Path] = []
    groups: dict[str, list[BackupInfo]] = {}
    for info in list_backups(database):
        groups.setdefault("rolling" if info.rolling else info.reason, []).append(info)
    for infos in groups.values():
        for info in infos[keep:]:
            try:
                info.path.unlink()
            except OSError:
                continue
            removed.append(info.path)
    return removed


def remove_debris(database: Path) -> list[Path]:
    """Delete half-written copies a crash left behind (``.<name>.….part`` and SQLite's side files).

    Only call this while holding the database's instance lock: then no other
    process can be writing them.
    """
    removed: list[Path] = []
    patterns = (
        (backups_dir_for(database), f".{database.stem}-*.part*"),
        (database.parent, f".{database.name}.*.part*"),
    )
    for folder, pattern in patterns:
        try:
            found = list(folder.glob(pattern))
        except OSError:
            continue
        for path in found:
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def changed_since_last_backup(database: Path) -> bool:
    """True when the database (or its WAL) was written after its newest backup was made."""
    backups = list_backups(database)
    if not backups:
        return True
    try:
        newest = max(info.path.stat().st_mtime_ns for info in backups)
        written = database.stat().st_mtime_ns
        if wal_path(database).exists():
            written = max(written, wal_path(database).stat().st_mtime_ns)
    except OSError:
        return True
    return written > newest


def restore_backup(backup: Path, database: Path) -> RestoreResult:
    """Put ``backup`` in place of ``database``, first saving what is there now.

    The caller must have closed its own connections to ``database``; another
    process that has it open makes this refuse (nothing changes).
    """
    backup = backup.resolve()
    database = database.resolve()
    _check_backup(backup)
    with instance.acquire(database) as lock:
        if lock.shared_in_process:
            raise DatabaseInUseError(database, "dit venster; sluit de database eerst")
        previous_backup, moved_to = _secure_current(database)
        try:
            with atomic_target(database) as partial:
                _copy_database(backup, partial)
                for leftover in (wal_path(database), shm_path(database)):
                    leftover.unlink(missing_ok=True)
        except (sqlite3.Error, OSError) as error:
            raise BackupError(
                f"Terugzetten van {backup.name} mislukt: {error}; {database} is niet gewijzigd.", database
            ) from error
    return RestoreResult(database, backup, previous_backup, moved_to)


def _check_backup(path: Path) -> None:
    """A backup must be an intact Erbij database this version can read."""
    from . import migrations  # late: alembic is only needed when a backup is really used

    if not path.is_file():
        raise BackupError(f"Reservekopie {path} bestaat niet.", path)
    try:
        if inspect_file(path) is not FileState.ERBIJ:
            raise BackupError(f"{path} is geen reservekopie van een Erbij-database (leeg bestand).", path)
        revision = stored_revision(path)
        if revision is not None and revision not in migrations.known_revisions():
            raise BackupError(f"{path} komt uit een nieuwere versie van Erbij Desktop.", path)
        check_integrity(path)
    except BackupError:
        raise
    except StorageError as error:
        raise BackupError(f"{path} is geen reservekopie van een Erbij-database: {error}", path) from error


def _secure_current(database: Path) -> tuple[Path | None, Path | None]:
    """Back up the current database, or move it aside untouched if it cannot be read."""
    if not database.exists() or database.stat().st_size == 0:
        return None, None
    try:
        if inspect_file(database) is FileState.ERBIJ:
            check_integrity(database)
            copy = backup_database(database, reason=REASON_RESTORE)
            _checkpoint(database)
            return copy, None
    except BackupError:
        raise
    except StorageError:
        pass
    stamp = dt.datetime.now().strftime(_STAMP_FORMAT)
    moved = database.with_name(f"{database.name}.beschadigd-{stamp}")
    try:
        os.replace(database, moved)
        for companion, aside in (
            (wal_path(database), wal_path(moved)),
            (shm_path(database), shm_path(moved)),
        ):
            if companion.exists():
                os.replace(companion, aside)
    except OSError as error:
        raise BackupError(
            f"Kan {database} niet opzij zetten: {error.strerror}; er is niets gewijzigd."
        ) from error
    return None, moved


def _checkpoint(database: Path) -> None:
    """Fold the WAL into the file so nothing pending is lost when the file is replaced."""
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class BackupScheduler:
    """Decides when the running app makes its next rolling backup.

    The app's timer calls :meth:`run_if_due` every minute or so; a backup is
    made when the database changed since the last one and the interval passed.
    ``changes`` returns a counter that grows with every write.
    """

    def __init__(
        self,
        database: Path,
        changes: Callable[[], int],
        policy: BackupPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.database = database
        self.policy = policy or load_policy()
        self._changes = changes
        self._clock = clock
        self._last_time = clock()
        self._last_changes = changes()
        self.last_backup: Path | None = None
        self.last_error: StorageError | None = None

    def due(self) -> bool:
        waited = self._clock() - self._last_time
        return self._changes() != self._last_changes and waited >= self.policy.interval_minutes * 60

    def run(self, reason: str = REASON_TIMER) -> Path:
        changes = self._changes()
        try:
            path = backup_database(self.database, reason=reason)
        except StorageError as error:
            self.last_error = error
            self._last_time = self._clock()  # try again after the next interval, not every tick
            raise
        self._last_time = self._clock()
        self._last_changes = changes
        self.last_backup = path
        self.last_error = None
        prune_backups(self.database, self.policy.keep)
        return path

    def run_if_due(self) -> Path | None:
        return self.run() if self.due() else None
