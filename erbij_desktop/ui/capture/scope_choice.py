"""What the capture view remembers on this laptop: its round and table per event, and its layout.

Opening an event, or reading it again after someone changed its rounds or
tables, keeps what is shown when it still exists; otherwise the round the room
is in (Live, else the programme clock), else the one used last on this laptop,
else the first. Remembered choices live in the settings under the event's uid,
written only when they change (each write is a synced settings file).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

from erbij_desktop.domain.outline import EventStructure
from erbij_desktop.ui.settings import keys


def settings_key(structure: EventStructure | None, what: str) -> str:
    return f"{keys.CAPTURE_GROUP}/{structure.uid if structure else 'none'}/{what}"


def remembered(structure: EventStructure, what: str, ids: list[int]) -> int | None:
    value = QSettings().value(settings_key(structure, what))
    try:
        found = int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
    return found if found in ids else None


def initial_round(structure: EventStructure, shown: int | None, live: int | None) -> int | None:
    """The round shown now if still there, else the live one, the clock's, the last used, the first."""
    ids = [r.id for r in structure.rounds]
    for candidate in (shown, live, structure.now.round_id, remembered(structure, "round", ids)):
        if candidate in ids:
            return candidate
    return ids[0] if ids else None


def initial_table(structure: EventStructure, shown: int | None) -> int | None:
    ids = [t.id for t in structure.tables]
    if shown in ids or (shown is None and not ids):
        return shown
    found = remembered(structure, "table", ids)
    if found is not None:
        return found
    return ids[0] if ids else None


def remember_scope(structure: EventStructure, round_id: int, table_id: int | None) -> None:
    settings = QSettings()
    _remember(settings, settings_key(structure, "round"), round_id)
    if table_id is not None:
        _remember(settings, settings_key(structure, "table"), table_id)


def _remember(settings: QSettings, key: str, value: int) -> None:
    """Store ``value`` unless it is there already: each change is a synced write of the settings
    file, which opening the view on the round and table it remembered need not cost."""
    if settings.value(key, None, type=int) != value:
        settings.setValue(key, value)


def save_layout(settings: QSettings, splitter: QSplitter, columns: QHeaderView) -> None:
    settings.setValue(f"{keys.CAPTURE_GROUP}/splitter", splitter.saveState())
    settings.setValue(f"{keys.CAPTURE_GROUP}/columns", columns.saveState())


def restore_layout(settings: QSettings, splitter: QSplitter, columns: QHeaderView) -> None:
    stored = settings.value(f"{keys.CAPTURE_GROUP}/splitter")
    if stored is not None:
        splitter.restoreState(stored)
    stored = settings.value(f"{keys.CAPTURE_GROUP}/columns")
    if stored is not None:
        columns.restoreState(stored)
