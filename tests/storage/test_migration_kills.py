"""A migration killed at any moment leaves the database at the old revision or the new one, with its data.

Finding 4 of issue 18: migrations ran statement by statement (Python's sqlite3
commits before DDL) with foreign keys on. A kill half-way left half a schema,
refused on every open; a migration that rebuilds ``event`` would cascade-delete
every contribution. Now every upgrade is one transaction with foreign keys off.

The test revision 9100 (tests/storage/revisions, never shipped) rebuilds
``event`` and ``contribution`` and fills a new column. A zygote (tests/forking.py)
forks one worker per kill; each opens a copy of a database at the shipped head
through the app's real open path (backup, then migration) and is killed with
SIGKILL at a random moment, most of them inside the migration. After every
kill the file is checked with plain SQLite (revision old or new, integrity,
foreign keys, every contribution with its text) and opened by the app at the
revision it has; every fifth time the app also finishes the migration.
A few more kills land during a first start (creating the schema from nothing).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from migration_setup import TEST_REVISION, build_copy
from sqlalchemy import select

from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Contribution, EventTable, Round
from erbij_desktop.storage import migrations
from erbij_desktop.storage.database import open_database

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")

HERE = Path(__file__).resolve().parent
KILLS = int(os.environ.get("ERBIJ_MIGRATION_KILLS", "50"))
FIRST_START_KILLS = 10
CONTRIBUTIONS = 1500
# Every table of the schema (as the models have it), for "all or nothing" after a killed first start.
TABLES = {
    "alembic_version", "contribution", "contribution_tag", "event", "event_organiser", "event_table",
    "key_figure", "organisation", "person", "photo", "photo_person", "programme_item",
    "programme_item_person", "quote", "round", "tag",
}  # fmt: skip

import sys  # noqa: E402

sys.path.insert(0, str(HERE.parent))
from forking import Zygote  # noqa: E402

sys.path.pop(0)


def make_database(path: Path, shipped_head: str) -> None:
    """A database at the shipped head with an event, a round and many contributions (raw, fast)."""
    with open_database(str(path), backups=False) as db, db.transaction() as session:
        event = create_event(session, "Praktijktafel die wordt bijgewerkt")
        round_ = Round(event_id=event.id, title="Ronde 1", question="Wat werkt?")
        table = EventTable(event_id=event.id, name="Tafel 1")
        session.add_all([round_, table])
        session.commit()
        ids = (event.id, round_.id, table.id)
    with closing(sqlite3.connect(path)) as conn:
        conn.executemany(
            "INSERT INTO contribution (event_id, round_id, table_id, text, highlighted, position, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 0, ?, '2018-10-04 12:00:00', '2018-10-04 12:00:00')",
            [
                (*ids, f"Bijdrage {n}: samen eten op woensdag, ‘ook voor wie alleen is’.", n)
                for n in range(CONTRIBUTIONS)
            ],
        )
        conn.commit()
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (shipped_head,)


def state(path: Path) -> tuple[str | None, str, int]:
    """(revision, digest of every contribution's id and text, count), read with plain SQLite."""
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None, "", 0
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        rows = conn.execute("SELECT id, text FROM contribution ORDER BY id").fetchall()
        if revision == TEST_REVISION:
            copies = conn.execute("SELECT count(*) FROM contribution WHERE test_copy IS NOT text").fetchone()
            assert copies == (0,), "the new revision is recorded but its data step is missing"
            notes = conn.execute("SELECT test_note FROM event").fetchall()
            assert all(note.startswith("bijgewerkt: ") for (note,) in notes)
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()
    return str(revision), digest, len(rows)


@pytest.fixture
def test_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    shipped_head = migrations.head_revision()
    folder = build_copy(tmp_path / "migrations")
    monkeypatch.setattr(migrations, "migrations_dir", lambda: folder)
    migrations._script.cache_clear()
    yield folder, shipped_head
    migrations._script.cache_clear()


def test_a_rebuilding_migration_keeps_every_contribution(
    tmp_path: Path, test_migrations: tuple[Path, str]
) -> None:
    """Foreign keys are off while a migration rebuilds ``event``: nothing cascades away."""
    _folder, shipped_head = test_migrations
    path = tmp_path / "erbij.sqlite"
    with monkeypatch_head(shipped_head):
        make_database(path, shipped_head)
    revision, digest, count = state(path)
    assert (revision, count) == (shipped_head, CONTRIBUTIONS)

    with open_database(str(path)) as db, db.transaction() as session:
        assert migrations.current_revision(db.engine) == TEST_REVISION
        assert len(session.scalars(select(Contribution)).all()) == CONTRIBUTIONS
        assert db.engine.dialect.name == "sqlite"
        with db.engine.connect() as conn:  # foreign keys are on again for the app's own work
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert state(path) == (TEST_REVISION, digest, CONTRIBUTIONS)


class monkeypatch_head:
    """Build the starting database with the shipped migrations only (not the test revision)."""

    def __init__(self, head: str) -> None:
        self.head = head

    def __enter__(self) -> None:
        self.saved = migrations.migrations_dir
        from erbij_desktop.resources import migrations_dir

        migrations.migrations_dir = migrations_dir  # type: ignore[assignment]
        migrations._script.cache_clear()

    def __exit__(self, *exc: object) -> None:
        migrations.migrations_dir = self.saved  # type: ignore[assignment]
        migrations._script.cache_clear()


@pytest.mark.slow
def test_killed_at_random_points_during_migration(tmp_path: Path, test_migrations: tuple[Path, str]) -> None:
    folder, shipped_head = test_migrations
    template = tmp_path / "template.sqlite"
    with monkeypatch_head(shipped_head):
        make_database(template, shipped_head)
    expected = state(template)
    rng = random.Random(20181004)
    zygote = Zygote(HERE / "migration_jobs.py", str(folder))
    started = time.monotonic()
    try:
        # How long an open takes, and when in it the migration runs (measured, not guessed).
        timings = []
        for n in range(3):
            work = tmp_path / f"calibrate-{n}.sqlite"
            shutil.copy(template, work)
            outcome = zygote.run("open_db", {"path": str(work)})
            assert not outcome.killed and "opened" in outcome.marks, outcome.lines
            timings.append(outcome.marks)
        duration = max(t["migrated"] - t["migrating"] for t in timings)
        whole = max(t["opened"] for t in timings)

        inside = 0
        for kill in range(KILLS):
            work = tmp_path / f"kill-{kill}.sqlite"
            shutil.copy(template, work)
            if kill % 3:  # two in three: somewhere inside the migration
                outcome = zygote.run(
                    "open_db",
                    {"path": str(work)},
                    kill_after=rng.uniform(0, duration),
                    after_mark="migrating",
                )
            else:  # the rest anywhere in the open: fork, checks, backup, migration, epoch
                outcome = zygote.run("open_db", {"path": str(work)}, kill_after=rng.uniform(0, 1.1 * whole))
            inside += outcome.killed and "migrating" in outcome.marks and "migrated" not in outcome.marks
            revision, digest, count = state(work)
            assert revision in (shipped_head, TEST_REVISION), f"kill {kill}: revision {revision}"
            assert (digest, count) == expected[1:], f"kill {kill}: contributions changed"
            # The app opens it as it is (old or new revision) ...
            with open_database(str(work), migrate=False) as db:
                assert migrations.current_revision(db.engine) == revision
            # ... and, now and then, finishes the migration too.
            if kill % 5 == 0:
                open_database(str(work)).close()
                assert state(work) == (TEST_REVISION, *expected[1:])
            shutil.rmtree(tmp_path / "backups", ignore_errors=True)
            for leftover in tmp_path.glob(f"kill-{kill}.sqlite*"):
                leftover.unlink()

        # A first start killed half-way: never half a schema, and the next start makes it whole.
        fresh_whole = 0.0
        for kill in range(FIRST_START_KILLS):
            work = tmp_path / f"fresh-{kill}.sqlite"
            if kill == 0:
                outcome = zygote.run("open_db", {"path": str(work)})
                fresh_whole = outcome.marks["opened"]
            else:
                outcome = zygote.run("open_db", {"path": str(work)}, kill_after=rng.uniform(0, fresh_whole))
            if work.exists():
                revision, _digest, count = state(work)
                assert revision in (None, TEST_REVISION) and count == 0
                with closing(sqlite3.connect(work)) as conn:
                    tables = {
                        n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                    }
                assert tables in (set(), TABLES), f"first start {kill}: {tables}"
            with open_database(str(work)) as db:
                assert migrations.current_revision(db.engine) == TEST_REVISION
    finally:
        zygote.stop()
    assert inside >= KILLS // 2, f"only {inside} of {KILLS} kills landed inside the migration"
    took = time.monotonic() - started
    print(f"\n{KILLS + FIRST_START_KILLS} kills in {took:.1f} s, {inside} of {KILLS} inside the migration")
