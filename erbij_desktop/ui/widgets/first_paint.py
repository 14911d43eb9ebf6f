"""Run work right after a window's first paint: what the facilitator does not need to see it.

Start-up shows the window first, then loads what can wait (the ORM, the
second-start listener, tabs that are not shown); the start-up benchmark's
probe uses the same moment to mark the window as shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], object]) -> None:
        super().__init__(widget)
        self.work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the whole window is painted
        return False

    def _run(self) -> None:
        self.work()
        self.deleteLater()


def after_first_paint(widget: QWidget, work: Callable[[], object]) -> None:
    """Call ``work`` once, as soon as ``widget`` has been painted for the first time.

    Filters installed later run first: work registered last runs first.
    """
    _AfterFirstPaint(widget, work)
