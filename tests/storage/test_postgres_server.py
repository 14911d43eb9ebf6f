"""A PostgreSQL server as the database: migrated once under a lock, a newer schema refused, data intact.

Each test gets an empty database of its own on the session's server
(tests/postgres.py). The two-process test starts two interpreters that wait on
one file and then open the same empty database at once: both open it, and the
migration ran in exactly one of them (the other waited on the advisory lock and
found the schema at head).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from postgres import PostgresServer
from sqlalchemy import MetaData, create_engine, select, text, update
from test_migrations_upgrade import FIRST, make_first_revision_database

from erbij_desktop.domain.models import Contribution, Event, Photo
from erbij_desktop.storage import migrations, server_db
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import DatabaseUnavailableError, NewerDatabaseError


@pytest.fixture
def empty_url(pg_server: PostgresServer) -> Iterator[str]:
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


def test_a_newer_schema_on_the_server_is_refused_and_left_alone(empty_url: str) -> None:
    open_database(empty_url).close()
    engine = create_engine(empty_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
            tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
        with pytest.raises(NewerDatabaseError, match="schemaversie \\(9999\\)") as refused:
            open_database(empty_url)
        assert "Er is niets gewijzigd" in str(refused.value)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
            after = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
            assert after == tables
    finally:
        engine.dispose()


_STARTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from alembic import command
    from erbij_desktop.storage.database import open_database

    real = command.upgrade
    def upgrade(*args, **kwargs):
        print("migrating", flush=True)
        time.sleep(0.5)  # the other process is surely waiting on the lock meanwhile
        return real(*args, **kwargs)
    command.upgrade = upgrade
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.01)
    open_database(sys.argv[1]).close()
    print("opened", flush=True)
    """
)


def test_two_processes_starting_at_once_migrate_once(empty_url: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", _STARTER, empty_url, str(go)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    time.sleep(1.0)  # both have imported the app and wait for the file (not a timed assertion)
    go.touch()
    outputs = [starter.communicate(timeout=120)[0].split() for starter in starters]
    assert [starter.returncode for starter in starters] == [0, 0]
    assert all("opened" in words for words in outputs)
    assert sum(words.count("migrating") for words in outputs) == 1
    engine = create_engine(empty_url)
    try:
        assert migrations.current_revision(engine) == migrations.head_revision()
    finally:
        engine.dispose()


def _rows(url: str) -> dict[str, list[dict[str, Any]]]:
    engine = create_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as conn:
            return {
                name: [dict(row._mapping) for row in conn.execute(select(table))]
                for name, table in metadata.tables.items()
                if name != "alembic_version"
            }
    finally:
        engine.dispose()


def _copy_first_revision_rows(source: str, target: str) -> None:
    """The first-revision test rows (tests/storage/test_migrations_upgrade.py), typed for the server."""
    engine, server = create_engine(source), create_engine(target)
    try:
        old, new = MetaData(), MetaData()
        old.reflect(engine)
        new.reflect(server)
        with engine.connect() as read, server.begin() as write:
            chairs = {}
            for table in new.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(row._mapping) for row in read.execute(select(old.tables[table.name]))]
                for row in rows:
                    for column in table.columns:
                        if row.get(column.name) is not None and column.type.python_type is bool:
                            row[column.name] = bool(row[column.name])
                    if table.name == "event":
                        chairs[row["id"]] = row.pop("chair_id")
                if rows:
                    write.execute(table.insert(), rows)
            for event_id, chair in chairs.items():
                event = new.tables["event"]
                write.execute(update(event).where(event.c.id == event_id).values(chair_id=chair))
    finally:
        engine.dispose()
        server.dispose()


def test_a_first_revision_database_migrates_to_head_with_its_data(empty_url: str, tmp_path: Path) -> None:
    source = tmp_path / "first.sqlite"
    make_first_revision_database(source)
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine, FIRST)
    finally:
        engine.dispose()
    _copy_first_revision_rows(f"sqlite:///{source}", empty_url)
    original = _rows(empty_url)
    assert sum(len(rows) for rows in original.values()) >= 15
    with open_database(empty_url) as db:
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        with db.transaction() as session:
            event = session.scalars(select(Event)).one()
            assert event.title == "Samen tegen eenzaamheid"
            assert event.chair is not None and event.chair.name == "Ayşe Doğan"
            texts = {c.id: (c.text, c.text_for_report) for c in session.scalars(select(Contribution))}
            assert texts == {
                1: ("Maak ‘ontmoeten’ gewoon", "Maak ‘ontmoeten’ gewoon"),
                2: ("مرحبا بالجميع", "Welkom allemaal"),
            }
            assert session.get_one(Photo, 1).image == bytes.fromhex("FFD8FFE000104A464946")
    after = _rows(empty_url)
    for table, rows in original.items():
        for row in rows:  # every row is still there with every value of a column that is still there
            assert any(all(now[k] == v for k, v in row.items() if k in now) for now in after[table]), table


def test_a_password_is_masked_in_messages_and_refused_for_the_settings(pg_server: PostgresServer) -> None:
    url = f"postgresql+psycopg://erbij:geheim@/nergens?host={pg_server.socket_dir}&port=1"
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(url)
    assert "geheim" not in str(refused.value) and "kan niet worden geopend" in str(refused.value)
    assert ".pgpass" in (server_db.password_problem(url) or "")
    assert ".pgpass" in (server_db.password_problem("postgresql:///erbij?password=geheim") or "")
    assert "geheim" not in server_db.shown("postgresql:///erbij?password=geheim")
    assert server_db.password_problem(pg_server.url("erbij")) is None
    assert server_db.password_problem("postgresql:///?service=erbij") is None


def test_other_servers_are_refused_with_a_clear_message() -> None:
    with pytest.raises(DatabaseUnavailableError, match="Alleen SQLite-bestanden en PostgreSQL"):
        open_database("mysql://localhost/erbij")
    assert server_db.checked("postgresql:///erbij") == "postgresql+psycopg:///erbij"
