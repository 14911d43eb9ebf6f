"""Damaged or wrong files: one test per case, on the CLI and in the GUI, the file never written.

Each test builds the case from a real Erbij database, takes the file's
fingerprint (contents, mtime, and every file in its folder), then checks that
the CLI says what is wrong in one Dutch line (exit 1, no traceback), that the
GUI's start-up shows the error dialog with its ways on, and that the
fingerprint is unchanged afterwards.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import select
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import IO

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from erbij_desktop.cli import main
from erbij_desktop.domain.contributions import add_contribution
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Contribution, EventTable, Round
from erbij_desktop.storage import backups, database
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    DiskFullError,
    NewerDatabaseError,
    NotAnErbijDatabaseError,
    ReadOnlyLocationError,
)
from erbij_desktop.ui.errors.reporter import ErrorReporter
from erbij_desktop.ui.errors.startup import DatabaseOpener
from erbij_desktop.ui.errors.texts import Way


def read_line(stream: IO[str], timeout: float = 30) -> str:
    """One line from a child's stdout, or fail instead of hanging if it never comes."""
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "the child process did not answer in time"
    return stream.readline()


PAGE = 4096
# The offscreen platform cannot size windows to their hints; harmless, and not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def fill(path: Path, contributions: int = 40) -> None:
    """A real event with contributions, cleanly closed (everything in the main file), plus a backup."""
    with open_database(str(path)) as db, db.transaction() as session:
        event = create_event(session, "Praktijktafel")
        round_ = Round(event_id=event.id, title="Ronde 1", question="Wat werkt?")
        table = EventTable(event_id=event.id, name="Tafel 1")
        session.add_all([round_, table])
        session.commit()
        for n in range(contributions):
            add_contribution(session, round_.id, f"Bijdrage {n}: buren koken samen " * 5, table_id=table.id)
    backups.backup_database(path, reason=backups.REASON_TIMER)


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    data = path.read_bytes()
    return hashlib.sha256(data).hexdigest(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def cli_says(path: Path, capsys: pytest.CaptureFixture[str], *words: str) -> str:
    assert main(["--database", str(path), "list"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    for word in words:
        assert word in captured.err
    return captured.err


def gui_says(qtbot: QtBot, path: Path, expected_ways: set[Way], *words: str) -> DatabaseOpener:
    opener = DatabaseOpener()
    opened: list[object] = []
    opener.opened.connect(opened.append)
    opener.start(str(path))
    assert opened == []
    dialog = opener.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    text = dialog.message_label.text()
    for word in words:
        assert word in text
    assert set(dialog.buttons) == expected_ways
    return opener


def close_gui(qtbot: QtBot, opener: DatabaseOpener) -> None:
    assert opener.dialog is not None
    with qtbot.waitSignal(opener.cancelled, timeout=1000):
        opener.dialog.buttons[Way.CLOSE].click()
    assert not opener.dialog.isVisible()


def test_random_bytes_overwritten_inside(
    db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(db_path)
    size = db_path.stat().st_size
    rng = random.Random(6)
    with db_path.open("r+b") as handle:
        for page in rng.sample(range(1, size // PAGE), 3):  # never page 0: that is the header
            handle.seek(page * PAGE)
            handle.write(rng.randbytes(PAGE))
    before = fingerprint(db_path)

    with pytest.raises(DatabaseDamagedError):
        open_database(str(db_path))
    cli_says(db_path, capsys, "is beschadigd", "niet gewijzigd", "erbij-desktop restore")
    opener = gui_says(
        qtbot, db_path, {Way.LATEST_BACKUP, Way.OTHER_FILE, Way.CLOSE}, "beschadigd", "niets aan het bestand"
    )
    assert fingerprint(db_path) == before

    # The way on: open the latest backup. The damaged file is kept, byte for byte.
    assert opener.dialog is not None
    with qtbot.waitSignal(opener.opened, timeout=5000) as blocker:
        opener.dialog.buttons[Way.LATEST_BACKUP].click()
    db = blocker.args[0]
    try:
        with db.transaction() as session:
            assert session.query(Contribution).count() == 40
    finally:
        db.close()
    [kept] = list(db_path.parent.glob("erbij.sqlite.beschadigd-*"))
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before[0]


@pytest.mark.parametrize("keep", [0.6, 0.5], ids=["mid-page", "page-boundary"])
def test_truncated_file(db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str], keep: float) -> None:
    fill(db_path)
    size = db_path.stat().st_size
    cut = int(size * keep) if keep != 0.5 else (size // PAGE // 2) * PAGE
    with db_path.open("r+b") as handle:
        handle.truncate(cut)
    before = fingerprint(db_path)

    with pytest.raises(DatabaseDamagedError, match="afgekapt"):
        open_database(str(db_path))
    cli_says(db_path, capsys, "is beschadigd (het bestand is afgekapt)")
    close_gui(qtbot, gui_says(qtbot, db_path, {Way.LATEST_BACKUP, Way.OTHER_FILE, Way.CLOSE}, "afgekapt"))
    assert fingerprint(db_path) == before


def test_file_that_is_not_a_database(db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_text("Boodschappen: brood, kaas, koffie voor veertig mensen\n" * 50, encoding="utf-8")
    before = fingerprint(db_path)

    with pytest.raises(NotAnErbijDatabaseError):
        open_database(str(db_path))
    cli_says(db_path, capsys, "geen Erbij-database", "--database")
    opener = gui_says(qtbot, db_path, {Way.OTHER_FILE, Way.CLOSE}, "geen database van Erbij Desktop")

    # The way on: choose another file (here: a new one), which then opens.
    assert opener.dialog is not None
    opener.dialog.buttons[Way.OTHER_FILE].click()
    file_dialog = opener.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    qtbot.addWidget(file_dialog)
    with qtbot.waitSignal(opener.opened, timeout=5000) as blocker:
        file_dialog.fileSelected.emit(str(db_path.with_name("nieuw.sqlite")))
    blocker.args[0].close()
    assert fingerprint(db_path)[:2] == before[:2]


def test_database_of_a_newer_version(db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    fill(db_path)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_volgende_versie'")
        conn.commit()
    before = fingerprint(db_path)

    with pytest.raises(NewerDatabaseError):
        open_database(str(db_path))
    cli_says(db_path, capsys, "nieuwere versie van Erbij Desktop", "werk de app bij")
    close_gui(
        qtbot, gui_says(qtbot, db_path, {Way.OTHER_FILE, Way.CLOSE}, "nieuwere versie", "Werk de app bij")
    )
    assert fingerprint(db_path) == before


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make ``folder`` unwritable, also for root (who ignores permission bits): chattr +i."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root on a file system without chattr +i: cannot make a folder read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_read_only_folder(tmp_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = folder / "erbij.sqlite"
    fill(path)
    shutil.rmtree(folder / "backups")
    before = fingerprint(path)

    with read_only_folder(folder):
        with pytest.raises(ReadOnlyLocationError):
            open_database(str(path))
        cli_says(path, capsys, "alleen-lezen", "Kopieer het bestand")
        close_gui(
            qtbot, gui_says(qtbot, path, {Way.OTHER_FILE, Way.RETRY, Way.CLOSE}, "mag niet worden geschreven")
        )
        # A new database in a read-only folder is refused just as clearly, and nothing appears.
        cli_says(folder / "nieuw.sqlite", capsys, "alleen-lezen")
        assert fingerprint(path) == before


@pytest.mark.qt_no_exception_capture  # the app's own excepthook is under test here
def test_full_disk(
    db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's max_page_count makes the disk 'full' a few pages on; the real SQLITE_FULL path runs."""
    fill(db_path)
    with closing(sqlite3.connect(db_path)) as conn:
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
    monkeypatch.setattr(
        database, "SQLITE_PRAGMAS", (*database.SQLITE_PRAGMAS, f"PRAGMA max_page_count={pages + 2}")
    )
    before = fingerprint(db_path)

    # During capture: a save that does not fit fails with a clear error; nothing before it is lost.
    with open_database(str(db_path)) as db, db.transaction() as session:
        round_id = session.query(Round.id).scalar()
        saved = 0
        with pytest.raises(DiskFullError, match="schijf is vol"):
            for n in range(100):
                add_contribution(session, round_id, f"Bijdrage {n} die de schijf vult. " * 100)
                session.commit()  # one action, one commit
                saved += 1
        assert 0 < saved < 100
        assert session.query(Contribution).count() == 40 + saved
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert fingerprint(db_path)[0] == before[0]  # the main file itself was not touched

        # In the GUI the failed save reaches the error reporter (the capture view only handles
        # validation), which explains it; the app keeps running.
        reporter = ErrorReporter()
        reporter.install()
        try:

            def save_in_slot() -> None:
                add_contribution(session, round_id, "Nog een bijdrage voor de volle schijf. " * 100)

            with qtbot.waitSignal(reporter.reported, timeout=3000):
                QTimer.singleShot(0, save_in_slot)
        finally:
            reporter.uninstall()
        dialog = reporter.storage_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.addWidget(dialog)
        assert "De schijf is vol" in dialog.message_label.text()
        assert set(dialog.buttons) == {Way.RETRY, Way.CLOSE}
        assert session.query(Contribution).count() == 40 + saved

    # On the CLI: a command that writes too much says so in one line.
    assert main(["--database", str(db_path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "De schijf is vol" in err and "Traceback" not in err

    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM contribution").fetchone() == (40 + saved,)


LOCKER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.read()
    """
)


def test_database_locked_by_another_process(
    db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(db_path)
    open_database(str(db_path)).close()  # the backup at open is already there
    monkeypatch.setattr(database, "OPEN_LOCK_WAIT_MS", 200)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout is not None and read_line(locker.stdout) == "locked\n"
        before = fingerprint(db_path)

        with pytest.raises(DatabaseInUseError, match="een ander programma"):
            open_database(str(db_path))
        cli_says(db_path, capsys, "al in gebruik door een ander programma")
        opener = gui_says(
            qtbot, db_path, {Way.RETRY, Way.OTHER_FILE, Way.CLOSE}, "al geopend door een ander programma"
        )
        assert fingerprint(db_path) == before
    finally:
        assert locker.stdin is not None
        locker.stdin.close()
        locker.wait(timeout=10)
        if locker.stdout is not None:
            locker.stdout.close()

    # The way on: once the other program lets go, "try again" opens it.
    assert opener.dialog is not None
    with qtbot.waitSignal(opener.opened, timeout=5000) as blocker:
        opener.dialog.buttons[Way.RETRY].click()
    blocker.args[0].close()
