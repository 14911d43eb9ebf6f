"""Write files so a crash never leaves half a file under the real name.

Everything the app exports (PDF, CSV, .erbij, backups) is written to a
temporary file in the target's directory, flushed to disk, then renamed over
the target in one step. Files are created readable by the user only (0600)
from the first byte, not chmod-ed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PRIVATE_MODE = 0o600


@contextlib.contextmanager
def atomic_target(target: Path | str, *, mode: int = PRIVATE_MODE) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` for a writer that wants a path (e.g. SQLite).

    The writer must have closed (and so flushed) the file when the block ends;
    it is then fsync-ed and renamed over ``target``. On error nothing changes.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        _fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_write(target: Path | str, *, mode: int = PRIVATE_MODE) -> Iterator[IO[bytes]]:
    """Yield a binary file; on success it replaces ``target``, on error nothing changes."""
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def atomic_write_bytes(target: Path | str, data: bytes, *, mode: int = PRIVATE_MODE) -> None:
    with atomic_write(target, mode=mode) as handle:
        handle.write(data)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); harmless no-op where unsupported."""
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
