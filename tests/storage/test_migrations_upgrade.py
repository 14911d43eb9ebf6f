"""Old databases upgrade to the current schema with every value intact.

Written over the whole revision chain, so each revision another developer adds
is exercised: a database is created at the first revision, filled with raw SQL
(the first revision's schema never changes), then upgraded one revision at a
time; after every step every value that still has a column is unchanged. At
head the ORM reads the data back, the schema matches the models, and opening
through the app made a timestamped backup first.
"""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select

from erbij_desktop.domain.models import Base, Contribution, Event, Photo, Quote
from erbij_desktop.storage import migrations
from erbij_desktop.storage.backups import REASON_MIGRATION, list_backups
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.sqlite_file import stored_revision

FIRST = "0001"

# Realistic rows for every table of the first revision, with the characters that
# break careless code (ë, ş, curly quotes, Arabic, newlines).
FILL_0001 = [
    """INSERT INTO event (id, uid, title, event_date, start_time, end_time, venue, city, chair_id,
       attendance_expected, attendance_actual, purpose, lead, conclusion, background_heading,
       background_text, report_language, report_status, published_on, modified_on, logo, logo_mime,
       created_at, updated_at)
       VALUES (1, 'a1b2c3d4e5f60718293a4b5c6d7e8f90', 'Samen tegen eenzaamheid', '2018-10-04',
       '13:00:00.000000', '17:00:00.000000', 'Het Rode Dorp', 'Baarn', NULL, 60, 57,
       'uitwisselen over eenzaamheid', 'Ruim vijftig deelnemers…', 'Tot slot: ‘doe mee’',
       'Achtergrond', 'Eenzaamheid is van ons allemaal.', 'nl', 'draft', NULL, '2018-10-05',
       X'89504E47', 'image/png', '2018-10-01 08:00:00.000000', '2018-10-05 09:30:00.000000')""",
    "INSERT INTO organisation (id, event_id, name, name_key)"
    " VALUES (1, 1, 'Gemeente Baarn', 'gemeente baarn')",
    """INSERT INTO person (id, event_id, name, name_key, role, organisation_id, consent_to_name)
       VALUES (1, 1, 'Ayşe Doğan', 'ayşe doğan', 'wethouder', 1, 1),
              (2, 1, 'Joëlle de Vries', 'joëlle de vries', 'ervaringsdeskundige', NULL, 0)""",
    "UPDATE event SET chair_id = 1 WHERE id = 1",
    "INSERT INTO event_organiser (event_id, organisation_id, position) VALUES (1, 1, 0)",
    """INSERT INTO programme_item (id, event_id, position, kind, heading, planned_start, duration_minutes,
       actual_start, actual_end, narrative)
       VALUES (1, 1, 0, 'opening', 'Welkom', '13:00:00.000000', 15, '2018-10-04 11:02:00.000000', NULL,
               'De voorzitter opent.\nTweede regel.'),
              (2, 1, 1, 'roundtable', 'Aan tafel', '14:00:00.000000', 60, NULL, NULL, '')""",
    "INSERT INTO programme_item_person (programme_item_id, person_id, position) VALUES (1, 1, 0)",
    """INSERT INTO quote (id, event_id, programme_item_id, speaker_id, position, text, is_headline)
       VALUES (1, 1, 1, 1, 0, 'Eenzaamheid is van ons allemaal', 1)""",
    """INSERT INTO key_figure (id, event_id, programme_item_id, position, value, text, source)
       VALUES (1, 1, 1, 0, '43%', 'van de volwassenen voelt zich wel eens eenzaam', 'CBS')""",
    """INSERT INTO round (id, event_id, programme_item_id, position, title, question, planned_minutes, intro,
       started_at, ended_at)
       VALUES (1, 1, 2, 0, 'Ronde 1', 'Wat werkt?', 30, 'In de eerste ronde…',
               '2018-10-04 12:00:00.000000', '2018-10-04 12:30:00.000000')""",
    "INSERT INTO event_table (id, event_id, position, name, host_id) VALUES (1, 1, 0, 'Tafel 1', 2)",
    "INSERT INTO tag (id, event_id, name, name_key) VALUES (1, 1, 'Buurt', 'buurt')",
    """INSERT INTO contribution (id, event_id, round_id, table_id, text, report_text, person_id,
       organisation_id, highlighted, position, created_at, updated_at)
       VALUES (1, 1, 1, 1, 'Maak ‘ontmoeten’ gewoon', NULL, 2, 1, 1, 0,
               '2018-10-04 12:05:00.000000', '2018-10-04 12:05:00.000000'),
              (2, 1, 1, NULL, 'مرحبا بالجميع', 'Welkom allemaal', NULL, NULL, 0, 1,
               '2018-10-04 12:06:00.000000', '2018-10-04 12:07:00.000000')""",
    "INSERT INTO contribution_tag (contribution_id, tag_id) VALUES (1, 1)",
    """INSERT INTO photo (id, event_id, position, image, mime, sha256, width, height, filename, caption,
       credit, consent, after_item_id, created_at)
       VALUES (1, 1, 0, X'FFD8FFE000104A464946', 'image/jpeg', 'ab', 640, 480, 'zaal.jpg', 'De zaal',
               'Foto: Anne', 1, 1, '2018-10-04 13:00:00.000000')""",
    "INSERT INTO photo_person (photo_id, person_id) VALUES (1, 2)",
]


