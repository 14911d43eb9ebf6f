"""Run the Alembic migrations shipped in ``db/`` against an open engine.

Every open of a database needs two facts: which revisions exist and which is
the head. Alembic (with Mako and Pygments behind it) takes a fifth of a second
to import, so those facts are read straight from the revision files
(``revision = "..."``, ``down_revision = ...``); Alembic itself is imported
only to migrate, or when the files hold something that simple reading does not
understand (a merge, a branch), and then it answers as before.

On SQLite every upgrade runs in **one transaction with foreign keys off**, as
SQLite documents for schema changes (https://sqlite.org/lang_altertable.html,
"Making Other Kinds Of Table Schema Changes"): ``PRAGMA foreign_keys=OFF``,
``BEGIN``, all migrations, ``PRAGMA foreign_key_check``, ``COMMIT``, foreign
keys on again. A process killed half-way leaves the file at the old revision
with all its data (SQLite rolls the transaction back), never half a schema;
and a migration that rebuilds a table (Alembic's batch mode drops and renames)
cannot cascade-delete the rows that refer to it. Python's sqlite3 module would
commit before every DDL statement by itself, so the connection runs in
autocommit mode and the transaction is begun and ended here, explicitly.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection, Engine

from erbij_desktop.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

_REVISION = re.compile(r"""^revision\s*(?::[^=\n]*)?=\s*["']([^"'\n]+)["']\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision\s*(?::[^=\n]*)?=\s*(?:None|["']([^"'\n]+)["'])\s*$""", re.MULTILINE
)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _linear_history() -> tuple[frozenset[str], str] | None:
    """(every revision, the head) from the files, or None when only Alembic can tell."""
    return _history_in(migrations_dir())


@cache
def _history_in(folder: Path) -> tuple[frozenset[str], str] | None:
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((folder / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        found, down = _REVISION.findall(text), _DOWN_REVISION.findall(text)
        if len(found) != 1 or len(down) != 1 or found[0] in revisions:
            return None
        revisions.add(found[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    history = _linear_history()
    if history is not None:
        return history[1]
    head = _script().get_current_head()
    assert head is not None, "db/versions holds no migrations"
    return head


def known_revisions() -> frozenset[str]:
    history = _linear_history()
    if history is not None:
        return history[0]
    return frozenset(rev.revision for rev in _script().walk_revisions())


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class MigrationFailedError(Exception):
    """A migration could not complete; on SQLite nothing of it was kept."""


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
        return
    with engine.connect() as outer:
        conn = outer.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()  # ends SQLAlchemy's autobegun marker; SQLite itself has no transaction open
        try:
            with conn.begin():  # SQLAlchemy's marker only: Alembic then adds no transaction of its own
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    command.upgrade(alembic_config(conn), revision)
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationFailedError(
                            f"{len(broken)} rows would refer to rows that no longer exist "
                            f"(first in table {broken[0][0]})"
                        )
                except BaseException:
                    driver = conn.connection.driver_connection
                    if getattr(driver, "in_transaction", True):  # SQLite may have rolled back already
                        conn.exec_driver_sql("ROLLBACK")
                    raise
                conn.exec_driver_sql("COMMIT")
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)
