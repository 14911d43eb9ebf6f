"""A real, small file system for tests that need a full disk: a tmpfs the test mounts and removes.

``small_disk(tmp_path, size)`` mounts a tmpfs of ``size`` bytes (root may;
CI runs as root) and unmounts it afterwards. Where the machine forbids
mounting the test is skipped with the reason, except in CI (``ERBIJ_CI`` or
``CI`` set, as .ci/run does): there mounting must work, so it fails instead.

``fill(folder, leave)`` writes a filler file until only ``leave`` bytes are
free, ``unfill`` removes it, ``grow`` gives the file system more room;
``free(folder)`` says how many bytes are free.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

FILLER = "opvulling.bin"


def in_ci() -> bool:
    return bool(os.environ.get("ERBIJ_CI") or os.environ.get("CI"))


def _cannot(reason: str) -> None:
    if in_ci():
        pytest.fail(f"CI must be able to mount a small file system: {reason}")
    pytest.skip(f"needs a small real file system (tmpfs), and this machine forbids mounting: {reason}")


@contextlib.contextmanager
def small_disk(tmp_path: Path, size: int, name: str = "schijf") -> Iterator[Path]:
    """A freshly mounted tmpfs of ``size`` bytes at ``tmp_path / name``; unmounted afterwards."""
    mount = shutil.which("mount")
    umount = shutil.which("umount")
    if os.name != "posix" or mount is None or umount is None:
        _cannot("no mount command")
    assert mount is not None and umount is not None
    point = tmp_path / name
    point.mkdir()
    result = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        point.rmdir()
        _cannot(result.stderr.strip() or f"mount exited with {result.returncode}")
    try:
        yield point
    finally:
        for _attempt in range(50):  # a process the test killed may still be letting go of a file
            if subprocess.run([umount, str(point)], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        point.rmdir()


def grow(point: Path, size: int) -> None:
    """Give the mounted tmpfs more room (as a user who cleared a few gigabytes elsewhere)."""
    subprocess.run(["mount", "-o", f"remount,size={size}", str(point)], check=True, capture_output=True)


def free(folder: Path) -> int:
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize


def fill(folder: Path, leave: int = 0) -> Path:
    """Grow (or shrink) a filler file in ``folder`` until about ``leave`` bytes are free; return it."""
    filler = folder / FILLER
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        size = os.fstat(fd).st_size
        target = max(0, size + free(folder) - leave)
        if target < size:
            os.ftruncate(fd, target)
        elif target > size:
            try:
                os.posix_fallocate(fd, 0, target)
            except OSError:  # no room for all of it (the rest is metadata): write what fits
                with os.fdopen(os.dup(fd), "ab") as handle:
                    while free(folder) > leave:
                        try:
                            handle.write(b"\0" * min(free(folder) - leave, 1 << 20))
                            handle.flush()
                        except OSError:
                            break
    finally:
        os.close(fd)
    return filler


def unfill(folder: Path) -> None:
    (folder / FILLER).unlink(missing_ok=True)
