"""The app's log: a rotating file in the user's log folder, never holding what people said.

What the facilitator types about vulnerable people must not end up in a log
file that gets mailed to a helpdesk. So:

* nothing in the app logs contribution text (SQL parameters are hidden by the
  engine, see storage.database);
* exceptions are logged with their type and stack but, for exception types
  whose message might quote user input, without that message
  (:func:`describe_exception`);
* the file is readable by the user only, rotates at 1 MB and keeps 3 old files.

No Qt here, so the CLI can use it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from sqlalchemy.exc import StatementError

from erbij_desktop.storage.errors import StorageError
from erbij_desktop.storage.locations import log_dir, secure_app_folder, state_dir

LOG_FILE_NAME = "erbij-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"
# Exceptions whose messages never quote contribution text: storage errors (we write them:
# paths and reasons), OS errors (paths), and SQL errors whose parameters are hidden.
_SAFE_TYPES = (StorageError, OSError, MemoryError, RecursionError, ImportError, NotImplementedError)

log = logging.getLogger("erbij_desktop")


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file created readable by the user only (0600)."""

    def _open(self) -> IO[Any]:  # type: ignore[override]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the app's log records to the rotating file; safe to call more than once."""
    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, _PrivateRotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    for folder in (state_dir(), path.parent):  # both are the app's own (named after it): 0700
        secure_app_folder(folder)
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    log.addHandler(handler)
    log.setLevel(level)
    return path


def flush() -> None:
    for handler in log.handlers:
        handler.flush()


def describe_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """Type and stack of an exception (and its causes); the message only when it is safe."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_type: type[BaseException] = exc_type
    current_tb = tb
    while True:
        stack = "".join(traceback.format_tb(current_tb)) if current_tb else ""
        parts.append(f"{stack}{_headline(current_type, current)}")
        if current is None:
            break
        seen.add(id(current))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is None or id(nxt) in seen:
            break
        parts.append("Veroorzaakt door:")
        current, current_type, current_tb = nxt, type(nxt), nxt.__traceback__
    return "\n".join(reversed(parts))


def log_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, where: str
) -> None:
    log.error("%s:\n%s", where, describe_exception(exc_type, exc, tb))


def _headline(exc_type: type[BaseException], exc: BaseException | None) -> str:
    name = f"{exc_type.__module__}.{exc_type.__qualname__}"
    if exc is not None and _message_is_safe(exc):
        return f"{name}: {exc}"
    return f"{name} (melding weggelaten: kan ingevoerde tekst bevatten)"


def _message_is_safe(exc: BaseException) -> bool:
    if isinstance(exc, StatementError):
        return bool(exc.hide_parameters)
    return isinstance(exc, _SAFE_TYPES)
