"""The start-up baseline: the least a Qt + SQLAlchemy app does before its window shows.

    python tests/benchmarks/startup_bare.py DATABASE

Imports PySide6.QtWidgets and SQLAlchemy, opens the same database with the
same pragmas and reads its list of events, shows an empty QMainWindow of the
app's size, and after its first paint prints the same marker the app prints
and, like the app, quits ``ERBIJ_STARTUP_PROBE`` milliseconds later.
Deliberately free of any Erbij import.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import Engine, create_engine, event, text

SHOWN_MARKER = "erbij-desktop: window shown"  # the same line ui/app.py prints
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")


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


def engine_for(path: str) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    def pragmas(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    event.listen(engine, "connect", pragmas)
    return engine


def read_titles(path: str) -> list[str]:
    """The events' titles, oldest first, with a plain SQL query."""
    engine = engine_for(path)
    try:
        with engine.connect() as connection:
            return [row[0] for row in connection.execute(text("SELECT title FROM event ORDER BY id"))]
    finally:
        engine.dispose()


def main(path: str, read: Callable[[str], list[str]] = read_titles) -> int:
    app = QApplication(sys.argv[:1])
    titles = read(path)
    window = QMainWindow()
    window.setWindowTitle(titles[-1] if titles else "")
    window.resize(1200, 780)
    linger = os.environ.get("ERBIJ_STARTUP_PROBE", "")
    probe = FirstPaint(int(linger) if linger.isdigit() else 0)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
