"""Start-up: from starting the process to the main window shown, and ready, with the last event open.

The app is started as a user starts it, ``python -m erbij_desktop --database
FILE``, with ``ERBIJ_STARTUP_PROBE`` set: after the window's first paint it
prints a marker, another once the work that paint started is done ("ready":
the ORM loaded, the window's actions attached, the Live tab built, so the
window is usable), and quits 1.5 s later (see ``erbij_desktop.ui.app``), so the
peak memory includes what the app does right after it has shown its window.
The settings say the event was left open on the Vastleggen tab, as after a day
of capturing. Three starts are timed: the demo event; the demo event with a
backup due at open (its file written after its newest backup, as after a day's
work); and (not with ``--quick``) an event of 100,000 contributions.

The floor, ``startup_bare.py``, is a bare PySide6 window: it imports
PySide6.QtWidgets and shows an empty QMainWindow of the same size, marked the
same way (issue 17: no SQLAlchemy in the floor). A reference line,
``startup_models.py``, adds SQLAlchemy, the app's ORM data model and one query:
the part of any start that is the data model itself, before any window.

All run alternately, several times; the figures are medians of the time until
each marker is read, and of each process's peak memory (ru_maxrss).
Targets: window shown <= 2.5x the floor, ready <= 5x, in all three starts;
peak memory <= 1.5x the reference with the demo event (issue 8's memory target, whose
floor held SQLAlchemy: SQLAlchemy and the model alone are ~1.7x a bare window's memory, and an
app on them cannot go below that), shown against the bare window too.

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

SHOWN_TARGET = 2.5
READY_TARGET = 5.0
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


def prepare(workdir: Path, quick: bool) -> int:
    """The demo event, and (not quick) the 100,000-contribution event, each the only event in its file."""
    from generator import BIG_SCALE_EVENT, build_event

    from erbij_desktop.storage.archive_demo import import_demo
    from erbij_desktop.storage.database import open_database

    ids = set()
    for path in databases(workdir, quick):
        db = open_database(str(path))
        try:
            with db.transaction() as session:
                if path.name == DEMO:
                    ids.add(import_demo(session)[0].id)
                else:
                    ids.add(build_event(session, BIG_SCALE_EVENT))
        finally:
            db.close()
    assert len(ids) == 1, "both events must have the same id: the settings remember one"
    return ids.pop()


DEMO, BIG = "startup-demo.sqlite", "startup-100k.sqlite"


def databases(workdir: Path, quick: bool) -> list[Path]:
    return [workdir / DEMO] if quick else [workdir / DEMO, workdir / BIG]


def prepare_in_child(workdir: Path, quick: bool) -> list[Path]:
    command = [sys.executable, __file__, "--prepare", str(workdir), *(["--quick"] if quick else [])]
    subprocess.run(command, check=True)
    return databases(workdir, quick)


def backups_of(database: Path) -> set[str]:
    """The names of the backups ``database`` has now (read by a child: this process stays small)."""
    command = [sys.executable, __file__, "--backups", str(database)]
    out = subprocess.run(command, check=True, capture_output=True)
    return set(out.stdout.decode().split())


def print_backups(database: Path) -> None:
    from erbij_desktop.storage.backups import list_backups

    print("\n".join(info.path.name for info in list_backups(database)))


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


class Starts:
    """The medians of several starts of one command: time to each marker, peak memory."""

    def __init__(self, command: list[str]) -> None:
        self.command = command
        self.shown: list[float] = []
        self.ready: list[float] = []
        self.memory: list[float] = []

    def run(self, env: dict[str, str], log: Path, *, needs_ready: bool = True) -> None:
        shown, ready, memory = run_marked(self.command, env, log)
        if needs_ready and ready is None:
            raise RuntimeError(f"{self.command[1:]} printed no {READY_MARKER!r}; see {log}")
        self.shown.append(shown)
        self.ready.append(ready if ready is not None else shown)
        self.memory.append(memory)

    def ms(self, which: str) -> float:
        return ms(median(getattr(self, which)))


def measure(workdir: Path, quick: bool) -> list[Result]:
    repeat = 3 if quick else 7
    paths = prepare_in_child(workdir, quick)
    demo = paths[0]
    env = dict(os.environ, ERBIJ_STARTUP_PROBE=str(LINGER_MS))
    log = workdir / "startup-stderr.log"
    here = Path(__file__)
    bare = Starts([sys.executable, str(here.with_name("startup_bare.py"))])
    models = Starts([sys.executable, str(here.with_name("startup_models.py")), str(demo)])
    app = [sys.executable, "-m", "erbij_desktop", "--database"]
    plain, due = Starts([*app, str(demo)]), Starts([*app, str(demo)])
    big = Starts([*app, str(paths[-1])]) if not quick else None

    # One unmeasured start of each: the first start after an import makes a backup, and the
    # file cache warms up for all alike.
    for database in paths:
        run_once([*app, str(database)], env, log)
        subprocess.run([sys.executable, __file__, "--check", str(workdir)], check=True)
    run_once(bare.command, env, log)
    run_once(models.command, env, log)

    backups_before = backups_of(demo)
    for _ in range(repeat):
        bare.run(env, log, needs_ready=False)
        models.run(env, log, needs_ready=False)
        plain.run(env, log)
        os.utime(demo)  # written after its newest backup: the next open makes one first
        due.run(env, log)
        if big is not None:
            big.run(env, log)
    made = len(backups_of(demo) - backups_before)  # new names: the oldest may have been pruned
    if made < repeat:
        raise RuntimeError(f"the starts with a backup due made {made} backups, not {repeat}")

    floor, section = bare.ms("shown"), "1 Start-up"
    results = [
        Result(section, "window shown, demo event open", plain.ms("shown"), "ms", floor,
               ratio_limit=SHOWN_TARGET),
        Result(section, "ready (ORM loaded, window usable), demo event", plain.ms("ready"), "ms", floor,
               ratio_limit=READY_TARGET),
        Result(section, "peak memory, demo event open (against the floor + SQLAlchemy and the data model)",
               median(plain.memory), "MB", median(models.memory), ratio_limit=MEMORY_TARGET),
        Result(section, "peak memory, demo event open (against the bare window)", median(plain.memory), "MB",
               median(bare.memory)),
        Result(section, "window shown, demo event, a backup due at open", due.ms("shown"), "ms", floor,
               ratio_limit=SHOWN_TARGET),
        Result(section, "ready, demo event, a backup due at open", due.ms("ready"), "ms", floor,
               ratio_limit=READY_TARGET),
    ]  # fmt: skip
    if big is not None:
        results += [
            Result(section, "window shown, 100,000-contribution event", big.ms("shown"), "ms", floor,
                   ratio_limit=SHOWN_TARGET),
            Result(section, "ready, 100,000-contribution event", big.ms("ready"), "ms", floor,
                   ratio_limit=READY_TARGET),
            Result(section, "peak memory, 100,000-contribution event", median(big.memory), "MB",
                   median(bare.memory)),
        ]  # fmt: skip
    results += [
        Result(section, "reference: bare window + SQLAlchemy and the app's data model", models.ms("shown"),
               "ms", floor),
        Result(section, "reference: its peak memory", median(models.memory), "MB", median(bare.memory)),
    ]  # fmt: skip
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["--prepare"]:
        remember_last_event(prepare(Path(sys.argv[2]), quick="--quick" in sys.argv))
    elif sys.argv[1:2] == ["--backups"]:
        print_backups(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["--check"]:
        check_event_was_open()
    else:
        sys.exit(child_main(measure))
