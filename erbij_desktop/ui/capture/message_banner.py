"""A short message above the list that goes away by itself: a refusal, or a note (draft restored)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

SHOW_MS = 8000
ERROR_STYLE = "background: #fdecea; color: #8c1d18; border-radius: 4px; padding: 4px 8px;"
NOTE_STYLE = "background: #eaf2fb; color: #1f4e8c; border-radius: 4px; padding: 4px 8px;"


class MessageBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureMessage")
        self.setWordWrap(True)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.hide)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.setText(text)
        self.show()
        self._timer.start()
