"""A full disk, on a real small file system: nothing intact is called damaged or moved aside.

Issue 18, findings 1 and 2 (and the "disk I/O error" of 9). Each test mounts a
tmpfs of a few megabytes (tests/small_disk.py), fills it, and works through the
CLI and the GUI's start-up as a facilitator would.

1. ``restore`` on a full disk used to move the intact database aside, fail, and
   say "niet gewijzigd"; the next start made an empty database.
2. A full disk, then the app closes: the checkpoint at close writes page 1 but
   cannot grow the file. The file was refused for good as "beschadigd
   (afgekapt)", although SQLite reads it with every contribution (the WAL holds
   the pages).
"""

from __future__ import annotations

import os
import sqlite3
import struct
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from small_disk import fill, grow, small_disk, unfill

from erbij_desktop.cli import main
from erbij_desktop.domain.contributions import add_contribution
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import EventTable, Round
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import DiskFullError, StorageError
from erbij_desktop.ui.errors.startup import DatabaseOpener
from erbij_desktop.ui.errors.texts import Way

MiB = 1024 * 1024
pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="mounts a tmpfs (POSIX)"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def texts(path: Path) -> dict[int, str]:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return dict(conn.execute("SELECT id, text FROM contribution").fetchall())


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def start_event(path: Path) -> int:
    with open_database(str(path), backups=False) as db, db.transaction() as session:
        event = create_event(session, "Praktijktafel op een volle schijf")
        round_ = Round(event_id=event.id, title="Ronde 1", question="Wat werkt?")
        session.add_all([round_, EventTable(event_id=event.id, name="Tafel 1")])
        session.commit()
        return round_.id


def capture_until_full(path: Path, round_id: int) -> dict[int, str]:
    """Save contributions until the disk is full, then close: the checkpoint at close runs out of room."""
    acknowledged: dict[int, str] = {}
    db = open_database(str(path), backups=False)
    with pytest.raises(DiskFullError), db.transaction() as session:  # the refused one rolls back
        for n in range(10_000):
            text = f"Bijdrage {n}: " + os.urandom(1500).hex()
            row = add_contribution(session, round_id, text)
            session.commit()  # one action, one commit: acknowledged once it is stored
            acknowledged[row.id] = text
    db.close()
    return acknowledged


def test_restore_on_a_full_disk_leaves_the_intact_database_in_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path, 3 * MiB) as disk:
        path = disk / "erbij.sqlite"
        round_id = start_event(path)
        with open_database(str(path), backups=False) as db, db.transaction() as session:
            for n in range(20):
                add_contribution(session, round_id, f"Voor de reservekopie gezegd, nummer {n}.")
        code, out, _ = cli(capsys, "--database", str(path), "backups", "--create")
        assert code == 0
        backup = out.splitlines()[0].split(": ", 1)[1]
        acknowledged = capture_until_full(path, round_id)
        fill(disk)

        code, out, err = cli(capsys, "--database", str(path), "restore", backup)

        assert code == 1 and out == "" and err.count("\n") == 1
        assert "De schijf is vol" in err and "is niet gewijzigd" in err, err
        assert path.exists() and not list(disk.glob("erbij.sqlite.beschadigd-*"))
        unfill(disk)
        code, out, _ = cli(capsys, "--database", str(path), "list")
        assert code == 0 and "Praktijktafel op een volle schijf" in out
        stored = texts(path)
        assert len(stored) == 20 + len(acknowledged)
        assert {cid: stored.get(cid) for cid in acknowledged} == acknowledged
        # With room again, the restore works and keeps the current version as a backup.
        grow(disk, 12 * MiB)
        code, out, _ = cli(capsys, "--database", str(path), "restore", backup)
        assert code == 0 and "vorige versie is bewaard" in out
        assert len(texts(path)) == 20


