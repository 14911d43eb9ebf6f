"""The README's organisation server: a login role with only the privileges it grants can do the app's work.

The database is made as the README says (an owner role that owns it, a login
role for the laptops), migrated as the owner, then the README's very GRANT
statements run; then the app works as the limited role: it imports, captures,
edits, undoes, deletes, exports and takes publishing's replace, and it cannot
change the schema.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres import PORT, PostgresServer
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from erbij_desktop.app.capture_actions import add_contribution
from erbij_desktop.app.library import Library
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.events import get_event, update_event
from erbij_desktop.domain.models import Contribution, Event, Round
from erbij_desktop.storage.archive import export_archive
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.errors import DatabaseUnavailableError
from erbij_desktop.storage.publish import Choice, copy_event, export_all

README = Path(__file__).resolve().parents[2] / "README.md"
_numbers = itertools.count(1)


def readme_grants() -> list[str]:
    """The statements of the SQL block in the README's organisation-server section."""
    section = README.read_text(encoding="utf-8").split("## An organisation server", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sql\n(.*?)```", section, re.S)
    assert block is not None, "the README lost its GRANT statements"
    return [s.strip() for s in block.group(1).split(";") if s.strip()]


class Organisation:
    """A database made as the README says, with roles of this test's own (roles are per server)."""

    def __init__(self, server: PostgresServer) -> None:
        tag = f"{os.getpid()}_{next(_numbers)}"
        self.server = server
        self.owner, self.app, self.name = f"erbij_owner_{tag}", f"erbij_app_{tag}", f"erbij_org_{tag}"
        server.sql(f'CREATE ROLE "{self.owner}" LOGIN')
        server.sql(f'CREATE ROLE "{self.app}" LOGIN')
        server.sql(f'CREATE DATABASE "{self.name}" OWNER "{self.owner}"')

    def url(self, role: str) -> str:
        return f"postgresql+psycopg://{role}@/{self.name}?host={self.server.socket_dir}&port={PORT}"

    def grant(self) -> None:
        """The README's statements, with this test's names, run as the README says (psql as postgres)."""
        for statement in readme_grants():
            statement = re.sub(r"\berbij_owner\b", self.owner, statement)
            statement = re.sub(r"\berbij_app\b", self.app, statement)
            self.server.sql(statement, database=self.name)

    def remove(self) -> None:
        self.server.drop_database(self.name)  # with it its default privileges, so the roles can go
        for role in (self.app, self.owner):
            self.server.sql(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def organisation(pg_server: PostgresServer) -> Iterator[Organisation]:
    made = Organisation(pg_server)
    try:
        yield made
    finally:
        made.remove()


@pytest.fixture
def limited(organisation: Organisation) -> Iterator[Database]:
    open_database(organisation.url(organisation.owner), backups=False).close()  # migrated by the owner
    organisation.grant()
    with open_database(organisation.url(organisation.app), backups=False) as db:
        yield db


def test_the_limited_role_does_the_apps_work(
    limited: Database, tmp_path: Path, migrated_template: Path
) -> None:
    with limited.transaction() as session:
        demo, _ = import_demo(session)  # an archive import: ids from the server's sequences
        event_id = demo.id
        round_id = session.scalars(select(Round.id).where(Round.event_id == event_id)).first()
    assert round_id is not None
    workspace = Workspace(limited, event_id)
    row = add_contribution(
        workspace, round_id, "Een nieuwe bijdrage van tafel 1.", person="Noor", organisation="GGD"
    )
    workspace.run("Titel wijzigen", lambda s: update_event(s, get_event(s, event_id), title="Nieuwe titel"))
    assert workspace.undo() == "Titel wijzigen"
    with limited.session() as session:
        assert get_event(session, event_id).title != "Nieuwe titel"
        assert session.get(Contribution, row.id) is not None
        export_archive(session, get_event(session, event_id), tmp_path / "demo.erbij")
    folder = tmp_path / "alles"
    folder.mkdir()
    assert len(export_all(limited, folder)) == 1

    laptop_file = tmp_path / "laptop.sqlite"
    shutil.copy2(migrated_template, laptop_file)
    with open_database(str(laptop_file), backups=False) as laptop:
        with laptop.transaction() as session:
            local_id = import_demo(session)[0].id
        copied = copy_event(laptop, local_id, limited, Choice.REPLACE)  # delete and insert
    assert copied.replaced
    Library(limited).delete_event(copied.event_id)
    with limited.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 0


def test_the_limited_role_cannot_change_the_schema(limited: Database) -> None:
    for statement in (
        "CREATE TABLE intruder (id int)",
        "DROP TABLE contribution",
        "ALTER TABLE event ADD COLUMN extra text",
        "UPDATE alembic_version SET version_num = 'x'",
    ):
        with limited.connect() as conn, pytest.raises(DBAPIError, match=r"permission denied|must be owner"):
            conn.execute(text(statement))


def test_a_database_the_owner_did_not_migrate_is_refused(organisation: Organisation) -> None:
    with pytest.raises(DatabaseUnavailableError, match="kan niet worden geopend"):
        open_database(organisation.url(organisation.app), backups=False)
    owner = open_database(organisation.url(organisation.owner), migrate=False, backups=False)
    with owner, owner.connect() as conn:
        tables = conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
    assert tables == 0  # nothing half-made
