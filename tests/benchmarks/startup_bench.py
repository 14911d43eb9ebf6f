"""Start-up: from starting the process to the main window shown with the last event open.

The app is started as a user starts it, ``python -m erbij_desktop --database
FILE``, with ``ERBIJ_STARTUP_PROBE`` set: after the window's first paint it
prints a marker, another once the work that paint started is done, and quits
1.5 s later (see ``erbij_desktop.ui.app``), so the peak memory includes what
the app does right after it has shown its window. The settings say the demo
event was left open on the Vastleggen tab, as after a day of capturing.

The app paints that window before it loads SQLAlchemy's ORM and its data
model: the capture view reads through plain SQL (``domain.outline``), and the
ORM loads right after the paint. The second marker times that ("ready": ORM
loaded, the window's actions attached, the Live tab built), reported as a
reference line next to the target's.
The baseline, ``startup_bare.py``, imports PySide6.QtWidgets and SQLAlchemy,
opens the same database and shows an empty QMainWindow, marked the same way.
A reference line, ``startup_models.py``, is that script reading the titles
through the app's ORM data model instead: the part of the start-up that is the
data model itself, before any of the app's windows (no target).

Both run alternately, several times; the figures are medians of the time until
the marker is read, and of each process's peak memory (ru_maxrss).
Targets: time <= 1.3x the baseline, peak memory <= 1.5x.

This process stays small (standard library only; the databases are made by a
child, ``--prepare``): Linux counts the memory of the process that starts a
child into the child's ru_maxrss, so a big parent would inflate both figures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from common import Result, child_main, ensure_import_path, median, ms

ensure_import_path()

TIME_TARGET = 1.3
MEMORY_TARGET = 1.5
LINGER_MS = 1500  # how long each process runs on after its first paint
# erbij_desktop.ui.app.SHOWN_MARKER and READY_MARKER (not imported: Qt)
SHOWN_MARKER = "erbij-desktop: window shown"
READY_MARKER = "erbij-desktop: ready"


def run_once(command: list[str], env: dict[str, str], log: Path) -> tuple[float, float]:
    """Seconds until the window-shown marker, and the child's peak memory in MB."""
    shown, _ready, memory = run_marked(command, env, log)
    return shown, memory


def run_marked(command: list[str], env: dict[str, str], log: Path) -> tuple[float, float | None, float]:
    """Seconds until the window-shown marker and until the ready marker (None if it prints none),
    and the child's peak memory in MB."""
    with log.open("ab") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env)
        assert process.stdout is not None
        shown: float | None = None
        ready: float | None = None
        for line in process.stdout:
            text = line.decode(errors="replace").strip()
            if text == SHOWN_MARKER:
                shown = time.perf_counter() - started
            elif text == READY_MARKER:
                ready = time.perf_counter() - started
                break
        process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    if shown is None or process.returncode != 0:
        raise RuntimeError(f"{command[1:3]} did not show its window (exit {process.returncode}); see {log}")
    return shown, ready, usage.ru_maxrss / 1024.0


def prepare(workdir: Path) -> tuple[Path, Path, int]:
    """Two databases: the demo event, and the 3,000-contribution event, each the only event in its file."""
    from generator import REPORT_EVENT, build_event

    from erbij_desktop.storage.archive_demo import import_demo
    from erbij_desktop.storage.database import open_database

    demo, big = workdir / "startup-demo.sqlite", workdir / "startup-3000.sqlite"
    ids = set()
    for path in (demo, big):
        db = open_database(str(path))
        try:
            with db.transaction() as session:
                ids.add(import_demo(session)[0].id if path == demo else build_event(session, REPORT_EVENT))
        finally:
            db.close()
    assert len(ids) == 1, "both events must have the same id: the settings remember one"
    return demo, big, ids.pop()


def prepare_in_child(workdir: Path) -> tuple[Path, Path]:
    subprocess.run([sys.executable, __file__, "--prepare", str(workdir)], check=True)
    return workdir / "startup-demo.sqlite", workdir / "startup-3000.sqlite"


