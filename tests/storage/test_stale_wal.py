"""A WAL left beside the database belongs to it, or it is set aside, never merged into another file.

Finding 5 of issue 18: the app was killed with 50 saved contributions still in
``erbij.sqlite-wal``; then an older, diverged copy was put back over
``erbij.sqlite``. Opening it made SQLite write the old file's pages over the
copy: contributions replaced, no error. Now the file's epoch (storage.wal_guard)
shows the WAL was written for another version of the file: it is kept aside,
the copy opens as it is, and the user is told.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from erbij_desktop.cli import main
from erbij_desktop.domain.contributions import add_contribution
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Round
from erbij_desktop.storage.database import open_database

KILLED_SESSION = textwrap.dedent(
    """
    import os, sys
    from erbij_desktop.storage.database import open_database
    from erbij_desktop.domain.contributions import add_contribution
    db = open_database(sys.argv[1], backups=False)
    with db.transaction() as session:
        for n in range(int(sys.argv[3])):
            add_contribution(session, int(sys.argv[2]), f"{sys.argv[4]} {n}")
    os._exit(0)  # killed: the saves are only in the WAL
    """
)


def texts(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return sorted(text for (text,) in conn.execute("SELECT text FROM contribution"))


def killed_session(path: Path, round_id: int, count: int, label: str) -> None:
    subprocess.run(
        [sys.executable, "-c", KILLED_SESSION, str(path), str(round_id), str(count), label], check=True
    )


def save(path: Path, round_id: int, count: int, label: str) -> None:
    with open_database(str(path), backups=False) as db, db.transaction() as session:
        for n in range(count):
            add_contribution(session, round_id, f"{label} {n}")


@pytest.fixture
def event_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "erbij.sqlite"
    with open_database(str(path), backups=False) as db, db.transaction() as session:
        event = create_event(session, "Praktijktafel")
        round_ = Round(event_id=event.id, title="Ronde 1", question="Wat werkt?")
        session.add(round_)
        session.commit()
        round_id = round_.id
    save(path, round_id, 10, "Eerst")
    return path, round_id


def test_the_wal_of_a_killed_session_is_still_applied(event_file: tuple[Path, int]) -> None:
    path, round_id = event_file
    killed_session(path, round_id, 50, "Voor de crash")
    with open_database(str(path)) as db:
        assert db.warnings == []
    assert len(texts(path)) == 60


def test_a_stale_wal_is_set_aside_not_merged_into_a_diverged_copy(
    event_file: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, round_id = event_file
    copy = tmp_path / "kopie" / "erbij.sqlite"
    copy.parent.mkdir()
    shutil.copy(path, copy)
    save(copy, round_id, 20, "Alleen in de kopie")  # the copy goes its own way
    killed_session(path, round_id, 50, "Alleen in het origineel")
    wal = path.with_name("erbij.sqlite-wal")
    assert wal.stat().st_size > 0
    stale = wal.read_bytes()
    shutil.copyfile(copy, path)  # the copy is put back over the original; its WAL stays behind
    expected = texts(copy)

    code = main(["--database", str(path), "list"])
    err = capsys.readouterr().err

    assert code == 0
    assert "logbestand" in err and "niet toegepast" in err and err.count("\n") == 1
    assert texts(path) == expected  # exactly the copy: nothing of the old WAL mixed in
    [kept] = path.parent.glob("erbij.sqlite-wal.niet-toegepast-*")
    assert kept.read_bytes() == stale  # kept as it was, for whoever needs it
    with open_database(str(path)) as db:
        assert db.warnings == []  # set aside once; the next open is quiet
