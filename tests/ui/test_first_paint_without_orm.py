"""The app paints the last event open before it loads the ORM, and loads it right after.

This is what keeps start-up within its target (tests/benchmarks/startup_bench.py):
SQLAlchemy's ORM and the data model cost a sixth of a second on an old laptop.
The app runs as a user starts it, in its own process (this test process has
long loaded the ORM), with the start-up probe set: a small wrapper around the
probe reports what was loaded and shown at the first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]

# Runs the app; at the first paint (the benchmark's probe) it writes what it sees as JSON.
REPORTER = """
import json, runpy, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import erbij_desktop.ui.app as app

probe = app._probe

def report(linger):
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    question = window.findChild(QLabel, "captureRoundQuestion")
    print("REPORT " + json.dumps({
        "orm": "sqlalchemy.orm" in sys.modules,
        "models": "erbij_desktop.domain.models" in sys.modules,
        "title": window.windowTitle(),
        "tab": window.tabs.currentWidget().objectName() if window.tabs else None,
        "question": question.text() if question is not None else None,
    }), flush=True)
    # Queued behind the work the first paint started (the ORM, the Live tab), as the ready marker is;
    # then it quits (the probe's own quit, after the linger, is only the bound).
    def ready():
        print("READY " + json.dumps({
            "orm": "sqlalchemy.orm" in sys.modules,
            "live": window.findChild(QWidget, "liveTab") is not None,
            "aiohttp": "aiohttp" in sys.modules,
        }), flush=True)
        QApplication.quit()

    QTimer.singleShot(0, ready)
    probe(linger)

app._probe = report
sys.argv = ["erbij-desktop", "--database", sys.argv[1]]
runpy.run_module("erbij_desktop", run_name="__main__")
"""


def run_app(database: Path, home: Path, linger_ms: int, line: str = "REPORT ") -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ERBIJ_STARTUP_PROBE": str(linger_ms),
        "PYTHONPATH": str(ROOT),
        **{var: str(home / var.lower()) for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")},
    }
    env.pop("ERBIJ_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", REPORTER, str(database)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = next(printed for printed in done.stdout.splitlines() if printed.startswith(line))
    report: dict[str, object] = json.loads(found.removeprefix(line))
    return report


@pytest.fixture
def demo_database(tmp_path: Path) -> tuple[Path, Path]:
    database, home = tmp_path / "erbij.sqlite", tmp_path / "home"
    db = open_database(str(database))
    try:
        with db.transaction() as session:
            event_id = import_demo(session)[0].id
    finally:
        db.close()
    settings = home / "xdg_config_home" / "Erbij" / "erbij-desktop.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[events]\nlast={event_id}\n\n[workspace]\ntab=captureTab\n", encoding="utf-8")
    return database, home


def test_the_last_event_is_painted_before_the_orm_loads(demo_database: tuple[Path, Path]) -> None:
    report = run_app(*demo_database, linger_ms=0)
    assert report["title"] == "Praktijktafel Samen tegen eenzaamheid"
    assert report["tab"] == "captureTab"
    assert report["question"] == "Wat doe je om eenzaamheid te signaleren?"
    assert report["orm"] is False
    assert report["models"] is False


def test_the_overview_loads_the_orm_at_once(demo_database: tuple[Path, Path]) -> None:
    database, home = demo_database
    settings = home / "xdg_config_home" / "Erbij" / "erbij-desktop.conf"
    settings.write_text("", encoding="utf-8")  # no last event: the overview lists the events
    report = run_app(database, home, linger_ms=0)
    assert report["tab"] is None
    assert report["orm"] is True


def test_the_live_tab_is_ready_without_the_room_server(demo_database: tuple[Path, Path]) -> None:
    """Most events never start "Tafels schrijven mee": aiohttp loads when it is started, not at ready."""
    report = run_app(*demo_database, linger_ms=20_000, line="READY ")
    assert report == {"orm": True, "live": True, "aiohttp": False}
