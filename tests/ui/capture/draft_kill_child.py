"""Run by test_draft_survives_a_kill: open the capture view, type, say so, and wait to be killed.

Not a test module. Arguments: the database path and the event id. It types
one character per key event, as a person does, prints ``typed`` when the last
key was handled, and then idles in the event loop until SIGKILL.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage.database import open_database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.events.context import open_context

TYPED = "Zij zegt: één keer per week bellen helpt"


def main() -> None:
    app = QApplication([])
    db = open_database(sys.argv[1], backups=False)
    view = CaptureView(open_context(Workspace(db, int(sys.argv[2]))))
    view.show()
    view.entry.setFocus()
    for char in TYPED:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, view.entry, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
    app.processEvents()
    print("typed", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
