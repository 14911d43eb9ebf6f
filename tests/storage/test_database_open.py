"""Opening a database: which file is chosen, and which files are refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from erbij_desktop.cli import main
from erbij_desktop.domain.events import create_event, list_events
from erbij_desktop.storage import locations
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import NewerDatabaseError, NotAnErbijDatabaseError


def fingerprint(path: Path) -> tuple[str, int, int, list[str]]:
    """Contents, mtime, mode and every file in its folder: any write would show."""
    data = path.read_bytes()
    info = path.stat()
    return hashlib.sha256(data).hexdigest(), info.st_mtime_ns, info.st_mode, sorted(os.listdir(path.parent))


def make_erbij_database(path: Path, title: str = "Bestaand") -> None:
    with open_database(str(path)) as db, db.transaction() as session:
        create_event(session, title)


def test_new_database_and_its_companions_are_private(tmp_path: Path) -> None:
    path = tmp_path / "nieuw" / "erbij.sqlite"
    with open_database(str(path)) as db:
        with db.transaction() as session:
            create_event(session, "Privé")
        for file in (path, path.with_name("erbij.sqlite-wal"), path.with_name("erbij.sqlite.lock")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_newer_database_is_refused_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nieuwer.sqlite"
    make_erbij_database(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
    before = fingerprint(path)

    with pytest.raises(NewerDatabaseError, match="nieuwere versie") as caught:
        open_database(str(path))
    assert caught.value.revision == "9999_from_the_future"
    assert main(["--database", str(path), "list"]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nieuwere versie van Erbij Desktop" in err and "Traceback" not in err
    assert fingerprint(path) == before  # no -wal, -shm or .lock appeared either


def test_random_bytes_file_is_refused_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ruis.sqlite"
    path.write_bytes(os.urandom(8192))
    before = fingerprint(path)

    with pytest.raises(NotAnErbijDatabaseError, match="geen SQLite-bestand"):
        open_database(str(path))
    assert main(["--database", str(path), "list"]) == 1

    err = capsys.readouterr().err
    assert "geen Erbij-database" in err and err.count("\n") == 1
    assert fingerprint(path) == before


@pytest.mark.parametrize("application_id", [0, 0x12345678])
def test_another_programs_sqlite_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], application_id: int
) -> None:
    path = tmp_path / "boekhouding.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoice (amount) VALUES (12.5)")
        conn.commit()
    before = fingerprint(path)

    with pytest.raises(NotAnErbijDatabaseError, match="ander programma"):
        open_database(str(path))
    assert main(["--database", str(path), "list"]) == 1

    assert "geen Erbij-database" in capsys.readouterr().err
    assert fingerprint(path) == before


def test_another_programs_wal_database_gets_no_wal_files(tmp_path: Path) -> None:
    path = tmp_path / "ander.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
    before = fingerprint(path)
    with pytest.raises(NotAnErbijDatabaseError):
        open_database(str(path))
    assert fingerprint(path) == before


def test_database_option_chooses_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chosen = tmp_path / "gekozen.sqlite"
    make_erbij_database(chosen, "Gekozen evenement")
    assert main(["--database", str(chosen), "list"]) == 0
    assert "Gekozen evenement" in capsys.readouterr().out
    assert not locations.default_database_path().exists()


def test_environment_variable_chooses_the_database_and_the_option_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from_env = tmp_path / "uit-omgeving.sqlite"
    from_option = tmp_path / "uit-optie.sqlite"
    make_erbij_database(from_env, "Via de omgeving")
    make_erbij_database(from_option, "Via de optie")
    monkeypatch.setenv(locations.DATABASE_ENV, f"sqlite:///{from_env}")

    assert main(["list"]) == 0
    assert "Via de omgeving" in capsys.readouterr().out
    assert main(["--database", str(from_option), "list"]) == 0
    out = capsys.readouterr().out
    assert "Via de optie" in out and "Via de omgeving" not in out


def test_default_database_lives_in_the_user_data_directory(tmp_path: Path) -> None:
    expected = locations.data_dir() / "erbij.sqlite"
    assert locations.resolve_database_url(None) == f"sqlite:///{expected.resolve()}"
    assert str(expected).startswith(os.environ["XDG_DATA_HOME"])


def test_any_sqlalchemy_url_works(tmp_path: Path) -> None:
    with open_database("sqlite://") as db:  # in memory: no file, no lock, still migrated
        assert db.path is None and db.lock is None
        with db.transaction() as session:
            create_event(session, "In het geheugen")
            assert [e.title for e in list_events(session)] == ["In het geheugen"]


def test_malformed_url_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "nosuchdriver+x://", "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
