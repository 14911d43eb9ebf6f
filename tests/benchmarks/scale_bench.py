"""Scale: the capture view and its search on events of 10,000 and 100,000 contributions.

The real ``CaptureView`` in a window of the app's size, driven by key events,
for each size in a process of its own (``--one``; the full run does 10k and
100k, ``--quick`` only 10k):

* open: building the view on the event until the window has painted the
  table's list (what the facilitator waits for after choosing it);
* the search index is read in idle steps after the view opened: how long
  until it is complete, and the longest the window stayed busy in one step
  (a key typed meanwhile waits that long);
* search: Ctrl+F until the search over the whole event is ready;
* filter as you type: queries typed one key at a time into the search field,
  accented ones too, and corrected with Backspace; each keystroke is timed
  until the result list has repainted (its results are complete then: a
  keystroke filters in one go). Halfway through each query rows are added (as
  Enter in the capture field does, some matching the query) while the search
  is open, and the keystrokes after that are timed on their own. The bare
  floor (``search_floor.py``: a plain line edit over a plain table, one C pass
  over every folded key per key) types each query just before the app does,
  in the same process: the ratio says what the app adds to Qt's own cost;
* Ctrl+F at once after opening, before the idle build is done (the rest is
  read then): information, no target.

Peak memory is each size's process's own ru_maxrss: Python, Qt, the view and
the event (less what the bare floor's copy of the rows added). The event is
made by a child process (``--prepare``) so the generator's objects do not
count. Targets: open <= 300 ms, search ready <= 150 ms, every keystroke
<= 50 ms (after adds too), one idle build step <= 50 ms; peak memory <= 250 MB
at 10k.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

from common import (
    RESULT_MARKER,
    Result,
    child_main,
    ensure_import_path,
    median,
    ms,
    parse_results,
    peak_rss_mb,
)

ensure_import_path()

OPEN_LIMIT_MS = 300.0
SEARCH_READY_LIMIT_MS = 150.0
KEYSTROKE_LIMIT_MS = 50.0
MEMORY_LIMIT_MB = 250.0
QUERIES = ["eenzame ouderen", "Gülşen", "coördineert", "café zonder wachtlijst"]
BACKSPACES = 4
ADDS_PER_QUERY = 5
SIZES = ("10k", "100k")
QUICK_SIZES = ("10k",)


def shape(size: str) -> object:
    from generator import BIG_SCALE_EVENT, SCALE_EVENT

    return {"10k": SCALE_EVENT, "100k": BIG_SCALE_EVENT}[size]


def resident_mb() -> float:
    """This process's resident memory now (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def prepare(workdir: Path, size: str) -> None:
    from generator import build_event

    from erbij_desktop.storage.database import open_database

    db = open_database(str(workdir / f"scale-{size}.sqlite"))
    try:
        with db.transaction() as session:
            build_event(session, shape(size))  # type: ignore[arg-type]
    finally:
        db.close()


def measure(workdir: Path, quick: bool) -> list[Result]:
    results: list[Result] = []
    for size in QUICK_SIZES if quick else SIZES:
        subprocess.run([sys.executable, __file__, "--prepare", str(workdir), size], check=True)
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(workdir), size],
            check=True,
            capture_output=True,
            text=True,
        )
        results.extend(parse_results(done.stdout))
    return results


