"""Rolling backups of the database, made with SQLite's online backup API.

A backup is a consistent snapshot even while the app writes; it is read from
a read-only connection, written under a temporary name and renamed (so half a
backup never exists under a real name) and readable by the user only. Each
backup gets an epoch of its own (see storage.wal_guard), so a backup copied
over the database by hand is never mixed with the database's old WAL.

Backups sit in ``backups/`` beside the database, named
``<stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite``. Made:

* at open, when the database changed since its newest backup (``bij-openen``);
* every few minutes while the app runs and there were changes (``automatisch``;
  the app's timer asks :class:`BackupScheduler` whether one is due);
* before a migration (``voor-migratie``) and before a restore (``voor-herstel``).

The last N of each kind are kept (:class:`BackupPolicy`, a user setting).
Files a restore set aside (``<database>.beschadigd-<time>``, beside the
database) are listed too, so they stay reachable, and are never pruned.
Restoring itself lives in storage.restore.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_target, atomic_write_bytes, live_parts
from .errors import (
    BackupError,
    DatabaseDamagedError,
    DiskFullError,
    NotAnErbijDatabaseError,
    Situation,
    StorageError,
)
from .locations import backups_dir_for, config_dir, private_folder, secure_app_folder
from .schema_check import layout_problem_in
from .sqlite_file import (
    FileState,
    check_integrity,
    classify_os_error,
    classify_sqlite_error,
    connect_readonly,
    event_count,
    inspect_file,
    stored_revision,
    wal_path,
)
from .wal_guard import new_epoch

BACKUP_SUFFIX = ".sqlite"
REASON_OPEN = "bij-openen"
REASON_TIMER = "automatisch"
REASON_MIGRATION = "voor-migratie"
REASON_RESTORE = "voor-herstel"
REASON_MANUAL = "handmatig"
REASON_SET_ASIDE = "opzij-gezet"
ROLLING_REASONS = frozenset({REASON_OPEN, REASON_TIMER})
SET_ASIDE_INFIX = ".beschadigd-"
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
    secure_app_folder(target.parent)
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

    @property
    def set_aside(self) -> bool:
        """A database file a restore moved aside (not a backup the app made)."""
        return self.reason == REASON_SET_ASIDE

    def events(self) -> int | None:
        """How many events the backup holds (None if it cannot be read)."""
        return event_count(self.path)


def backup_name(database: Path, reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime(_STAMP_FORMAT)
    return f"{database.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def set_aside_name(database: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime(_STAMP_FORMAT)
    return database.with_name(f"{database.name}{SET_ASIDE_INFIX}{stamp}")


def database_size(database: Path) -> int:
    """Bytes of the database with its WAL: about what a copy of it needs."""
    total = 0
    for path in (database, wal_path(database)):
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total


def backup_database(database: Path, target_dir: Path | None = None, reason: str = REASON_TIMER) -> Path:
    """Snapshot ``database`` into ``target_dir`` (default: its backups folder); return the backup's path."""
    target_dir = target_dir if target_dir is not None else backups_dir_for(database)
    needed = database_size(database)
    try:
        private_folder(target_dir)
        target = target_dir / backup_name(database, reason)
        with atomic_target(target, situation=Situation.BACKUP) as partial:
            copy_database(database, partial)
    except DiskFullError as error:
        raise BackupError(f"Reservekopie van {database} mislukt: {error}", database) from error
    except sqlite3.Error as error:
        cause = classify_sqlite_error(target_dir, error, Situation.BACKUP, needed)
        raise BackupError(f"Reservekopie van {database} mislukt: {cause}", database) from error
    except OSError as error:
        cause = classify_os_error(target_dir, error, Situation.BACKUP, needed)
        raise BackupError(f"Reservekopie van {database} mislukt: {cause}", database) from error
    return target


def copy_database(source_path: Path, target: Path) -> None:
    """A consistent, standalone copy of ``source_path`` (WAL included) in the empty file ``target``.

    The copy gets an epoch of its own, and no WAL: exclusive locking keeps
    SQLite from making a -shm beside it (which fails first on a full disk).
    """
    with closing(connect_readonly(source_path)) as source, closing(sqlite3.connect(target)) as dest:
        dest.execute("PRAGMA locking_mode=EXCLUSIVE")
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
        dest.execute(f"PRAGMA user_version = {new_epoch()}")


def list_backups(database: Path) -> list[BackupInfo]:
    """Backups of ``database``, and files a restore set aside, newest first."""
    folder = backups_dir_for(database)
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        entries = []
    except OSError as error:
        raise BackupError(f"De map {folder} kan niet worden gelezen: {error.strerror}.", database) from error
    for path in entries:
        match = _NAME_RE.match(path.name)
        if match is None or match["stem"] != database.stem or not path.is_file():
            continue
        info = _info(path, match["stamp"], match["reason"])
        if info is not None:
            found.append(info)
    found += _set_aside_files(database)
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def _set_aside_files(database: Path) -> list[BackupInfo]:
    found = []
    try:
        candidates = list(database.parent.glob(f"{glob_escape(database.name)}{SET_ASIDE_INFIX}*"))
    except OSError:
        return []
    for path in candidates:
        stamp = path.name[len(database.name) + len(SET_ASIDE_INFIX) :]
        if re.fullmatch(r"\d{8}-\d{6}-\d{6}", stamp) and path.is_file():
            info = _info(path, stamp, REASON_SET_ASIDE)
            if info is not None:
                found.append(info)
    return found


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _info(path: Path, stamp: str, reason: str) -> BackupInfo | None:
    try:
        created = dt.datetime.strptime(stamp, _STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path=path, created=created, reason=reason, size=size)


def latest_backup(database: Path) -> BackupInfo | None:
    """The newest backup that is a readable, intact Erbij database."""
    for info in list_backups(database):
        try:
            check_backup(info.path)
        except StorageError:
            continue
        return info
    return None


def prune_backups(database: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each kind (rolling, migration, restore).

    Files a restore set aside are the user's own and are never deleted here.
    """
    removed: list[Path] = []
    groups: dict[str, list[BackupInfo]] = {}
    for info in list_backups(database):
        if info.set_aside:
            continue
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

    Only call this while holding the database's instance lock. Files a
    running writer is still busy with (a ``backups --create`` beside the app)
    are left alone.
    """
    removed: list[Path] = []
    busy = live_parts()
    patterns = (
        (backups_dir_for(database), f".{glob_escape(database.stem)}-*.part*"),
        (database.parent, f".{glob_escape(database.name)}.*.part*"),
    )
    for folder, pattern in patterns:
        try:
            found = list(folder.glob(pattern))
        except OSError:
            continue
        for path in found:
            if any(path == part or path.name.startswith(part.name) for part in busy if part.parent == folder):
                continue
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def changed_since_last_backup(database: Path) -> bool:
    """True when the database (or its WAL) was written after its newest backup was made."""
    backups = [info for info in list_backups(database) if not info.set_aside]
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


def check_backup(path: Path) -> None:
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
        check_integrity(path, situation=Situation.RESTORE)
        if revision == migrations.head_revision() and layout_problem_in(path) is not None:
            raise BackupError(f"{path} is buiten Erbij Desktop om gewijzigd en wordt niet teruggezet.", path)
    except BackupError:
        raise
    except (NotAnErbijDatabaseError, DatabaseDamagedError) as error:
        raise BackupError(f"{path} is geen reservekopie van een Erbij-database: {error}", path) from error
    except StorageError as error:  # unreadable for now (disk full, disk error, lock)
        raise BackupError(f"{path} kan nu niet worden gelezen: {error}", path) from error


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
