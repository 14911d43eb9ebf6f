"""One process per database file: the instance lock.

SQLite would let two processes write one file in turn, but then each holds an
outdated picture of the event and undo, backups and restores would work
behind each other's backs. So whoever opens a database for writing (the app
or a command) first takes an exclusive lock on ``<database>.lock`` beside it,
and a second one on the file's identity (device and inode number) in the
user's state folder: a hard link gives the same file a second name, with its
own ``.lock`` beside it (and SQLite would give it its own WAL, which ruins the
file), but not a second identity.

* The locks are OS file locks (``flock`` on POSIX, ``msvcrt.locking`` on
  Windows): the kernel drops them when the process dies, even by SIGKILL, so a
  crash never leaves a stale lock behind.
* The lock files hold who took them (process id, app or command, host) so a
  refusal can say who has the file open. They are never deleted: deleting a
  lock file races with the next locker.
* ``<database>.lock`` also records the database's *epochs* (see
  :mod:`erbij_desktop.storage.wal_guard`), which tell a WAL left beside the
  file whether it still belongs to it.
* Within one process the lock is shared: opening the same database twice
  (a test, or a restore from inside the app) needs no second lock.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DatabaseInUseError, DatabaseUnavailableError, ReadOnlyLocationError
from .locations import locks_dir, private_folder

ROLE_APP = "app"
ROLE_COMMAND = "command"
_ROLE_NAMES = {ROLE_APP: "het venster van Erbij Desktop", ROLE_COMMAND: "een erbij-desktop-opdracht"}

log = logging.getLogger(__name__)
_process_role = ROLE_COMMAND
_registry: dict[Path, _Held] = {}
_identities: dict[tuple[int, int], Path] = {}  # identity -> the name key holding it in this process
_registry_guard = threading.Lock()


def set_process_role(role: str) -> None:
    """The GUI calls this at start so other processes can tell a window from a command."""
    global _process_role
    _process_role = role


@dataclass(frozen=True)
class Holder:
    pid: int
    role: str
    host: str

    def describe(self) -> str:
        who = _ROLE_NAMES.get(self.role, "een ander Erbij-proces")
        here = "" if self.host == socket.gethostname() else f" op {self.host}"
        return f"{who} (proces {self.pid}{here})"


@dataclass
class _Held:
    fd: int
    count: int
    identity: tuple[int, int] | None = None
    identity_fd: int | None = None


class InstanceLock:
    """A held lock; ``release()`` (or leaving the ``with``) gives it back once."""

    def __init__(self, key: Path, database: Path) -> None:
        self._key = key
        self.database = database
        self._released = False

    @property
    def shared_in_process(self) -> bool:
        """True when another part of this process holds the same lock too."""
        with _registry_guard:
            held = _registry.get(self._key)
            return held is not None and held.count > 1

    def cover_file(self) -> None:
        """Also lock the file's identity, once it exists (a new database is created under the lock)."""
        with _registry_guard:
            held = _registry[self._key]
            if held.identity is None:
                _lock_identity(held, self._key, self.database)

    def record_epochs(self, epochs: tuple[int, ...]) -> None:
        """Remember, durably, which epochs the database file may carry (see wal_guard)."""
        self.update_record({"epochs": list(epochs)}, durable=True)

    def update_record(self, fields: dict[str, Any], *, durable: bool = False) -> None:
        """Add ``fields`` to what ``<database>.lock`` records about the file (a value None removes one)."""
        with _registry_guard:
            held = _registry[self._key]
            record = _read_record(held.fd)
            record.update(fields)
            _write_record(held.fd, {k: v for k, v in record.items() if v is not None}, durable=durable)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _registry_guard:
            held = _registry[self._key]
            held.count -= 1
            if held.count == 0:
                del _registry[self._key]
                if held.identity is not None:
                    _identities.pop(held.identity, None)
                if held.identity_fd is not None:
                    _unlock(held.identity_fd)
                    os.close(held.identity_fd)
                _unlock(held.fd)
                os.close(held.fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def identity_of(database: Path) -> tuple[int, int] | None:
    try:
        stat = database.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def identity_lock_path(identity: tuple[int, int]) -> Path:
    return locks_dir() / f"{identity[0]}-{identity[1]}.lock"


def acquire(database: Path) -> InstanceLock:
    """Take the lock for ``database`` or raise DatabaseInUseError naming who has it."""
    key = lock_path_for(database.resolve())
    with _registry_guard:
        held = _registry.get(key)
        if held is not None:
            held.count += 1
            return InstanceLock(key, database)
        fd = _open_lock_file(key, database)
        if not _try_lock(fd):
            os.close(fd)
            raise _in_use(database, read_holder_at(key))
        held = _Held(fd, 1)
        try:
            _lock_identity(held, key, database)
        except BaseException:
            _unlock(fd)
            os.close(fd)
            raise
        record = _read_record(fd)
        record.update(_holder_record())
        _write_record(fd, record, durable=False)
        _registry[key] = held
    return InstanceLock(key, database)


def _lock_identity(held: _Held, key: Path, database: Path) -> None:
    """Lock the file's identity; raise DatabaseInUseError if another name of it is in use."""
    identity = identity_of(database)
    if identity is None:
        return  # no file yet: cover_file() does this once it is created
    other_name = _identities.get(identity)
    if other_name is not None and other_name != key:
        raise DatabaseInUseError(database, "dit programma, onder een andere naam (een harde koppeling)")
    try:
        path = identity_lock_path(identity)
        private_folder(path.parent)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        # No state folder to keep identity locks in: the name lock still holds.
        log.warning("identity lock unavailable: %s", error.strerror)
        return
    if not _try_lock(fd):
        os.close(fd)
        raise _in_use(database, read_holder_at(path), other_name=True)
    _write_record(fd, _holder_record(), durable=False)
    held.identity, held.identity_fd = identity, fd
    _identities[identity] = key


def _in_use(database: Path, holder: Holder | None, *, other_name: bool = False) -> DatabaseInUseError:
    description = holder.describe() if holder else "een ander Erbij-proces"
    if other_name:
        description += ", onder een andere naam (een harde koppeling)"
    return DatabaseInUseError(
        database, description, by_erbij_app=holder is not None and holder.role == ROLE_APP and not other_name
    )


def is_locked_elsewhere(database: Path) -> bool:
    """True if another process holds the lock right now (used before a restore)."""
    key = lock_path_for(database.resolve())
    with _registry_guard:
        if key in _registry:
            return False
    candidates = [key]
    identity = identity_of(database)
    if identity is not None:
        candidates.append(identity_lock_path(identity))
    return any(_held_by_other(path) for path in candidates)


def _held_by_other(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def read_holder(database: Path) -> Holder | None:
    return read_holder_at(lock_path_for(database))


def read_holder_at(lock_file: Path) -> Holder | None:
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return Holder(pid=int(data["pid"]), role=str(data["role"]), host=str(data["host"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_record(database: Path) -> dict[str, Any]:
    """What ``<database>.lock`` records (holder, epochs, ...); empty when unreadable."""
    try:
        data = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recorded_epochs(database: Path) -> frozenset[int] | None:
    """The epochs ``<database>.lock`` allows the file to carry; None when none are recorded."""
    try:
        epochs = frozenset(int(value) for value in read_record(database)["epochs"])
    except (KeyError, TypeError, ValueError):
        return None
    return epochs or None


def forget_epochs(lock: InstanceLock) -> None:
    """A new file under this name: nothing recorded for an earlier one applies to it."""
    lock.record_epochs(())


def _holder_record() -> dict[str, Any]:
    return {"pid": os.getpid(), "role": _process_role, "host": socket.gethostname()}


def _open_lock_file(key: Path, database: Path) -> int:
    try:
        return os.open(key, os.O_RDWR | os.O_CREAT, 0o600)
    except PermissionError as error:
        raise ReadOnlyLocationError(database) from error
    except OSError as error:
        raise DatabaseUnavailableError(
            f"Kan {key} niet aanmaken: {error.strerror}; er is niets gewijzigd.", database
        ) from error


def _read_record(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 65536)
        record = json.loads(data.decode("utf-8")) if data else {}
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return record if isinstance(record, dict) else {}


def _write_record(fd: int, record: dict[str, Any], *, durable: bool) -> None:
    data = json.dumps(record).encode("utf-8")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        if durable:
            os.fsync(fd)
    except OSError:
        if durable:
            raise
        # The lock itself holds; the note about who holds it is a courtesy.


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
