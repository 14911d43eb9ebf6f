"""A short message above a list or a preview: a refusal in red, or a note in blue.

One widget for every page that tells the facilitator why something did not
happen (capture, the report tab's pages, the preview). It hides itself after
``hide_after_ms`` when given; otherwise it stays until the page hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

SHOW_MS = 8000
ERROR_STYLE = "background: #fdecea; color: #8c1d18; border-radius: 4px; padding: 4px 8px;"
NOTE_STYLE = "background: #eaf2fb; color: #1f4e8c; border-radius: 4px; padding: 4px 8px;"


class MessageBanner(QLabel):
    def __init__(
        self, name: str, parent: QWidget | None = None, *, hide_after_ms: int | None = SHOW_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()
        self._timer: QTimer | None = None
        if hide_after_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(hide_after_ms)
            self._timer.timeout.connect(self.hide)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.setText(text)
        self.show()
        if self._timer is not None:
            self._timer.start()
