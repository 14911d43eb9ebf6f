"""One process per database: a second process is refused, a dead one frees the file."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from erbij_desktop.cli import main
from erbij_desktop.domain.events import create_event, list_events
from erbij_desktop.storage import backups, instance
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import DatabaseInUseError


def read_line(stream: IO[str], timeout: float = 30) -> str:
    """One line from a child's stdout, or fail instead of hanging if it never comes."""
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "the child process did not answer in time"
    return stream.readline()


pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses POSIX signals")

HOLDER = textwrap.dedent(
    """
    import sys
    from erbij_desktop.storage import instance
    from erbij_desktop.storage.database import open_database
    instance.set_process_role(sys.argv[2])
    db = open_database(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.read()
    """
)


class Holder:
    def __init__(self, path: Path, role: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), role],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = read_line(self.process.stdout)
        assert line == "ready\n", line

    @property
    def pid(self) -> int:
        return self.process.pid

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def holder(db_path: Path) -> Iterator[Holder]:
    open_database(str(db_path)).close()
    running = Holder(db_path, instance.ROLE_APP)
    yield running
    if running.process.poll() is None:
        running.kill()


def test_second_process_is_refused_and_told_who_has_the_file(db_path: Path, holder: Holder) -> None:
    with pytest.raises(DatabaseInUseError) as caught:
        open_database(str(db_path))
    assert caught.value.by_erbij_app
    assert f"het venster van Erbij Desktop (proces {holder.pid})" in str(caught.value)


def test_cli_write_while_the_app_is_open_is_refused_in_one_line(
    db_path: Path, holder: Holder, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", str(db_path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "al in gebruik door het venster van Erbij Desktop" in err
    assert "Alleen-lezen opdrachten (list, report, csv" in err  # what does work meanwhile
    assert "Traceback" not in err
    assert main(["--database", str(db_path), "list"]) == 0
    assert "demo" not in capsys.readouterr().out.lower()  # the refused command stored nothing


def test_cli_reads_while_the_app_is_open(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", str(db_path), "demo"]) == 0
    capsys.readouterr()
    running = Holder(db_path, instance.ROLE_APP)
    try:
        assert main(["--database", str(db_path), "list"]) == 0
        assert "Samen tegen eenzaamheid" in capsys.readouterr().out
        csv = tmp_path / "bijdragen.csv"
        assert main(["--database", str(db_path), "csv", "1", "-o", str(csv)]) == 0
        assert csv.stat().st_size > 1000
        archive = tmp_path / "event.erbij"
        assert main(["--database", str(db_path), "export", "1", "-o", str(archive)]) == 0
        assert archive.stat().st_size > 1000
        with pytest.raises(DatabaseInUseError):  # the app still has it: the readers took nothing from it
            open_database(str(db_path))
    finally:
        running.kill()


def test_cli_restore_while_the_app_is_open_is_refused(
    db_path: Path, holder: Holder, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backups.backup_database(db_path)
    before = db_path.read_bytes()
    assert main(["--database", str(db_path), "restore", str(copy)]) == 1
    assert "al in gebruik" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_a_killed_holder_frees_the_database(db_path: Path, holder: Holder) -> None:
    assert instance.is_locked_elsewhere(db_path)
    holder.kill()
    assert not instance.is_locked_elsewhere(db_path)
    with open_database(str(db_path)) as db, db.transaction() as session:
        create_event(session, "Na de crash")
        assert [e.title for e in list_events(session)] == ["Na de crash"]


def test_a_command_holder_is_named_as_such(db_path: Path) -> None:
    open_database(str(db_path)).close()
    running = Holder(db_path, instance.ROLE_COMMAND)
    try:
        with pytest.raises(DatabaseInUseError, match="een erbij-desktop-opdracht") as caught:
            open_database(str(db_path))
        assert not caught.value.by_erbij_app
    finally:
        running.kill()


def test_within_one_process_the_lock_is_shared_and_released_once(db_path: Path) -> None:
    first = open_database(str(db_path))
    second = open_database(str(db_path))
    second.close()
    second.close()  # closing twice does not release the other's share
    lock_file = instance.lock_path_for(db_path)
    assert lock_file.exists()
    code = (
        "import sys; from pathlib import Path; from erbij_desktop.storage import instance; "
        "print(instance.is_locked_elsewhere(Path(sys.argv[1])))"
    )
    probe = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, check=True
    )
    assert probe.stdout.strip() == "True"
    first.close()
    assert not instance.is_locked_elsewhere(db_path)


def test_the_same_file_under_a_second_name_is_refused(db_path: Path, holder: Holder) -> None:
    """Finding 3 of issue 18: a hard link gives the file a second name, its own .lock and its own WAL;
    two processes each acknowledged every save and the file ended up malformed. The lock now covers
    the file's identity (device and inode), so the second name is refused while the first is open."""
    other_name = db_path.with_name("dezelfde-via-een-koppeling.sqlite")
    os.link(db_path, other_name)
    before = db_path.read_bytes()

    with pytest.raises(DatabaseInUseError) as caught:
        open_database(str(other_name))
    assert "harde koppeling" in str(caught.value) and f"proces {holder.pid}" in str(caught.value)
    assert not other_name.with_name(other_name.name + "-wal").exists()
    assert db_path.read_bytes() == before

    holder.kill()  # once the first is closed, the second name may be used
    with open_database(str(other_name)) as db, db.transaction() as session:
        create_event(session, "Via de tweede naam")


def test_two_names_of_one_file_in_one_process_are_refused(db_path: Path) -> None:
    open_database(str(db_path)).close()
    other_name = db_path.with_name("koppeling.sqlite")
    os.link(db_path, other_name)
    with open_database(str(db_path)), pytest.raises(DatabaseInUseError, match="andere naam"):
        open_database(str(other_name))
