"""A second start on the same database brings the running window forward, or explains clearly."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from erbij_desktop.storage import instance
from erbij_desktop.storage.database import open_database
from erbij_desktop.ui.errors.startup import DatabaseOpener
from erbij_desktop.ui.errors.texts import Way
from erbij_desktop.ui.single_instance import InstanceClient, InstanceServer, server_name

# The offscreen platform cannot raise windows or size them to hints; it says so.


def read_line(stream: IO[str], timeout: float = 30) -> str:
    """One line from a child's stdout, or fail instead of hanging if it never comes."""
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "the child process did not answer in time"
    return stream.readline()


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
ROOT = Path(__file__).resolve().parents[3]

RUNNING_APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    from erbij_desktop.storage import instance
    from erbij_desktop.storage.database import open_database
    from erbij_desktop.ui.single_instance import InstanceServer
    app = QApplication([])
    instance.set_process_role(instance.ROLE_APP)
    db = open_database(sys.argv[1])
    window = QMainWindow()
    window.showMinimized()
    listen = sys.argv[2] == "listen"
    if listen:
        server = InstanceServer(db.path, window)
        assert server.listen()
        server.raise_requested.connect(lambda: print("raised", window.isMinimized(), flush=True))
    print("ready", flush=True)
    app.exec()
    """
)


class RunningApp:
    def __init__(self, path: Path, listen: bool) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", RUNNING_APP, str(path), "listen" if listen else "deaf"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        assert self.process.stdout is not None
        assert read_line(self.process.stdout) == "ready\n"

    def stop(self) -> str:
        self.process.terminate()
        out, _ = self.process.communicate(timeout=10)
        return out


@pytest.fixture
def running(db_path: Path, request: pytest.FixtureRequest) -> Iterator[RunningApp]:
    open_database(str(db_path)).close()
    app = RunningApp(db_path, listen=request.param)
    yield app
    if app.process.poll() is None:
        app.stop()


@pytest.mark.parametrize("running", [True], indirect=True)
def test_second_start_brings_the_running_window_forward(
    qtbot: QtBot, db_path: Path, running: RunningApp
) -> None:
    opener = DatabaseOpener()
    opened: list[object] = []
    opener.opened.connect(opened.append)
    with qtbot.waitSignal(opener.forwarded, timeout=5000):
        opener.start(str(db_path))
    assert opened == [] and opener.dialog is None
    assert running.process.stdout is not None
    assert read_line(running.process.stdout) == "raised False\n"  # it came forward, no longer minimised


@pytest.mark.parametrize("running", [False], indirect=True)
def test_second_start_explains_when_the_window_does_not_answer(
    qtbot: QtBot, db_path: Path, running: RunningApp
) -> None:
    opener = DatabaseOpener()
    opener.start(str(db_path))  # asks the window, which never answers
    qtbot.waitUntil(lambda: opener.dialog is not None, timeout=5000)
    assert opener.dialog is not None
    qtbot.addWidget(opener.dialog)
    text = opener.dialog.message_label.text()
    assert f"het venster van Erbij Desktop (proces {running.process.pid})" in text
    assert set(opener.dialog.buttons) == {Way.RETRY, Way.OTHER_FILE, Way.CLOSE}


def test_server_and_client_in_one_process(qtbot: QtBot, db_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    server = InstanceServer(db_path, window)
    assert server.listen()
    client = InstanceClient(db_path)
    with qtbot.waitSignals([client.answered, server.raise_requested], timeout=3000):
        client.ask()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    server.close()


def test_client_without_server_fails_quickly(qtbot: QtBot, tmp_path: Path) -> None:
    client = InstanceClient(tmp_path / "niemand.sqlite")
    with qtbot.waitSignal(client.failed, timeout=3000):
        client.ask()


def test_server_names_differ_per_database(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a.sqlite") != server_name(tmp_path / "b.sqlite")
    assert server_name(tmp_path / "a.sqlite") == server_name(tmp_path / "." / "a.sqlite")
    assert instance.ROLE_APP != instance.ROLE_COMMAND