def measure_one(workdir: Path, size: str) -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
    from search_floor import BareSearch
    from sqlalchemy import select

    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.domain import contributions as ops
    from erbij_desktop.domain.contribution_search import row_search_key
    from erbij_desktop.domain.models import Event
    from erbij_desktop.storage.database import open_database
    from erbij_desktop.ui.capture.view import CaptureView
    from erbij_desktop.ui.events.context import open_context
    from erbij_desktop.ui.qt_fonts import install_application_font

    app = QApplication.instance() or QApplication([])
    install_application_font(app)  # type: ignore[arg-type]
    db = open_database(str(workdir / f"scale-{size}.sqlite"))
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

    # The idle build: every turn of the event loop timed (one turn runs at most one build step).
    view.entry.setFocus()
    turns: list[float] = []
    deadline = time.perf_counter() + 120
    while not view.controller.search_model.loaded:
        assert time.perf_counter() < deadline, "the search index was never built"
        turn = time.perf_counter()
        QApplication.processEvents()
        turns.append(time.perf_counter() - turn)
        time.sleep(0.001)
    built = time.perf_counter() - started
    settle()

    started = time.perf_counter()
    QTest.keyClick(view.entry, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    search_ready = time.perf_counter() - started
    assert view.search_field.hasFocus() and view.controller.search_model.loaded, "Ctrl+F did not open search"

    keystrokes: list[float] = []
    after_adds: list[float] = []
    bare: list[float] = []  # the floor: the same keys into a plain line edit over a plain table
    matches: list[int] = []
    field = view.search_field
    controller = view.controller
    index = controller.search_model.index_
    assert index is not None
    memory = peak_rss_mb()  # the app's peak so far (read and built): before the floor copies the rows
    before_floor = resident_mb()
    floor = BareSearch(
        [("", "", "", r.text[:600], r.person_name, r.organisation_name) for r in index.rows],
        [row_search_key(r) for r in index.rows],
    )
    floor_mb = resident_mb() - before_floor  # its copies of the rows count against the floor, not the app
    floor.show()
    QTest.qWaitForWindowExposed(floor)
    window.activateWindow()
    settle()

    def key(char_or_key: str | Qt.Key, into: list[float], target: QWidget | None = None) -> None:
        started = time.perf_counter()
        if isinstance(char_or_key, Qt.Key) or char_or_key.isascii():
            QTest.keyClick(target or field, char_or_key)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                target or field,
                Qt.Key.Key_unknown,
                char_or_key,
                Qt.KeyboardModifier.NoModifier,
            )
        settle()
        into.append(time.perf_counter() - started)

    for number, query in enumerate(QUERIES):
        for char in [*query, *[Qt.Key.Key_Backspace] * BACKSPACES]:  # the floor first, query by query
            key(char, bare, floor.field)
        floor.field.clear()
        settle()
        half = len(query) // 2
        for char in query[:half]:
            key(char, keystrokes)
        shown = controller.search_model.rowCount()
        for n in range(ADDS_PER_QUERY):  # Enter in the capture field while the search is open
            controller.add(f"{query} (nieuw {number}.{n})" if n % 2 == 0 else f"iets anders {number}.{n}")
            settle()
        assert controller.search_model.rowCount() > shown, "rows added while searching are not listed"
        for char in query[half:]:
            key(char, after_adds)
        assert field.text() == query, f"typed {field.text()!r}, not {query!r}"
        matches.append(controller.search_model.rowCount())
        for _ in range(BACKSPACES):
            key(Qt.Key.Key_Backspace, after_adds)
        field.clear()
        settle()
    assert all(matches) and max(matches) < total, f"search results look wrong: {matches} of {total}"
    floor.close()

    # Ctrl+F at once on a view just opened: what the idle build had no time for is read now.
    again = CaptureView(context)
    window.setCentralWidget(again)  # the window deletes the first view
    settle()
    started = time.perf_counter()
    QTest.keyClick(again.entry, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    search_at_once = time.perf_counter() - started
    assert again.controller.search_model.loaded, "Ctrl+F did not build the index"
    memory = max(memory, peak_rss_mb() - floor_mb)
    window.close()
    db.close()

    section = "3 Scale"
    label = f"{total:,} contributions"
    typed = len(keystrokes) + len(after_adds)
    small = size == "10k"
    return [
        Result(section, f"open the capture view on {label} ({listed} in the table shown)", ms(opened), "ms",
               limit=OPEN_LIMIT_MS),
        Result(section, f"search index of {label} built in idle time, done after opening", ms(built), "ms"),
        Result(section, f"search index of {label}: longest idle step (the window busy)", ms(max(turns)), "ms",
               limit=KEYSTROKE_LIMIT_MS),
        Result(section, f"Ctrl+F: search over all {label} ready", ms(search_ready), "ms",
               limit=SEARCH_READY_LIMIT_MS),
        Result(section, f"filter as you type on {label}, median of {typed} keystrokes",
               ms(median(keystrokes + after_adds)), "ms"),
        Result(section, f"filter as you type on {label}, slowest keystroke", ms(max(keystrokes)), "ms",
               baseline=ms(max(bare)), limit=KEYSTROKE_LIMIT_MS),
        Result(section, f"filter as you type on {label}, slowest keystroke after rows were added while "
               "searching", ms(max(after_adds)), "ms", baseline=ms(max(bare)), limit=KEYSTROKE_LIMIT_MS),
        Result(section, f"reference: the bare floor's median keystroke ({label})", ms(median(bare)), "ms"),
        Result(section, f"Ctrl+F at once after opening {label} (index not built yet)", ms(search_at_once),
               "ms"),
        Result(section, f"peak memory of the process ({label})", memory, "MB",
               limit=MEMORY_LIMIT_MB if small else None),
    ]  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--prepare"]:
        prepare(Path(sys.argv[2]), sys.argv[3])
    elif sys.argv[1:2] == ["--one"]:
        results = measure_one(Path(sys.argv[2]), sys.argv[3])
        print(RESULT_MARKER + json.dumps([asdict(r) for r in results]), flush=True)
    else:
        sys.exit(child_main(measure))
