"""The field a contribution is typed into: Enter saves, Shift+Enter starts a new line.

It grows from two to six lines as the text gets longer, so a long
contribution stays readable while it is typed. Ctrl+Z undoes typing while
there is typing to undo; in an empty (or untouched) field it lets the Edit
menu's Undo take back the last saved step instead, so undo works from the
keyboard without leaving the field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

MIN_LINES = 2
MAX_LINES = 6


def passes_undo_to_window(event: QKeyEvent, can_undo: bool, can_redo: bool) -> bool:
    """True when Undo/Redo should go to the window's actions rather than the text field."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return not can_undo
    if event.matches(QKeySequence.StandardKey.Redo):
        return not can_redo
    return False


class ContributionEntry(QPlainTextEdit):
    submitted = Signal(str)
    # Up/Escape in an empty field: the owner moves focus to the list.
    up_from_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionEntry")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(6)
        self.textChanged.connect(self._fit_height)
        self._fit_height()

    def text(self) -> str:
        return self.toPlainText()

    def clear_after_save(self) -> None:
        """Empty the field; typing history goes too, so Ctrl+Z now undoes the saved step."""
        self.setPlainText("")
        self.document().clearUndoRedoStacks()

    # --- size ---------------------------------------------------------------------------------------

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        return self.fontMetrics().lineSpacing() * lines + document + margins.top() + margins.bottom() + 2

    def _fit_height(self) -> None:
        lines = max(MIN_LINES, min(MAX_LINES, self.document().size().toSize().height() or 1))
        self.setFixedHeight(self._height_for(lines))

    def sizeHint(self) -> QSize:
        return QSize(400, self._height_for(MIN_LINES))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_height()

    # --- keys ---------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            document = self.document()
            if passes_undo_to_window(event, document.isUndoAvailable(), document.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
            self.submitted.emit(self.toPlainText())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")
            return
        if key == Qt.Key.Key_Up and not modifiers and not self.toPlainText():
            self.up_from_empty.emit()
            return
        super().keyPressEvent(event)


class UndoAwareLineEdit(QLineEdit):
    """A line edit whose Ctrl+Z goes to the window's Undo when it has nothing of its own to undo."""

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if override and passes_undo_to_window(event, self.isUndoAvailable(), self.isRedoAvailable()):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)


class SearchField(UndoAwareLineEdit):
    """The search field; says when it gets the focus, so the search index is ready before typing."""

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()
