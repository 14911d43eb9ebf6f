"""Run by test_draft_on_disk: the app's main window on the event, typing in Vastleggen, until SIGKILL.

Not a test module. Arguments: the database path and the event id. It starts
the GUI as the app does (application, main window, the event opened, the
Vastleggen tab), types one character per key event, as a person does, prints
``typed`` when the last key was handled, and then idles in the event loop.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from erbij_desktop.storage.database import open_database
from erbij_desktop.ui import app as gui
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.main_window import MainWindow

TYPED = "Zij zegt: één keer per week bellen helpt"


def main() -> None:
    app = gui.create_application()
    db = open_database(sys.argv[1], backups=False)
    window = MainWindow(db)
    window.show()
    window.open_event(int(sys.argv[2]))
    assert window.tabs is not None
    view = window.tabs.tab_by_name("captureTab")
    assert isinstance(view, CaptureView)
    window.tabs.setCurrentWidget(view)
    app.processEvents()
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
