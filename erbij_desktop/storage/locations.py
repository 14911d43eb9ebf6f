"""Where the app keeps its files by default, and how a database is chosen.

Order: ``--database`` on the command line, then ``ERBIJ_DATABASE_URL``, then
``erbij.sqlite`` in the user's data directory. A plain path means SQLite.

The app's own folders (data, config, state and log) are readable by the user
only (0700), whatever the umask: they hold what people in the room said.
Folders the app creates for a database elsewhere are made the same way;
existing folders the user chose are left as they are.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir, user_state_dir
from sqlalchemy.engine import make_url

from erbij_desktop import APP_ID

DATABASE_ENV = "ERBIJ_DATABASE_URL"
PRIVATE_FOLDER_MODE = 0o700


def data_dir() -> Path:
    return Path(user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    return Path(user_log_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    return Path(user_config_dir(APP_ID, appauthor=False))


def state_dir() -> Path:
    return Path(user_state_dir(APP_ID, appauthor=False))


def locks_dir() -> Path:
    """Identity locks (see storage.instance) and the register of files being written (storage.atomic)."""
    return state_dir() / "locks"


def app_folders() -> tuple[Path, ...]:
    return (data_dir(), config_dir(), state_dir(), log_dir())


def private_folder(folder: Path) -> Path:
    """Make ``folder`` exist; every level created here is user-only (0700), whatever the umask."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            continue
        if os.name == "posix":
            os.chmod(level, PRIVATE_FOLDER_MODE)
    return folder


def secure_app_folder(folder: Path) -> None:
    """Create one of the app's own folders, or take group and others' access away from it."""
    private_folder(folder)
    if os.name != "posix":
        return
    try:
        stat = folder.stat()
        if stat.st_uid == os.getuid() and stat.st_mode & 0o077:
            os.chmod(folder, stat.st_mode & 0o700 | PRIVATE_FOLDER_MODE)
    except OSError:
        pass  # not ours to change; the files inside are still 0600


def inside_app_folders(path: Path) -> bool:
    return any(path == folder or folder in path.parents for folder in app_folders())


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
