"""Typed but not yet saved: kept as a draft so not even a half-typed sentence is lost.

A contribution is only stored when Enter is pressed. Whatever sits in the
typing fields meanwhile is handed to the draft writer (storage.drafts, a
background thread: the keyboard never waits for the disk) a quarter of a
second after the last key, and at least every second while typing goes on, so
a draft is on disk within a second of any keystroke. It is put back into the
empty fields the next time the event is opened, with a note saying so.
Deleting the event deletes its draft too (:func:`forget_event`): words of
people in the room do not outlive the event they were said at. Drafts that an
older version kept in the settings file are moved out of it when found.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QTextCursor

from erbij_desktop.storage import drafts as store

from ..settings import keys

if TYPE_CHECKING:
    from .entry_panel import EntryPanel
    from .quote_bar import QuoteBar

IDLE_MS = 250
MAX_WAIT_S = 1.0  # while typing goes on without a pause, still this often
FIELDS = store.FIELDS


class _Failures(QObject):
    """Carries the writer thread's reports to the GUI thread (queued by Qt)."""

    report = Signal(str, object)  # event uid, message or None


@functools.cache
def _writer() -> tuple[store.DraftWriter, _Failures]:
    failures = _Failures()
    return store.DraftWriter(lambda uid, message: failures.report.emit(uid, message)), failures


class DraftKeeper(QObject):
    failed = Signal(object)  # a message when this event's draft cannot be written; None when it can again

    def __init__(
        self,
        read: Callable[[], dict[str, str]],
        write: Callable[[dict[str, str]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._write = write
        self._uid: str | None = None
        self._stored: dict[str, str] = {}  # last handed to the writer: unchanged fields cost nothing
        self._first_unsaved: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.store)
        _writer()[1].report.connect(self._report)

    def watch(self, panel: EntryPanel, quote: QuoteBar) -> None:
        """Every change in a typing field (re)starts the draft timer."""
        for line in (panel.person, panel.organisation, quote.text):
            line.textChanged.connect(self.typed)
        quote.speaker.textChanged.connect(self.typed)
        panel.entry.textChanged.connect(self.typed)

    def typed(self) -> None:
        if self._uid is None:
            return
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
        if now - self._first_unsaved >= MAX_WAIT_S:
            self.store()
        else:
            self._timer.start()

    def attach(self, uid: str | None) -> bool:
        """Keep drafts for the event ``uid``; restore its draft into empty fields. True if restored.

        Only when the event is first attached: the view reads the event again
        after every change to its rounds or tables, and a field the facilitator
        just emptied must not fill up again from a draft not yet rewritten.
        """
        if uid == self._uid:
            return False
        self.store()
        self._uid = uid
        self._stored = {}
        if uid is None:
            return False
        stored = store.read_draft(uid) or _take_from_settings(uid)
        self._stored = stored
        if not (stored.get("text") or stored.get("quote")) or any(self._read().get(name) for name in FIELDS):
            return False  # a name without words is nothing to restore (and no reason for a banner)
        self._write({name: stored.get(name, "") for name in FIELDS})
        return True

    def store(self) -> None:
        """Hand what the fields hold to the writer when it changed (returns at once)."""
        self._timer.stop()
        self._first_unsaved = None
        if self._uid is None:
            return
        values = store.only_fields(self._read())
        if values == self._stored:
            return
        _writer()[0].put(self._uid, values)
        self._stored = values

    def keep(self) -> None:
        """Store and wait until it is on disk: the window or the event closes."""
        self.store()
        _writer()[0].flush()

    def _report(self, uid: str, message: object) -> None:
        if uid == self._uid:
            self.failed.emit(message)


def wait_for_drafts() -> None:
    """Wait until every draft handed to the writer is on disk (the app quits)."""
    _writer()[0].flush()


def _take_from_settings(uid: str) -> dict[str, str]:
    """A draft an older version kept in the settings file: moved to the drafts folder."""
    settings = QSettings()
    group = f"{keys.CAPTURE_GROUP}/{uid}/draft"
    found = store.only_fields({name: str(settings.value(f"{group}/{name}", "") or "") for name in FIELDS})
    if found:
        store.write_draft(uid, found)
        settings.remove(group)
        settings.sync()
    return found


def forget_event(uid: str) -> None:
    """Remove everything the capture view kept for the event with ``uid``: its draft and places."""
    wait_for_drafts()
    store.forget_draft(uid)
    settings = QSettings()
    settings.remove(f"{keys.CAPTURE_GROUP}/{uid}")
    settings.sync()


def draft_fields(panel: EntryPanel, quote: QuoteBar) -> dict[str, str]:
    """What the capture view's typing fields hold now."""
    return {
        "text": panel.entry.text(),
        "person": panel.person.text(),
        "organisation": panel.organisation.text(),
        "quote": quote.text.text(),
        "speaker": quote.speaker.text(),
    }


def restore_fields(panel: EntryPanel, quote: QuoteBar, values: dict[str, str]) -> None:
    panel.entry.setPlainText(values.get("text", ""))
    panel.entry.moveCursor(QTextCursor.MoveOperation.End)
    panel.person.setText(values.get("person", ""))
    panel.organisation.setText(values.get("organisation", ""))
    quote.text.setText(values.get("quote", ""))
    quote.speaker.setText(values.get("speaker", ""))
