"""Words typed anywhere in the capture view land in the typing field, never nowhere.

A facilitator clicks a table or a row with the mouse and goes on typing
without looking. Item views take the focus on a click and swallow letters
(they jump to a matching item), so three contributions were once lost that
way, with no sign. This filter sits on the capture view's lists: a printable
key that the list does not use itself moves the cursor to the end of the
typing field and is delivered there, so every character lands. Keys with Ctrl
or Alt, arrows, Delete, F2, Enter, Escape and Space on a selected row keep
their meaning in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QWidget

_PLAIN = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def is_typing(event: QKeyEvent) -> bool:
    """A key that writes a character (with Shift at most), not a shortcut or a control key."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    return (event.modifiers() & ~_PLAIN) == Qt.KeyboardModifier.NoModifier


class TypingRouter(QObject):
    """Sends the typing of the watched widgets on to ``entry``."""

    def __init__(self, entry: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entry = entry

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or not is_typing(event):
            return False
        if isinstance(watched, QAbstractItemView) and _used_by_list(watched, event):
            return False
        self.deliver(event)
        return True

    def deliver(self, event: QKeyEvent) -> None:
        """Put the cursor at the end of the typing field and type ``event`` there."""
        entry = self._entry
        if not entry.isEnabled() or not entry.isVisibleTo(entry.window()):
            return
        entry.setFocus(Qt.FocusReason.OtherFocusReason)
        entry.moveCursor(QTextCursor.MoveOperation.End)
        copy = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        QApplication.sendEvent(entry, copy)


def _used_by_list(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Keys an item view keeps: editing a cell, and Space on a selected row (it highlights it)."""
    if view.state() == QAbstractItemView.State.EditingState:
        return True
    space = event.key() == Qt.Key.Key_Space
    return space and view.currentIndex().isValid() and view.objectName() != "tablesList"