def revision_chain() -> list[str]:
    """All revisions, oldest first."""
    return [script.revision for script in reversed(list(migrations._script().walk_revisions()))]


def table_rows(path: Path) -> dict[str, dict[tuple[object, ...], dict[str, object]]]:
    """Every row of every table, keyed by primary key (or the whole row), column by column."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
            if name != "alembic_version"
        ]
        result: dict[str, dict[tuple[object, ...], dict[str, object]]] = {}
        for table in tables:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [row[1] for row in info]
            keys = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]] or columns
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            by_key = {}
            for row in rows:
                record = dict(zip(columns, row, strict=True))
                by_key[tuple(record[k] for k in keys)] = record
            result[table] = by_key
    return result


def assert_still_there(before: dict, after: dict) -> None:  # type: ignore[type-arg]
    for table, rows in before.items():
        if table not in after:
            continue  # a revision dropped the table on purpose; the ORM check below covers the rest
        assert set(rows) <= set(after[table]), f"rows lost from {table}"
        for key, record in rows.items():
            now = after[table][key]
            for column, value in record.items():
                if column in now:
                    assert now[column] == value, f"{table}.{column} changed for {key}"


def make_first_revision_database(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrations.upgrade(engine, FIRST)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        for statement in FILL_0001:
            conn.execute(statement)
        conn.commit()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_chain_starts_at_the_first_revision_and_is_linear() -> None:
    chain = revision_chain()
    assert chain[0] == FIRST
    assert chain[-1] == migrations.head_revision()
    assert len(set(chain)) == len(chain)
    assert len(migrations._script().get_heads()) == 1, "two migration heads: merge them"


def test_each_revision_step_keeps_every_value(tmp_path: Path) -> None:
    path = tmp_path / "stepwise.sqlite"
    make_first_revision_database(path)
    original = table_rows(path)
    assert sum(len(rows) for rows in original.values()) >= 15
    engine = create_engine(f"sqlite:///{path}")
    try:
        for revision in revision_chain()[1:]:
            migrations.upgrade(engine, revision)
            assert migrations.current_revision(engine) == revision
            assert_still_there(original, table_rows(path))
    finally:
        engine.dispose()


def test_first_revision_database_opens_at_head_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_first_revision_database(path)
    original = table_rows(path)

    with open_database(str(path)) as db:
        assert migrations.current_revision(db.engine) == migrations.head_revision()
        with db.transaction() as session:
            event = session.scalars(select(Event)).one()
            assert event.title == "Samen tegen eenzaamheid"
            assert event.chair is not None and event.chair.name == "Ayşe Doğan"
            assert [o.name for o in event.organisers] == ["Gemeente Baarn"]
            assert event.headline_quote is not None
            assert event.headline_quote.text == "Eenzaamheid is van ons allemaal"
            texts = {c.id: (c.text, c.text_for_report) for c in session.scalars(select(Contribution))}
            assert texts == {
                1: ("Maak ‘ontmoeten’ gewoon", "Maak ‘ontmoeten’ gewoon"),
                2: ("مرحبا بالجميع", "Welkom allemaal"),
            }
            assert [t.name for t in session.get_one(Contribution, 1).tags] == ["Buurt"]
            photo = session.get_one(Photo, 1)
            assert photo.image == bytes.fromhex("FFD8FFE000104A464946")
            assert [p.name for p in photo.people] == ["Joëlle de Vries"]
            assert session.get_one(Quote, 1).speaker is not None
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    assert_still_there(original, table_rows(path))
    if migrations.head_revision() != FIRST:
        [backup] = [b for b in list_backups(path) if b.reason == REASON_MIGRATION]
        assert stored_revision(backup.path) == FIRST
        assert table_rows(backup.path) == original


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A copy of the migrations with one more revision on top, as the next release would ship."""
    copy = tmp_path / "db"
    shutil.copytree(migrations.migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.head_revision()
    (copy / "versions" / "9000_test_extra.py").write_text(
        textwrap.dedent(
            f'''
            """Test-only revision: adds a column."""
            import sqlalchemy as sa
            from alembic import op

            revision = "9000"
            down_revision = "{head}"
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
                with op.batch_alter_table("event") as batch:
                    batch.add_column(sa.Column("test_extra", sa.Text(), nullable=True))


            def downgrade() -> None:
                with op.batch_alter_table("event") as batch:
                    batch.drop_column("test_extra")
            '''
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(migrations, "migrations_dir", lambda: copy)
    migrations._script.cache_clear()
    yield "9000"
    migrations._script.cache_clear()


def test_migration_is_preceded_by_a_timestamped_backup(tmp_path: Path, extra_revision: str) -> None:
    path = tmp_path / "erbij.sqlite"
    make_first_revision_database(path)
    original = table_rows(path)

    with open_database(str(path)) as db:
        assert migrations.current_revision(db.engine) == extra_revision

    backups = [b for b in list_backups(path) if b.reason == REASON_MIGRATION]
    assert len(backups) == 1
    backup = backups[0]
    assert backup.path.parent == tmp_path / "backups"
    assert backup.path.name.startswith("erbij-") and backup.created.year >= 2024
    assert stored_revision(backup.path) == FIRST
    assert table_rows(backup.path) == original
    upgraded = table_rows(path)
    assert_still_there(original, upgraded)
    assert all(row["test_extra"] is None for row in upgraded["event"].values())
