"""Scale: the capture view on an event with 10,000 contributions.

The real ``CaptureView`` in a window of the app's size, driven by key events:

* open: building the view on the 10,000-contribution event until the window has
  painted the table's list (what the facilitator waits for after choosing it);
* search: Ctrl+F until the search over the whole event is ready (its index of
  all 10,000 folded texts is built when the field gets the focus);
* filter as you type: queries typed one key at a time into the search field,
  accented ones too, and corrected with Backspace; each keystroke is timed
  until the result list has repainted. The worst keystroke counts.

Peak memory is this process's own ru_maxrss: Python, Qt, the view and the
event. The event is made by a child process (``--prepare``) so the generator's
objects do not count. Targets: open <= 300 ms, search ready <= 300 ms, every
keystroke <= 50 ms, peak memory <= 250 MB.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from common import Result, child_main, ensure_import_path, median, ms, peak_rss_mb

ensure_import_path()

OPEN_LIMIT_MS = 300.0
KEYSTROKE_LIMIT_MS = 50.0
MEMORY_LIMIT_MB = 250.0
QUERIES = ["eenzame ouderen", "Gülşen", "coördineert", "café zonder wachtlijst"]
BACKSPACES = 4


def prepare(workdir: Path, quick: bool) -> Path:
    from generator import QUICK_SCALE_EVENT, SCALE_EVENT, build_event

    from erbij_desktop.storage.database import open_database

    path = workdir / "scale.sqlite"
    db = open_database(str(path))
    try:
        with db.transaction() as session:
            build_event(session, QUICK_SCALE_EVENT if quick else SCALE_EVENT)
    finally:
        db.close()
    return path


def measure(workdir: Path, quick: bool) -> list[Result]:
    command = [sys.executable, __file__, "--prepare", str(workdir)] + (["--quick"] if quick else [])
    subprocess.run(command, check=True)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlalchemy import select

    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.domain import contributions as ops
    from erbij_desktop.domain.models import Event
    from erbij_desktop.storage.database import open_database
    from erbij_desktop.ui.capture.view import CaptureView
    from erbij_desktop.ui.events.context import open_context
    from erbij_desktop.ui.qt_fonts import install_application_font

    app = QApplication.instance() or QApplication([])
    install_application_font(app)  # type: ignore[arg-type]
    db = open_database(str(workdir / "scale.sqlite"))
    with db.transaction() as session:
        event_id = session.scalars(select(Event.id)).one()
        total = len(ops.rows_for_event(session, event_id))
    context = open_context(Workspace(db, event_id))
    window = QMainWindow()
    window.resize(1200, 780)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)

    def settle() -> None:
        QApplication.processEvents()
        QApplication.processEvents()

    started = time.perf_counter()  # the view is built on the event: building it is opening it
    view = CaptureView(context)
    window.setCentralWidget(view)
    settle()
    opened = time.perf_counter() - started
    listed = view.controller.table_model.rowCount()
    assert listed > 0, "the capture view shows no contributions"

    view.entry.setFocus()
    settle()
    started = time.perf_counter()
    QTest.keyClick(view.entry, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    search_ready = time.perf_counter() - started
    assert view.search_field.hasFocus() and view.controller.search_model.loaded, "Ctrl+F did not open search"

    keystrokes: list[float] = []
    matches: list[int] = []
    field = view.search_field
    for query in QUERIES:
        for char in query:
            started = time.perf_counter()
            if char.isascii():
                QTest.keyClick(field, char)
            else:
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click, field, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
                )
            settle()
            keystrokes.append(time.perf_counter() - started)
        assert field.text() == query, f"typed {field.text()!r}, not {query!r}"
        matches.append(view.controller.search_model.rowCount())
        for _ in range(BACKSPACES):
            started = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_Backspace)
            settle()
            keystrokes.append(time.perf_counter() - started)
        field.clear()
        settle()
    assert all(matches) and max(matches) < total, f"search results look wrong: {matches} of {total}"
    memory = peak_rss_mb()
    window.close()
    db.close()

    section = "3 Scale"
    size = f"{total:,} contributions"
    return [
        Result(section, f"open the capture view on {size} ({listed} in the table shown)", ms(opened), "ms",
               limit=OPEN_LIMIT_MS),
        Result(section, f"Ctrl+F: search over all {size} ready", ms(search_ready), "ms", limit=OPEN_LIMIT_MS),
        Result(section, f"filter as you type, median of {len(keystrokes)} keystrokes", ms(median(keystrokes)),
               "ms"),
        Result(section, "filter as you type, slowest keystroke", ms(max(keystrokes)), "ms",
               limit=KEYSTROKE_LIMIT_MS),
        Result(section, "peak memory of the process", memory, "MB", limit=MEMORY_LIMIT_MB),
    ]  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--prepare"]:
        prepare(Path(sys.argv[2]), "--quick" in sys.argv[3:])
    else:
        sys.exit(child_main(measure))
