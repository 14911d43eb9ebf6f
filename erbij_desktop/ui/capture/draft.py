"""Typed but not yet saved: kept as a draft so not even a half-typed sentence is lost.

A contribution is only stored when Enter is pressed. Whatever sits in the
typing fields meanwhile is written to QSettings a moment after the last key
(and when the window closes), per event, and put back into the empty fields
the next time the event is opened, with a note saying so. Deleting the event
deletes its drafts too (:func:`forget_event`): words of people in the room do
not outlive the event they were said at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QTextCursor

from ..settings import keys

if TYPE_CHECKING:
    from .entry_panel import EntryPanel
    from .quote_bar import QuoteBar

IDLE_MS = 800
FIELDS = ("text", "person", "organisation", "quote", "speaker")


class DraftKeeper(QObject):
    def __init__(
        self,
        read: Callable[[], dict[str, str]],
        write: Callable[[dict[str, str]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._write = write
        self._key: str | None = None
        # What is on disk for this key, so unchanged fields cost no write (Enter stays fast).
        self._stored: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.store)

    def typed(self) -> None:
        if self._key is not None:
            self._timer.start()

    def attach(self, key: str | None) -> bool:
        """Keep drafts under ``key`` (one per event); restore one into empty fields. True if restored."""
        if key != self._key:
            self.store()
            self._stored = {}
        self._key = key
        if key is None:
            return False
        current = self._read()
        if any(current.get(name) for name in FIELDS):
            return False
        settings = QSettings()
        stored = {name: str(settings.value(f"{key}/{name}", "") or "") for name in FIELDS}
        self._stored = {name: value for name, value in stored.items() if value}
        if not self._stored:
            return False
        self._write(stored)
        return True

    def store(self) -> None:
        self._timer.stop()
        if self._key is None:
            return
        values = {name: value for name, value in self._read().items() if value and name in FIELDS}
        if values == self._stored:
            return
        settings = QSettings()
        for name in FIELDS:
            if name in values:
                settings.setValue(f"{self._key}/{name}", values[name])
            else:
                settings.remove(f"{self._key}/{name}")
        settings.sync()
        self._stored = values


def forget_event(uid: str) -> None:
    """Remove everything the capture view kept for the event with ``uid``: its drafts and places."""
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