def remember_last_event(event_id: int) -> None:
    """What the app's settings hold after the facilitator closed it on the capture tab of the event."""
    from PySide6.QtCore import QSettings

    from erbij_desktop import APP_ID
    from erbij_desktop.ui.app import ORGANISATION
    from erbij_desktop.ui.settings import keys

    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APP_ID)
    settings.clear()
    settings.setValue(keys.LAST_EVENT, event_id)
    settings.setValue(keys.WORKSPACE_TAB, "captureTab")
    settings.sync()


def check_event_was_open() -> None:
    """After a start: the app left the event open on the capture tab (its view saved its splitter)."""
    from PySide6.QtCore import QSettings

    from erbij_desktop import APP_ID
    from erbij_desktop.ui.app import ORGANISATION
    from erbij_desktop.ui.settings import keys

    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANISATION, APP_ID)
    opened = (settings.value(keys.LAST_EVENT), settings.value(keys.WORKSPACE_TAB))
    if opened[1] != "captureTab" or opened[0] is None or settings.value("capture/splitter") is None:
        raise SystemExit(f"the app did not start with the event open on the capture tab: {opened}")
    settings.remove("capture/splitter")  # so the next check sees the next start's own
    settings.sync()


def measure(workdir: Path, quick: bool) -> list[Result]:
    repeat = 3 if quick else 7
    demo, big = prepare_in_child(workdir)
    env = dict(os.environ, ERBIJ_STARTUP_PROBE=str(LINGER_MS))
    log = workdir / "startup-stderr.log"
    bare = [sys.executable, str(Path(__file__).with_name("startup_bare.py"))]
    models = [sys.executable, str(Path(__file__).with_name("startup_models.py"))]
    app = [sys.executable, "-m", "erbij_desktop", "--database"]

    # One unmeasured start of each: the first start after an import makes a backup, and the
    # file cache warms up for both alike.
    for database in (demo, big):
        run_once([*app, str(database)], env, log)
        subprocess.run([sys.executable, __file__, "--check", str(workdir)], check=True)
    run_once([*bare, str(demo)], env, log)
    run_once([*models, str(demo)], env, log)

    app_times, app_memory, big_times, big_memory, bare_times, bare_memory = [], [], [], [], [], []
    model_times, model_memory, ready_times = [], [], []
    for _ in range(repeat):
        seconds, memory = run_once([*bare, str(demo)], env, log)
        bare_times.append(seconds)
        bare_memory.append(memory)
        seconds, memory = run_once([*models, str(demo)], env, log)
        model_times.append(seconds)
        model_memory.append(memory)
        seconds, ready, memory = run_marked([*app, str(demo)], env, log)
        if ready is None:
            raise RuntimeError(f"the app printed no {READY_MARKER!r}; see {log}")
        app_times.append(seconds)
        ready_times.append(ready)
        app_memory.append(memory)
        if not quick:
            seconds, memory = run_once([*app, str(big)], env, log)
            big_times.append(seconds)
            big_memory.append(memory)

    section = "1 Start-up"
    results = [
        Result(section, "window shown, demo event open", ms(median(app_times)), "ms",
               ms(median(bare_times)), ratio_limit=TIME_TARGET),
        Result(section, "peak memory, demo event open", median(app_memory), "MB",
               median(bare_memory), ratio_limit=MEMORY_TARGET),
    ]  # fmt: skip
    results += [
        Result(section, "reference: ready (ORM loaded, window attached)", ms(median(ready_times)), "ms",
               ms(median(bare_times))),
        Result(section, "reference: bare script + the app's data model", ms(median(model_times)), "ms",
               ms(median(bare_times))),
        Result(section, "reference: its peak memory", median(model_memory), "MB", median(bare_memory)),
    ]  # fmt: skip
    if big_times:
        results += [
            Result(section, "window shown, 3,000-contribution event", ms(median(big_times)), "ms",
                   ms(median(bare_times))),
            Result(section, "peak memory, 3,000-contribution event", median(big_memory), "MB",
                   median(bare_memory)),
        ]  # fmt: skip
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["--prepare"]:
        remember_last_event(prepare(Path(sys.argv[2]))[2])
    elif sys.argv[1:2] == ["--check"]:
        check_event_was_open()
    else:
        sys.exit(child_main(measure))
