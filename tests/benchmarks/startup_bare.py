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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import create_engine, event, text

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


def main(path: str) -> int:
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{path}")

    def pragmas(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    event.listen(engine, "connect", pragmas)
    with engine.connect() as connection:
        titles = connection.execute(text("SELECT id, title FROM event ORDER BY id")).all()
    window = QMainWindow()
    window.setWindowTitle(titles[-1][1] if titles else "")
    window.resize(1200, 780)
    linger = os.environ.get("ERBIJ_STARTUP_PROBE", "")
    probe = FirstPaint(int(linger) if linger.isdigit() else 0)
    window.installEventFilter(probe)
    window.show()
    code = app.exec()
    engine.dispose()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
