"""Keeping where the facilitator is (event, tab) on disk as it changes, not only at a normal quit.

QSettings writes its file later, on its own; a crash (or a kill) before that
loses the change, and the app would reopen somewhere else. A changed value is
written and synced at once; an unchanged one costs nothing (start-up restores
the same values and must not wait on a disk sync before its first paint).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings


def remember(key: str, value: object) -> None:
    settings = QSettings()
    if settings.value(key) == value or str(settings.value(key)) == str(value):
        return
    settings.setValue(key, value)
    settings.sync()
