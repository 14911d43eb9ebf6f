"""The start-up floor: the least any PySide6 app does before its window shows.

    python tests/benchmarks/startup_bare.py [DATABASE]

Imports PySide6.QtWidgets, shows an empty QMainWindow of the app's size, and
after its first paint prints the same marker the app prints and, like the app,
quits ``ERBIJ_STARTUP_PROBE`` milliseconds later. No database and no
SQLAlchemy: issue 17 asks start-up to be judged against a bare Qt window, not
against a script that already pays for the ORM's import (``startup_models.py``
is that script, as a reference line). Deliberately free of any Erbij import.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SHOWN_MARKER = "erbij-desktop: window shown"  # the same line ui/app.py prints


class FirstPaint(QObject):
    def __init__(self, linger_ms: int) -> None:
        super().__init__()
        self.linger_ms = linger_ms

    def eventFilter(self, watched: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self) -> None:
        print(SHOWN_MARKER, flush=True)
        QTimer.singleShot(self.linger_ms, QCoreApplication.quit)


def main(title: Callable[[], str] = lambda: "") -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(title())
    window.resize(1200, 780)
    linger = os.environ.get("ERBIJ_STARTUP_PROBE", "")
    probe = FirstPaint(int(linger) if linger.isdigit() else 0)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
