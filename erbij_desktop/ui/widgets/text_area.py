"""A multi-line text field that saves itself: on leaving it and after a short pause in typing.

Tab moves to the next field (forms stay keyboard friendly); a long text is
never more than a second and a half from being on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

IDLE_MS = 1500


class TextArea(QPlainTextEdit):
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * min(lines, 2) + 12)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.editingFinished)
        self.textChanged.connect(self._typed)
        self._loading = False
        self._modified = False

    def isModified(self) -> bool:
        """Typed in since the text was last set from the stored value."""
        return self._modified

    def setModified(self, modified: bool) -> None:
        self._modified = modified

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self._lines + 14)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Replace the text without it counting as an edit."""
        self._loading = True
        try:
            if text != self.toPlainText():
                self.setPlainText(text)
        finally:
            self._loading = False
        self._modified = False
        self._idle.stop()

    @property
    def pending(self) -> bool:
        return self._idle.isActive()

    def _typed(self) -> None:
        if not self._loading:
            self._modified = True
            self._idle.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._idle.isActive():
            self._idle.stop()
            self.editingFinished.emit()