def test_disk_full_then_closed_the_database_opens_with_every_contribution(
    tmp_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path, 2 * MiB) as disk:
        path = disk / "erbij.sqlite"
        round_id = start_event(path)
        acknowledged = capture_until_full(path, round_id)
        header = path.read_bytes()[:100]
        (page_size,) = struct.unpack(">H", header[16:18])
        (pages,) = struct.unpack(">I", header[28:32])
        assert path.stat().st_size < pages * page_size, "the case did not arise: the file is whole"
        assert (disk / "erbij.sqlite-wal").stat().st_size > 0

        # Still full: the file is not called damaged; it opens, or says the disk is full.
        try:
            open_database(str(path)).close()
        except StorageError as error:
            assert isinstance(error, DiskFullError), error
        code, _out, err = cli(capsys, "--database", str(path), "list")
        assert "beschadigd" not in err and "afgekapt" not in err

        unfill(disk)
        # With room, the app's start-up opens it: no dialog, every acknowledged contribution there.
        opener = DatabaseOpener()
        with qtbot.waitSignal(opener.opened, timeout=10_000) as blocker:
            opener.start(str(path))
        assert opener.dialog is None
        blocker.args[0].close()
        stored = texts(path)
        assert {cid: stored.get(cid) for cid in acknowledged} == acknowledged
        code, out, _ = cli(capsys, "--database", str(path), "list")
        assert code == 0 and "Praktijktafel op een volle schijf" in out


def test_a_backup_on_a_full_disk_says_the_disk_is_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding 9: SQLite reports running out of room for the -shm as "disk I/O error"; we say what it is."""
    with small_disk(tmp_path, 2 * MiB) as disk:
        path = disk / "erbij.sqlite"
        assert cli(capsys, "--database", str(path), "demo")[0] == 0
        size = path.stat().st_size
        messages = set()
        for leave in range(0, size + 200_000, 16_384):  # every amount of room short of a backup
            fill(disk, leave)
            code, _out, err = cli(capsys, "--database", str(path), "backups", "--create")
            unfill(disk)
            if code == 0:
                continue
            assert "disk I/O error" not in err and "kan nu niet worden gebruikt" not in err, err
            assert "De schijf is vol" in err and "de database is niet gewijzigd" in err, err
            messages.add(err)
        assert messages, "no amount of room made the backup fail"


def test_latest_backup_from_the_start_dialog_on_a_full_disk_moves_nothing(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The GUI's "Laatste reservekopie openen" for a damaged file: the copy comes first, so a full disk
    stops it before the damaged file is moved; the next start does not find an empty database."""
    with small_disk(tmp_path, 8 * MiB) as disk:
        path = disk / "erbij.sqlite"
        round_id = start_event(path)
        with open_database(str(path), backups=False) as db, db.transaction() as session:
            for n in range(100):
                add_contribution(session, round_id, f"Bijdrage {n}: " + "buren koken samen " * 20)
        assert main(["--database", str(path), "backups", "--create"]) == 0
        with path.open("r+b") as handle:  # damage it: pages in the middle overwritten
            handle.seek(4096 * 3)
            handle.write(os.urandom(4096 * 4))
        damaged = path.read_bytes()
        fill(disk)

        opener = DatabaseOpener()
        opener.start(str(path))
        assert opener.dialog is not None and Way.LATEST_BACKUP in opener.dialog.buttons
        qtbot.addWidget(opener.dialog)
        opener.dialog.buttons[Way.LATEST_BACKUP].click()
        dialog = opener.dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.addWidget(dialog)
        message = dialog.message_label.text()
        assert "De schijf is vol" in message and "niet gewijzigd" in message, message
        assert path.read_bytes() == damaged and not list(disk.glob("erbij.sqlite.beschadigd-*"))

        unfill(disk)
        dialog.buttons[Way.RETRY].click()  # starting again finds the damaged file, not an empty database
        again = opener.dialog
        assert again is not None and again is not dialog
        qtbot.addWidget(again)
        assert "beschadigd" in again.message_label.text()
        with qtbot.waitSignal(opener.opened, timeout=10_000) as blocker:
            again.buttons[Way.LATEST_BACKUP].click()
        db = blocker.args[0]
        with db.transaction() as session:
            assert session.query(Round).count() == 1
        db.close()
        assert len(texts(path)) == 100
        [kept] = disk.glob("erbij.sqlite.beschadigd-*")
        assert kept.read_bytes() == damaged
