"""One process per database file: the instance lock.

SQLite would let two processes write one file in turn, but then each holds an
outdated picture of the event and undo, backups and restores would work
behind each other's backs. So whoever opens a database for writing (the app
or a command) first takes an exclusive lock on ``<database>.lock`` beside it.

* The lock is an OS file lock (``flock`` on POSIX, ``msvcrt.locking`` on
  Windows): the kernel drops it when the process dies, even by SIGKILL, so a
  crash never leaves a stale lock behind.
* The lock file holds who took it (process id, app or command, host) so a
  refusal can say who has the file open. It is never deleted: deleting a lock
  file races with the next locker.
* Within one process the lock is shared: opening the same database twice
  (a test, or a restore from inside the app) needs no second lock.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .errors import DatabaseInUseError, DatabaseUnavailableError, ReadOnlyLocationError

ROLE_APP = "app"
ROLE_COMMAND = "command"
_ROLE_NAMES = {ROLE_APP: "het venster van Erbij Desktop", ROLE_COMMAND: "een erbij-desktop-opdracht"}

_process_role = ROLE_COMMAND
_registry: dict[Path, _Held] = {}
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

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _registry_guard:
            held = _registry[self._key]
            held.count -= 1
            if held.count == 0:
                del _registry[self._key]
                _unlock(held.fd)
                os.close(held.fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


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
            holder = read_holder(database)
            description = holder.describe() if holder else "een ander Erbij-proces"
            raise DatabaseInUseError(
                database, description, by_erbij_app=holder is not None and holder.role == ROLE_APP
            )
        _write_holder(fd)
        _registry[key] = _Held(fd, 1)
    return InstanceLock(key, database)


def is_locked_elsewhere(database: Path) -> bool:
    """True if another process holds the lock right now (used before a restore)."""
    key = lock_path_for(database.resolve())
    with _registry_guard:
        if key in _registry:
            return False
    if not key.exists():
        return False
    try:
        fd = os.open(key, os.O_RDWR)
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
    try:
        data = json.loads(lock_path_for(database).read_text(encoding="utf-8"))
        return Holder(pid=int(data["pid"]), role=str(data["role"]), host=str(data["host"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _open_lock_file(key: Path, database: Path) -> int:
    try:
        return os.open(key, os.O_RDWR | os.O_CREAT, 0o600)
    except PermissionError as error:
        raise ReadOnlyLocationError(database) from error
    except OSError as error:
        raise DatabaseUnavailableError(
            f"Kan {key} niet aanmaken: {error.strerror}; er is niets gewijzigd.", database
        ) from error


def _write_holder(fd: int) -> None:
    record = {"pid": os.getpid(), "role": _process_role, "host": socket.gethostname()}
    data = json.dumps(record).encode("utf-8")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
    except OSError:
        pass  # the lock itself holds; the note about who holds it is a courtesy


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
