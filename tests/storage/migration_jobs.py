"""Jobs for the kill-during-migration test, run in a forked worker of tests/forking.py's zygote.

``setup(folder)`` points the app's migrations at a copy with the test-only
revision (tests/storage/migration_setup.py) and loads everything a worker
needs; the worker then opens a database through the app's real open path,
which backs up and migrates it, saying ``mark migrating`` when the migration
starts and ``mark migrated`` when it returned. Not a test module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from forking import say


def setup(folder: str) -> None:
    from migration_setup import build_copy, point_at
    from sqlalchemy.orm import configure_mappers

    import erbij_desktop.domain.models  # noqa: F401  (env.py imports them)
    from erbij_desktop.storage import database, migrations

    point_at(build_copy(Path(folder)))
    migrations.known_revisions()
    migrations._script()
    import alembic.command  # noqa: F401

    configure_mappers()
    real_upgrade = migrations.upgrade

    def announced(*args: Any, **kwargs: Any) -> None:
        say("mark migrating")
        real_upgrade(*args, **kwargs)
        say("mark migrated")

    migrations.upgrade = announced  # type: ignore[assignment]
    assert database.migrations is migrations


def open_db(path: str) -> None:
    from erbij_desktop.storage.database import open_database

    db = open_database(path)
    say("mark opened")
    db.close()
