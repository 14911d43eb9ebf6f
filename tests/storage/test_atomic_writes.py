"""Atomic writes: the old file or the whole new one, never half; private from the first byte."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from erbij_desktop.storage.atomic import atomic_target, atomic_write, atomic_write_bytes


def test_success_replaces_the_file_and_makes_it_private(tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"oud")
    atomic_write_bytes(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["verslag.pdf"]


def test_an_error_halfway_keeps_the_old_file_and_leaves_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"oud")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write(b"half")
        raise RuntimeError("crash tijdens schrijven")
    assert target.read_bytes() == b"oud"
    assert os.listdir(tmp_path) == ["verslag.pdf"]


def test_atomic_target_for_writers_that_need_a_path(tmp_path: Path) -> None:
    target = tmp_path / "kopie.sqlite"
    with atomic_target(target) as partial:
        assert partial.parent == tmp_path and partial != target
        assert stat.S_IMODE(partial.stat().st_mode) == 0o600  # private before the first byte
        partial.write_bytes(b"inhoud")
        assert not target.exists()
    assert target.read_bytes() == b"inhoud"
    with pytest.raises(ValueError), atomic_target(target) as partial:
        partial.write_bytes(b"half")
        raise ValueError
    assert target.read_bytes() == b"inhoud"
    assert os.listdir(tmp_path) == ["kopie.sqlite"]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_writer_never_leaves_half_a_file_under_the_real_name(tmp_path: Path) -> None:
    target = tmp_path / "export.erbij"
    target.write_bytes(b"vorige export")
    code = textwrap.dedent(
        f"""
        import os, signal
        from erbij_desktop.storage.atomic import atomic_write
        with atomic_write({str(target)!r}) as handle:
            handle.write(b"x" * 100_000)
            handle.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], check=False)
    assert result.returncode == -9
    assert target.read_bytes() == b"vorige export"
