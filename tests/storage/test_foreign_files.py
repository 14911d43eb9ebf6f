"""Foreign and hand-edited databases are refused with a true sentence, and not a byte of them changes.

Finding 6 of issue 18 (and the "nieuwere versie" of 9):

* a file with an ``alembic_version`` of ``0001`` and tables named ``event`` and
  ``contribution`` but no Erbij mark was taken for ours: switched to WAL (bytes
  changed), then the GUI died with a traceback;
* an Erbij database with a column dropped by hand crashed the GUI at start,
  without a dialog;
* a foreign file holding only views got our schema written into it;
* another program's database with an unknown Alembic revision was called
  "gemaakt met een nieuwere versie van Erbij Desktop".
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from erbij_desktop.cli import main
from erbij_desktop.storage import backups
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import DatabaseDamagedError, NotAnErbijDatabaseError
from erbij_desktop.ui.errors.startup import DatabaseOpener
from erbij_desktop.ui.errors.texts import Way

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def fingerprint(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(os.listdir(path.parent))


def foreign_with_our_table_names(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            f"""
            CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
            INSERT INTO alembic_version VALUES ('{revision}');
            CREATE TABLE event (id INTEGER PRIMARY KEY, naam TEXT, datum TEXT);
            CREATE TABLE contribution (id INTEGER PRIMARY KEY, event_id INTEGER, bedrag REAL);
            INSERT INTO event VALUES (1, 'Zomerfeest', '2024-07-01');
            """
        )


def cli_refuses(path: Path, capsys: pytest.CaptureFixture[str], *words: str) -> str:
    assert main(["--database", str(path), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    for word in words:
        assert word in err, err
    return err


def gui_explains(qtbot: QtBot, path: Path, *words: str) -> set[Way]:
    opener = DatabaseOpener()
    opened: list[object] = []
    opener.opened.connect(opened.append)
    opener.start(str(path))
    for db in opened:
        db.close()  # type: ignore[attr-defined]
    assert opened == [] and opener.dialog is not None, "the file was opened instead of explained"
    qtbot.addWidget(opener.dialog)
    text = opener.dialog.message_label.text()
    for word in words:
        assert word in text, text
    ways = set(opener.dialog.buttons)
    opener.dialog.buttons[Way.CLOSE].click()
    return ways


@pytest.mark.parametrize("revision", ["0001", "e3f1a2b4c5d6"], ids=["revision-0001", "unknown-revision"])
def test_another_programs_database_with_our_table_names(
    db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str], revision: str
) -> None:
    foreign_with_our_table_names(db_path, revision)
    before = fingerprint(db_path)

    with pytest.raises(NotAnErbijDatabaseError):
        open_database(str(db_path))
    err = cli_refuses(db_path, capsys, "geen Erbij-database", "ander programma")
    assert "nieuwere versie" not in err
    ways = gui_explains(qtbot, db_path, "geen database van Erbij Desktop")
    assert Way.OTHER_FILE in ways
    assert fingerprint(db_path) == before  # not switched to WAL, no lock or backup beside it
    assert db_path.read_bytes()[18:20] == b"\x01\x01"


def test_a_column_dropped_by_hand_is_explained_not_crashed_on(
    db_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", str(db_path), "demo"]) == 0
    backups.backup_database(db_path)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("ALTER TABLE contribution DROP COLUMN report_text")
        conn.commit()
    capsys.readouterr()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    with pytest.raises(DatabaseDamagedError, match=r"contribution\.report_text ontbreekt"):
        open_database(str(db_path))
    cli_refuses(db_path, capsys, "contribution.report_text ontbreekt", "niet gewijzigd")
    ways = gui_explains(qtbot, db_path, "beschadigd", "report_text")
    assert {Way.LATEST_BACKUP, Way.OTHER_FILE} <= ways
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before

    # The way on the dialog offers: the latest backup; the edited file is kept aside as it is.
    opener = DatabaseOpener()
    opener.start(str(db_path))
    assert opener.dialog is not None
    qtbot.addWidget(opener.dialog)
    first = opener.dialog
    with qtbot.waitSignal(opener.opened, timeout=10_000) as blocker:
        opener.dialog.buttons[Way.LATEST_BACKUP].click()
        assert opener.dialog is first, opener.dialog.message_label.text()
    blocker.args[0].close()
    [kept] = db_path.parent.glob("erbij.sqlite.beschadigd-*")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == before


def test_a_foreign_file_holding_only_views_gets_nothing_written_into_it(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE VIEW overzicht AS SELECT 1 AS een, 'twee' AS twee")
        conn.commit()
    before = fingerprint(db_path)

    with pytest.raises(NotAnErbijDatabaseError):
        open_database(str(db_path))
    cli_refuses(db_path, capsys, "geen Erbij-database")
    assert fingerprint(db_path) == before
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT type, name FROM sqlite_master").fetchall() == [("view", "overzicht")]
