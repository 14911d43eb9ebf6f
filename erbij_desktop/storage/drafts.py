"""Typed but not yet saved: the capture view's drafts, kept as user data beside the database.

A contribution is stored when Enter is pressed; what sits in the typing
fields until then is a draft. Drafts are the words of people in the room, so
they are user data: one small JSON file per event in the app's data folder
(user-only, like the database), written atomically (fsync and rename), never
a settings entry. Writing happens on a background thread (:class:`DraftWriter`)
so neither typing nor Enter ever waits for a disk; the latest draft of an event
replaces any older one still waiting. Deleting an event deletes its draft.
"""

from __future__ import annotations

import errno
import json
import logging
import re
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from .atomic import atomic_write_bytes
from .errors import DiskFullError, StorageError
from .locations import data_dir, private_folder

log = logging.getLogger(__name__)

FIELDS = ("text", "person", "organisation", "quote", "speaker")
MAX_DRAFT_BYTES = 1024 * 1024  # far above what five typing fields hold; a bigger file is not ours
_UID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def draft_path(uid: str) -> Path:
    if not _UID.match(uid):
        raise ValueError(f"not an event uid: {uid!r}")
    return drafts_dir() / f"{uid}.json"


def only_fields(values: Mapping[str, str]) -> dict[str, str]:
    """The draft's non-empty fields, in a fixed order."""
    return {name: values[name] for name in FIELDS if values.get(name)}


def read_draft(uid: str) -> dict[str, str]:
    """The event's draft; empty when there is none or the file cannot be read as one."""
    path = draft_path(uid)
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            log.warning("draft file %s is too big to be a draft; ignored", path.name)
            return {}
        loaded = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("draft file %s could not be read (%s); ignored", path.name, type(error).__name__)
        return {}
    if not isinstance(loaded, dict):
        return {}
    return only_fields({key: value for key, value in loaded.items() if isinstance(value, str)})


def write_draft(uid: str, values: Mapping[str, str]) -> None:
    """Store the event's draft (no fields: remove it). Raises StorageError when the disk refuses."""
    path = draft_path(uid)
    fields = only_fields(values)
    if not fields:
        forget_draft(uid)
        return
    private_folder(path.parent)
    data = json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write_bytes(path, data)


def forget_draft(uid: str) -> None:
    """Remove the event's draft, if any."""
    try:
        draft_path(uid).unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        message = f"Het concept van dit evenement kon niet worden verwijderd: {error.strerror}."
        raise StorageError(message) from error


class DraftWriter:
    """Writes drafts on its own thread; the newest draft of an event wins over one still waiting.

    ``failed`` is called (on the writer's thread) with the event's uid and a
    message when its draft could not be written, and with None once it is
    written again.
    """

    def __init__(self, failed: Callable[[str, str | None], None] | None = None) -> None:
        self._failed = failed
        self._waiting: dict[str, dict[str, str]] = {}
        self._busy = False
        self._closed = False
        self._failing: set[str] = set()
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._work, name="erbij-drafts", daemon=True)
        self._thread.start()

    def put(self, uid: str, values: Mapping[str, str]) -> None:
        draft_path(uid)  # refuse a bad uid here, on the caller's thread
        with self._condition:
            self._waiting[uid] = only_fields(values)
            self._condition.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every draft handed in is on disk (or failed); False on timeout."""
        with self._condition:
            return self._condition.wait_for(lambda: not self._waiting and not self._busy, timeout)

    def close(self) -> None:
        self.flush()
        with self._condition:
            self._closed = True
            self._condition.notify_all()
        self._thread.join(timeout=5.0)

    def _work(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._waiting or self._closed)
                if not self._waiting:
                    return
                uid, values = next(iter(self._waiting.items()))
                del self._waiting[uid]
                self._busy = True
            try:
                self._write(uid, values)
            finally:
                with self._condition:
                    self._busy = False
                    self._condition.notify_all()

    def _write(self, uid: str, values: dict[str, str]) -> None:
        try:
            write_draft(uid, values)
        except (StorageError, OSError) as error:
            log.warning("draft not written: %s", type(error).__name__)
            self._failing.add(uid)
            if self._failed is not None:
                self._failed(uid, _message(error))
            return
        if uid in self._failing:
            self._failing.discard(uid)
            if self._failed is not None:
                self._failed(uid, None)


def _message(error: Exception) -> str:
    full = isinstance(error, DiskFullError) or getattr(error, "errno", None) == errno.ENOSPC
    reason = "de schijf is vol" if full else "de schijf weigert het"
    return (
        f"Wat je typt kan nu niet als concept worden bewaard: {reason}. "
        "Druk op Enter om het als bijdrage op te slaan."
    )
