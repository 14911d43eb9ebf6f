"""Where the app keeps its files by default, and how a database is chosen.

Order: ``--database`` on the command line, then ``ERBIJ_DATABASE_URL``, then
``erbij.sqlite`` in the user's data directory. A plain path means SQLite.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir
from sqlalchemy.engine import make_url

from erbij_desktop import APP_ID

DATABASE_ENV = "ERBIJ_DATABASE_URL"


def data_dir() -> Path:
    return Path(user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    return Path(user_log_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return Path(user_config_dir(APP_ID, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "erbij.sqlite"


def resolve_database_url(argument: str | None = None) -> str:
    """Turn the user's choice (a URL or a path, or nothing) into an SQLAlchemy URL."""
    choice = argument or os.environ.get(DATABASE_ENV) or str(default_database_path())
    if "://" in choice:
        make_url(choice)  # raises ArgumentError with a readable message if malformed
        return choice
    path = Path(choice).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def backups_dir_for(database: Path) -> Path:
    """Backups sit beside the database they protect, in ``backups/``."""
    return database.parent / "backups"
