"""The small edges of issue 18's finding 9, each through the command line as a user meets it.

* ``-o`` at a device node or a FIFO replaced it with a regular file;
* a huge numeric event id gave "onverwachte fout (OverflowError)";
* killed backups and exports left hidden ``.part`` files that nothing cleaned.

(The invalid UTF-8 entry name is in tests/storage/test_archive_limits.py, the
messages for a full disk and for a foreign database in test_full_disk.py and
test_foreign_files.py, the deleted event's draft in tests/ui/test_event_drafts.py.)
"""

from __future__ import annotations

import os
import select
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from erbij_desktop.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="device nodes, FIFOs and signals (POSIX)")


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "erbij.sqlite"
    assert main(["--database", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


def special_files(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    found = {"fifo": fifo}
    device = tmp_path / "apparaat"
    try:  # a character device like /dev/null (1, 3), made here instead of touching the real one
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        found["device"] = device
    except PermissionError:
        pass
    return found


@pytest.mark.parametrize("command", [["csv", "1"], ["report", "1"], ["export", "1"]], ids=lambda c: c[0])
def test_output_to_a_device_or_a_fifo_is_refused_and_left_as_it_is(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    for kind, target in special_files(tmp_path).items():
        before = target.lstat()
        code = main(["--database", str(demo_db), *command, "-o", str(target)])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1, err
        assert "geen gewoon bestand" in err and "niets geschreven" in err, err
        after = target.lstat()
        assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode), f"the {kind} was replaced"
        assert after.st_ino == before.st_ino
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_symbolic_link_as_output_writes_the_file_it_points_to(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "map" / "bijdragen.csv"
    real.parent.mkdir()
    real.write_text("oud\n", encoding="utf-8")
    link = tmp_path / "snelkoppeling.csv"
    link.symlink_to(real)
    assert main(["--database", str(demo_db), "csv", "1", "-o", str(link)]) == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith("ronde;vraag")


@pytest.mark.parametrize("ident", ["99999999999999999999999", "9223372036854775808", "²"])
def test_an_impossible_event_id_is_not_found(
    demo_db: Path, capsys: pytest.CaptureFixture[str], ident: str
) -> None:
    for command in (
        ["export", ident, "-o", str(demo_db.with_name("x.erbij"))],
        ["csv", ident, "-o", "x.csv"],
    ):
        code = main(["--database", str(demo_db), *command])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1, err
        assert "onverwachte fout" not in err and ("Geen evenement" in err or "niet gevonden" in err), err


WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from erbij_desktop.storage import atomic, backups
    kind, target = sys.argv[1], Path(sys.argv[2])
    if kind == "backup":  # as `backups --create` does, stopped half-way through the copy
        with atomic.atomic_target(target) as partial:
            backups.copy_database(Path(sys.argv[3]), partial)
            print("writing", flush=True)
            time.sleep(120)
    else:  # as an export does
        with atomic.atomic_write(target) as handle:
            handle.write(b"%PDF-1.7 half a report")
            handle.flush()
            print("writing", flush=True)
            time.sleep(120)
    """
)


def start_writer(*args: str) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, *args], stdout=subprocess.PIPE, text=True, env=dict(os.environ)
    )
    assert writer.stdout is not None
    ready, _, _ = select.select([writer.stdout], [], [], 60)
    assert ready and writer.stdout.readline() == "writing\n"
    return writer


def parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*.part*"))


def test_half_written_files_of_killed_writers_are_cleaned_and_live_ones_are_not(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    backup = demo_db.parent / "backups" / "erbij-20260101-120000-000000-handmatig.sqlite"
    backup.parent.mkdir(exist_ok=True)
    killed_export = start_writer("export", str(exports / "verslag.pdf"))
    killed_backup = start_writer("backup", str(backup), str(demo_db))
    live = start_writer("export", str(exports / "nog-bezig.pdf"))
    try:
        for writer in (killed_export, killed_backup):
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=10)
        assert len(parts(exports)) == 2 and parts(backup.parent)

        # `backups` does not open the database, and still cleans up after the killed backup.
        assert main(["--database", str(demo_db), "backups"]) == 0
        assert parts(backup.parent) == []
        # Any command that opens the database cleans up after the killed export, wherever it was.
        assert main(["--database", str(demo_db), "list"]) == 0
        [left] = parts(exports)
        assert left.startswith(".nog-bezig.pdf.")  # a live writer's file is left alone
    finally:
        for writer in (killed_export, killed_backup, live):
            if writer.poll() is None:
                writer.kill()
            writer.wait(timeout=10)
            if writer.stdout is not None:
                writer.stdout.close()
    assert not (exports / "verslag.pdf").exists() and not backup.exists()
