"""Putting a backup back: copy first, then swap, so the current file stays whole until the last step.

Order, each step refusing (with nothing changed) before the next:

1. the backup must be an intact Erbij database this version can read;
2. take the database's instance lock (nobody else may have it open);
3. look at the current file. Intact: it will be backed up (``voor-herstel``).
   Damaged or not an Erbij database: it will be kept aside, untouched, as
   ``<database>.beschadigd-<time>``. Unreadable *for now* (a full disk, a disk
   error, a lock): refuse, because nothing is known to be wrong with it;
4. copy the backup to a temporary file beside the database and check it
   (complete, SQLite's quick check): on a full disk this is where it stops;
5. back the current file up, or keep it aside (a hard link: no copy, no
   moment without a file under the real name);
6. fold the current WAL into the file if possible, rename the new file over
   the database, then remove the old WAL. Were the process killed between the
   rename and that removal, the next open finds a WAL that does not belong to
   the file and sets it aside (storage.wal_guard) instead of merging it.
"""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from . import instance, wal_guard
from .atomic import partial_file, put_in_place
from .backups import (
    REASON_RESTORE,
    backup_database,
    check_backup,
    copy_database,
    database_size,
    set_aside_name,
)
from .errors import (
    BackupError,
    DatabaseDamagedError,
    DatabaseInUseError,
    NotAnErbijDatabaseError,
    RestoreError,
    Situation,
    StorageError,
)
from .schema_check import layout_problem_in
from .sqlite_file import (
    FileState,
    check_integrity,
    classify_os_error,
    classify_sqlite_error,
    inspect_file,
    shm_path,
    wal_has_frames,
    wal_path,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    # A backup of what was there before, or (if that was damaged) where it was kept, untouched.
    previous_backup: Path | None = None
    previous_moved_to: Path | None = None
    # A WAL beside the database that did not belong to it, set aside before anything else.
    stale_wal_kept: Path | None = None


class _Current(enum.Enum):
    ABSENT = "absent"  # nothing (or an empty file) under the name: nothing to keep
    INTACT = "intact"  # back it up first
    KEEP_ASIDE = "keep-aside"  # damaged or foreign: keep it, untouched, under another name


def restore_backup(backup: Path, database: Path) -> RestoreResult:
    """Put ``backup`` in place of ``database``, first saving what is there now.

    The caller must have closed its own connections to ``database``; another
    process that has it open makes this refuse (nothing changes).
    """
    backup = backup.resolve()
    database = database.resolve()
    check_backup(backup)
    if backup == database:
        raise RestoreError(
            f"{backup} is de database zelf, geen reservekopie; er is niets gewijzigd.", database
        )
    with instance.acquire(database) as lock:
        if lock.shared_in_process:
            raise DatabaseInUseError(database, "dit venster; sluit de database eerst")
        stale = wal_guard.set_aside(database) if wal_guard.is_stale(database) else None
        current = _look_at_current(database)
        try:
            previous, moved = _copy_then_swap(backup, database, current)
        except BackupError:
            raise
        except StorageError as error:
            raise RestoreError(str(error), database) from error
        except sqlite3.Error as error:
            cause = classify_sqlite_error(database, error, Situation.RESTORE, database_size(backup))
            raise RestoreError(str(cause), database) from error
        except OSError as error:
            cause = classify_os_error(database, error, Situation.RESTORE, database_size(backup))
            raise RestoreError(str(cause), database) from error
    return RestoreResult(database, backup, previous, moved, stale)


def _look_at_current(database: Path) -> _Current:
    try:
        empty = not database.exists() or (database.stat().st_size == 0 and not wal_has_frames(database))
    except OSError as error:
        raise RestoreError(str(classify_os_error(database, error, Situation.RESTORE)), database) from error
    if empty:
        return _Current.ABSENT
    try:
        if inspect_file(database) is FileState.NEW:
            return _Current.ABSENT  # an SQLite file with nothing in it
        check_integrity(database, situation=Situation.RESTORE)
        if layout_problem_in(database) is not None:
            return _Current.KEEP_ASIDE  # edited by hand: keep the file itself, untouched
    except (DatabaseDamagedError, NotAnErbijDatabaseError):
        return _Current.KEEP_ASIDE
    except StorageError as error:
        # Full disk, disk error, lock, permissions: unreadable now, not damaged. Leave it be.
        raise RestoreError(
            f"Terugzetten niet begonnen: de huidige database kan nu niet worden gelezen. {error}", database
        ) from error
    return _Current.INTACT


def _copy_then_swap(backup: Path, database: Path, current: _Current) -> tuple[Path | None, Path | None]:
    with partial_file(database) as partial:
        copy_database(backup, partial)
        check_integrity(partial, situation=Situation.RESTORE)
        previous = moved = None
        renamed_aside = False
        if current is _Current.INTACT:
            try:
                previous = backup_database(database, reason=REASON_RESTORE)
            except BackupError as error:
                raise RestoreError(
                    f"Terugzetten niet begonnen, {database} is niet gewijzigd: de huidige versie moet eerst "
                    f"worden bewaard en dat lukte niet. {error}",
                    database,
                ) from error
            _checkpoint_quietly(database)
        elif current is _Current.KEEP_ASIDE:
            moved, renamed_aside = _keep_aside(database)
        try:
            put_in_place(partial, database)
        except BaseException:
            if renamed_aside and moved is not None:
                _put_back(moved, database)
            raise
    for leftover in (wal_path(database), shm_path(database)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as error:  # the next open sets a leftover WAL aside (wal_guard)
            log.warning("could not remove %s after a restore: %s", leftover.name, error.strerror)
    return previous, moved


def _keep_aside(database: Path) -> tuple[Path, bool]:
    """Keep the current file (and its WAL) under a new name; True when it had to be renamed.

    A hard link keeps it without a copy and without a moment in which the
    real name is missing; where links are not possible (FAT) it is renamed.
    """
    moved = set_aside_name(database)
    pairs = [(database, moved)]
    if wal_path(database).exists():
        pairs.append((wal_path(database), wal_path(moved)))
    try:
        for source, target in pairs:
            os.link(source, target)
        return moved, False
    except OSError:
        for _source, target in pairs:
            target.unlink(missing_ok=True)
    for source, target in pairs:
        os.replace(source, target)
    return moved, True


def _put_back(moved: Path, database: Path) -> None:
    try:
        if wal_path(moved).exists():
            os.replace(wal_path(moved), wal_path(database))
        os.replace(moved, database)
    except OSError as error:
        log.error("could not put %s back: %s", moved.name, error.strerror)


def _checkpoint_quietly(database: Path) -> None:
    """Fold the WAL into the file, so the old WAL holds nothing when it is removed; best effort."""
    try:
        with closing(sqlite3.connect(database)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as error:
        log.warning("checkpoint before restore failed: %s", type(error).__name__)
