"""Shared fixtures. Tests run offscreen and never touch the user's real files."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or platformdirs: no display, and a private home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="erbij-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ.pop("ERBIJ_DATABASE_URL", None)

import pytest  # noqa: E402

# One real browser per test session, for the report's HTML and the table page (tests/browser.py).
from browser import axe, browser  # noqa: E402, F401
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from erbij_desktop.domain.models import Event  # noqa: E402
from erbij_desktop.storage.database import Database, open_database  # noqa: E402

# A real PostgreSQL for the tests that run on both databases: its fixtures (tests/postgres.py).
pytest_plugins = ["postgres"]

# Hypothesis would write .hypothesis/ into the checkout, which a later run then trips over
# (its collection warning is an error here); every test module's examples go to the sandbox.
set_hypothesis_home_dir(_SANDBOX / "hypothesis")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "erbij.sqlite"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty database brought to head once per run; each test's ``db`` starts as a copy of it."""
    path = tmp_path_factory.mktemp("template") / "erbij.sqlite"
    open_database(str(path)).close()
    return path


@pytest.fixture
def db(database_kind: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if database_kind == "postgres":
        database = open_database(request.getfixturevalue("pg_database_url"), backups=False)
    else:
        # A copy (mode bits included) opens at head: no migration per test. Like a new file, it gets no
        # backup at open (the copy only looks changed since its last backup, having none).
        path = request.getfixturevalue("db_path")
        shutil.copy2(request.getfixturevalue("migrated_template"), path)
        database = open_database(str(path), backups=False)
    yield database
    database.close()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.transaction() as s:
        yield s


@pytest.fixture
def demo_event(session: Session) -> Event:
    """The shipped demo event (the reference article), imported into the test database."""
    from erbij_desktop.storage.archive_demo import import_demo

    event, _created = import_demo(session)
    session.commit()  # the test owns this session's transaction
    return event
