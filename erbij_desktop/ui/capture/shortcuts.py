"""The capture view's keyboard shortcuts, in one place (the README's list follows this one).

They work anywhere inside the view (WidgetWithChildrenShortcut), so the
typing field keeps the focus while tables and rounds change. Undo/redo
(Ctrl+Z, Ctrl+Shift+Z) belong to the main window's Edit menu (the event's
one undo history); keys that only make sense in the list (Space,
Delete, Alt+Up/Down, Enter on a search result) live in ``ContributionList``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

# (keys, what it does) as shown to users; Dutch source text, context "CaptureShortcuts".
KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("CaptureShortcuts", "bijdrage bewaren (Shift+Enter: nieuwe regel)")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("CaptureShortcuts", "naar tafel 1 … 9")),
    ("Ctrl+PgUp / Ctrl+PgDn", QT_TRANSLATE_NOOP("CaptureShortcuts", "vorige / volgende tafel")),
    ("Ctrl+Shift+PgUp / PgDn", QT_TRANSLATE_NOOP("CaptureShortcuts", "vorige / volgende ronde")),
    ("Ctrl+H", QT_TRANSLATE_NOOP("CaptureShortcuts", "gekozen bijdrage uitlichten (of weer niet)")),
    ("F2", QT_TRANSLATE_NOOP("CaptureShortcuts", "gekozen bijdrage ter plekke bewerken")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("CaptureShortcuts", "zoeken in alle bijdragen; Esc stopt")),
    ("↑", QT_TRANSLATE_NOOP("CaptureShortcuts", "vanuit het lege typveld naar de lijst; Esc terug")),
)


def bind(owner: QWidget, keys: str | QKeySequence, slot: Callable[[], object]) -> QShortcut:
    shortcut = QShortcut(QKeySequence(keys), owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
