"""Rolling backups: made with the online backup API, pruned, listed, and restored."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from erbij_desktop.cli import main
from erbij_desktop.domain.events import create_event, list_events
from erbij_desktop.storage import backups
from erbij_desktop.storage.backups import BackupPolicy, BackupScheduler
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import BackupError, DatabaseInUseError
from erbij_desktop.storage.restore import restore_backup


def titles(path: Path) -> list[str]:
    with open_database(str(path), backups=False) as db, db.transaction() as session:
        return sorted(e.title for e in list_events(session))


def add_events(path: Path, *names: str) -> None:
    with open_database(str(path), backups=False) as db, db.transaction() as session:
        for name in names:
            create_event(session, name)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_of_an_open_database_is_complete_private_and_standalone(db_path: Path) -> None:
    with open_database(str(db_path)) as db:
        with db.transaction() as session:
            create_event(session, "Vóór de kopie")
        copy = backups.backup_database(db_path)  # the WAL is not checkpointed yet
        with db.transaction() as session:
            create_event(session, "Na de kopie")
    assert copy.parent == db_path.parent / "backups"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert not list(copy.parent.glob("*.part")) and not list(copy.parent.glob("*-wal"))
    with closing(sqlite3.connect(f"file:{copy}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT title FROM event").fetchall() == [("Vóór de kopie",)]


def test_backups_are_listed_newest_first_with_size_and_event_count(db_path: Path) -> None:
    add_events(db_path, "Een")
    first = backups.backup_database(db_path, reason=backups.REASON_TIMER)
    add_events(db_path, "Twee")
    second = backups.backup_database(db_path, reason=backups.REASON_TIMER)
    (db_path.parent / "backups" / "iets-anders.txt").write_text("niet van ons")

    listed = backups.list_backups(db_path)
    assert [b.path for b in listed] == [second, first]
    assert [b.events() for b in listed] == [2, 1]
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)
    assert listed[0].created >= listed[1].created


def test_pruning_keeps_the_last_n_of_each_kind(db_path: Path) -> None:
    add_events(db_path, "Een")
    rolling = [backups.backup_database(db_path, reason=backups.REASON_TIMER) for _ in range(4)]
    safety = backups.backup_database(db_path, reason=backups.REASON_MIGRATION)

    removed = backups.prune_backups(db_path, keep=2)

    assert sorted(removed) == sorted(rolling[:2])
    assert [b.path for b in backups.list_backups(db_path)] == [safety, rolling[3], rolling[2]]


def test_open_backs_up_only_when_something_changed(db_path: Path) -> None:
    add_events(db_path, "Een")
    assert backups.list_backups(db_path) == []  # opened with backups=False so far
    open_database(str(db_path)).close()
    assert [b.reason for b in backups.list_backups(db_path)] == [backups.REASON_OPEN]
    open_database(str(db_path)).close()
    assert len(backups.list_backups(db_path)) == 1  # unchanged: no second copy
    add_events(db_path, "Twee")
    open_database(str(db_path)).close()
    newest = backups.list_backups(db_path)[0]
    assert len(backups.list_backups(db_path)) == 2 and newest.events() == 2


def test_scheduler_backs_up_every_interval_while_there_are_changes(db_path: Path) -> None:
    now = [0.0]
    with open_database(str(db_path)) as db:
        scheduler = BackupScheduler(
            db_path, lambda: db.changes, BackupPolicy(keep=2, interval_minutes=5), clock=lambda: now[0]
        )
        now[0] = 600.0
        assert not scheduler.due()  # time passed, but nothing changed
        with db.transaction() as session:
            create_event(session, "Een")
        now[0] = 601.0
        assert scheduler.due()
        made = scheduler.run_if_due()
        assert made is not None and made == scheduler.last_backup
        assert scheduler.run_if_due() is None  # nothing new
        with db.transaction() as session:
            create_event(session, "Twee")
        now[0] = 700.0
        assert not scheduler.due()  # changed, but too soon
        for step in range(3):
            with db.transaction() as session:
                create_event(session, f"Nog {step}")
            now[0] += 301
            assert scheduler.run_if_due() is not None
    kept = backups.list_backups(db_path)
    assert len([b for b in kept if b.rolling]) == 2
    assert kept[0].events() == 5


def test_policy_is_a_saved_setting() -> None:
    from erbij_desktop.storage.locations import config_dir

    (config_dir() / "backups.json").unlink(missing_ok=True)  # the app's settings dialog test saved one
    assert backups.load_policy() == BackupPolicy()
    backups.save_policy(BackupPolicy(keep=3, interval_minutes=2))
    assert backups.load_policy() == BackupPolicy(keep=3, interval_minutes=2)
    with pytest.raises(ValueError):
        BackupPolicy(keep=0)


def test_restore_round_trip_backs_up_the_current_file_first(db_path: Path) -> None:
    add_events(db_path, "Ochtend")
    morning = backups.backup_database(db_path, reason=backups.REASON_TIMER)
    add_events(db_path, "Middag")

    result = restore_backup(morning, db_path)

    assert titles(db_path) == ["Ochtend"]
    assert result.previous_backup is not None and result.previous_moved_to is None
    assert titles(result.previous_backup) == ["Middag", "Ochtend"]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    # and back again: nothing is ever lost by restoring
    restore_backup(result.previous_backup, db_path)
    assert titles(db_path) == ["Middag", "Ochtend"]


def test_restore_over_a_damaged_file_moves_it_aside_untouched(db_path: Path) -> None:
    add_events(db_path, "Goed")
    good = backups.backup_database(db_path, reason=backups.REASON_TIMER)
    db_path.write_bytes(b"kapot" * 1000)
    damaged = digest(db_path)

    result = restore_backup(good, db_path)

    assert result.previous_moved_to is not None and digest(result.previous_moved_to) == damaged
    assert titles(db_path) == ["Goed"]


def test_restore_refuses_a_file_that_is_no_backup(db_path: Path, tmp_path: Path) -> None:
    add_events(db_path, "Blijft")
    before = digest(db_path)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"geen database")
    with pytest.raises(BackupError, match="geen reservekopie"):
        restore_backup(bogus, db_path)
    assert digest(db_path) == before


def test_restore_refuses_while_this_process_has_the_database_open(db_path: Path) -> None:
    add_events(db_path, "Open")
    copy = backups.backup_database(db_path)
    with open_database(str(db_path)), pytest.raises(DatabaseInUseError):
        restore_backup(copy, db_path)


def test_cli_lists_and_restores_backups(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_events(db_path, "Eerste versie")
    assert main(["--database", str(db_path), "backups", "--create"]) == 0
    add_events(db_path, "Tweede")
    capsys.readouterr()

    assert main(["--database", str(db_path), "backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    number, date, size, events, reason, name = lines[0].split("\t")
    assert number == "1" and size.endswith("kB") and events == "1 evenement" and reason == "handmatig"
    assert date[:2] == "20" and name.endswith(".sqlite")

    assert main(["--database", str(db_path), "restore", "1"]) == 0
    out = capsys.readouterr().out
    assert "Teruggezet" in out and "vorige versie is bewaard" in out
    assert titles(db_path) == ["Eerste versie"]

    assert main(["--database", str(db_path), "backups"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == 2 and "voor terugzetten" in listing[0] and "2 evenementen" in listing[0]


def test_cli_restore_of_an_unknown_backup_is_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_events(db_path, "Een")
    assert main(["--database", str(db_path), "restore", "7"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "geen reservekopie nummer 7" in err


def test_cli_keep_setting_prunes(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_events(db_path, "Een")
    for _ in range(3):
        backups.backup_database(db_path, reason=backups.REASON_TIMER)
    assert main(["--database", str(db_path), "backups", "--keep", "1"]) == 0
    assert backups.load_policy().keep == 1
    assert len(backups.list_backups(db_path)) == 1
    assert main(["--database", str(db_path), "backups", "--keep", "0"]) == 1
    assert "--keep" in capsys.readouterr().err


def test_a_file_set_aside_is_listed_and_can_be_restored(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding 2 of issue 18: a file set aside (here: as an older version did, with its WAL) stays
    reachable from the app: listed with the backups, never pruned, and restorable."""
    add_events(db_path, "Opzij gezet")
    aside = db_path.with_name("erbij.sqlite.beschadigd-20261201-101500-000000")
    db_path.rename(aside)
    add_events(db_path, "Nieuw begonnen")
    capsys.readouterr()

    assert main(["--database", str(db_path), "backups"]) == 0
    listing = capsys.readouterr().out.splitlines()
    [line] = [entry for entry in listing if aside.name in entry]
    assert "opzij gezet bij terugzetten" in line and "1 evenement" in line
    assert aside not in backups.prune_backups(db_path, 1)

    assert main(["--database", str(db_path), "restore", aside.name]) == 0
    assert titles(db_path) == ["Opzij gezet"]
    assert aside.exists()
