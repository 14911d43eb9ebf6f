"""Write files so a crash never leaves half a file under the real name, nor forever beside it.

Everything the app writes (PDF, CSV, .erbij, backups, restores, settings) goes
to a temporary ``.<name>.<random>.part`` file in the target's folder, is
flushed to disk, then renamed over the target in one step. This is the one
place that decides how those files are made:

* **User-only, always.** Files are created 0600 from the first byte, whatever
  the umask and whatever mode a caller asks for (a ``mode`` can only take
  rights away): exports hold what people in the room said.
* **Only over regular files.** A target that exists and is a folder, device,
  pipe or socket is refused (UnwritableTargetError); renaming over it would
  replace ``/dev/null`` with a file. A symbolic link is followed: the file it
  points to is replaced and the link keeps pointing at it.
* **No lasting debris.** Each temporary file is registered, while it is being
  written, in the state folder's ``locks/`` with an OS lock held by the
  writer. A writer that is killed loses its lock; :func:`sweep_debris` (run
  whenever a database is opened) then deletes the half-written file, wherever
  it was being written, and never one a live writer is still busy with.
* **A full disk says so**: DiskFullError, not a bare OSError.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import DiskFullError, Situation, UnwritableTargetError
from .locations import locks_dir, private_folder

PRIVATE_MODE = 0o600
PART_SUFFIX = ".part"
_REGISTER_PREFIX = "writing-"
# SQLite's side files of a temporary database (a backup being written) are debris too.
_SIDE_SUFFIXES = ("", "-journal", "-wal", "-shm")
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def writable_target(target: Path | str) -> Path:
    """The regular file to replace for ``target`` (links followed), or UnwritableTargetError."""
    target = Path(target)
    try:
        info = target.stat()  # follows links
    except FileNotFoundError:
        if target.is_symlink():  # a dangling link: write where it points
            return Path(os.path.realpath(target))
        return target
    except OSError:
        return target  # let the write itself report it
    if stat.S_ISREG(info.st_mode):
        return Path(os.path.realpath(target)) if target.is_symlink() else target
    raise UnwritableTargetError(target, _kind(info.st_mode))


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    return "een bijzonder bestand"


@contextlib.contextmanager
def partial_file(target: Path | str) -> Iterator[Path]:
    """A new, empty, user-only temporary file beside ``target``; deleted (with its SQLite side files)
    if the block fails. The caller moves it into place itself (see :func:`put_in_place`)."""
    target = Path(target)
    with _registered(target) as tmp:
        try:
            yield tmp
        except BaseException:
            _remove_with_sides(tmp)
            raise


def put_in_place(tmp: Path, target: Path) -> None:
    """Flush ``tmp`` to disk and rename it over ``target`` in one step; the rename is made durable."""
    _fsync_file(tmp)
    os.replace(tmp, target)
    fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_target(
    target: Path | str, *, mode: int = PRIVATE_MODE, situation: Situation = Situation.EXPORT
) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` for a writer that wants a path (e.g. SQLite).

    The writer must have closed (and so flushed) the file when the block ends;
    it is then fsync-ed and renamed over ``target``. On error nothing changes.
    """
    target = writable_target(target)
    with _disk_full_as(target, situation), partial_file(target) as tmp:
        yield tmp
        os.chmod(tmp, mode & PRIVATE_MODE)
        put_in_place(tmp, target)


@contextlib.contextmanager
def atomic_write(
    target: Path | str, *, mode: int = PRIVATE_MODE, situation: Situation = Situation.EXPORT
) -> Iterator[IO[bytes]]:
    """Yield a binary file; on success it replaces ``target``, on error nothing changes."""
    target = writable_target(target)
    with _disk_full_as(target, situation), partial_file(target) as tmp:
        with open(tmp, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode & PRIVATE_MODE)
        os.replace(tmp, target)
        fsync_folder(target.parent)


def atomic_write_bytes(
    target: Path | str, data: bytes, *, mode: int = PRIVATE_MODE, situation: Situation = Situation.EXPORT
) -> None:
    with atomic_write(target, mode=mode, situation=situation) as handle:
        handle.write(data)


@contextlib.contextmanager
def _disk_full_as(target: Path, situation: Situation) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        if error.errno in _NO_SPACE:
            raise DiskFullError(target, situation) from error
        raise


# --- the register of files being written ----------------------------------------------------------


@contextlib.contextmanager
def _registered(target: Path) -> Iterator[Path]:
    """Create the temporary file, registered (with a held lock) for as long as the block runs."""
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")
    entry, fd = _register(tmp)
    try:
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))
        yield tmp
    finally:
        if fd is not None:
            if not tmp.exists():
                _unlink(entry)
            os.close(fd)  # a finished entry whose file still exists is swept like a dead one


def _register(tmp: Path) -> tuple[Path, int | None]:
    entry = locks_dir() / f"{_REGISTER_PREFIX}{os.getpid()}-{secrets.token_hex(6)}.json"
    try:
        private_folder(entry.parent)
        fd = os.open(entry, os.O_CREAT | os.O_EXCL | os.O_RDWR, PRIVATE_MODE)
    except OSError:
        return entry, None  # no state folder: the file is still written safely, only not registered
    try:
        _lock(fd)
        os.write(fd, json.dumps({"path": str(tmp)}).encode("utf-8"))
    except OSError:
        os.close(fd)
        _unlink(entry)
        return entry, None
    return entry, fd


def live_parts() -> set[Path]:
    """Temporary files that a running writer is busy with right now."""
    return {path for path, alive in _entries() if alive}


def sweep_debris() -> list[Path]:
    """Delete the temporary files of writers that died (killed mid-write); return what was deleted."""
    removed: list[Path] = []
    for path, alive in _entries(claim_dead=True):
        if alive:
            continue
        if path.name.startswith(".") and path.name.endswith(PART_SUFFIX):
            removed += _remove_with_sides(path)
    return removed


def _entries(*, claim_dead: bool = False) -> Iterator[tuple[Path, bool]]:
    try:
        entries = sorted(locks_dir().glob(f"{_REGISTER_PREFIX}*.json"))
    except OSError:
        return
    for entry in entries:
        try:
            fd = os.open(entry, os.O_RDWR)
        except OSError:
            continue
        try:
            alive = not _try_lock(fd)
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
                path = Path(str(data["path"]))
            except (OSError, ValueError, KeyError, TypeError):
                if not alive and claim_dead:
                    _unlink(entry)
                continue
            yield path, alive
            if not alive and claim_dead:
                _unlink(entry)
        finally:
            os.close(fd)


def _remove_with_sides(path: Path) -> list[Path]:
    removed = []
    for suffix in _SIDE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        try:
            side.unlink()
        except OSError:
            continue
        removed.append(side)
    return removed


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX); harmless no-op where unsupported."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
