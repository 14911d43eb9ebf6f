"""The app opens no network connection: a full GUI session runs with the network forbidden.

The session goes the way a facilitator's day goes: start the app on a fresh
database (with the start-up safety net, backups and the single-instance
listener), open the demo, type a contribution in the capture tab, export the
report as PDF, restore nothing, close. Meanwhile:

* ``socket.socket`` refuses every family but AF_UNIX (local sockets are how a
  second start finds the running window) and records the attempt;
* an audit hook records every socket creation, connect and name lookup done
  through Python;
* afterwards no internet socket is open in this process (checked against
  /proc/net, which also sees sockets opened by Qt's C++ code).
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Contribution
from erbij_desktop.storage import instance

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

_attempts: list[str] = []
_watching = [False]


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _watching[0]:
        return
    if event == "socket.__new__":
        family = args[1]
        if family != socket.AF_UNIX:
            _attempts.append(f"{event} family={family}")
    elif event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
        _attempts.append(f"{event} {args[1:]!r}")


sys.addaudithook(_audit)  # audit hooks cannot be removed; it only records while _watching


class _GuardedSocket(socket.socket):
    def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            _attempts.append(f"socket.socket({family})")
            raise PermissionError("network access is not allowed in Erbij Desktop")
        super().__init__(family, *args, **kwargs)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    _attempts.clear()
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(instance, "_process_role", instance._process_role)  # the GUI sets it
    _watching[0] = True
    try:
        yield _attempts
    finally:
        _watching[0] = False


def internet_socket_inodes() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets (Linux); empty elsewhere."""
    tables = [Path("/proc/self/net") / name for name in ("tcp", "tcp6", "udp", "udp6")]
    if not all(t.exists() for t in tables):
        return set()
    inodes = {line.split()[9] for t in tables for line in t.read_text().splitlines()[1:] if line.split()}
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[len("socket:[") : -1])
    return mine & inodes


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
            )


def test_a_full_gui_session_opens_no_network_connection(
    qtbot: QtBot, tmp_path: Path, no_network: list[str]
) -> None:
    from erbij_desktop.ui.app import create_application, create_main_window, open_database_or_explain
    from erbij_desktop.ui.errors.safety import install_safety

    app = create_application()
    db = open_database_or_explain(str(tmp_path / "erbij.sqlite"))
    assert db is not None
    window = create_main_window(db)
    qtbot.addWidget(window)
    net = install_safety(app, window, db, create_main_window)
    try:
        window.show()
        window.actions_.open_demo()  # type: ignore[attr-defined]
        workspace = window.tabs  # type: ignore[attr-defined]
        assert workspace is not None and "eenzaamheid" in workspace.title.lower()

        capture = workspace.tab_by_name("captureTab")
        assert capture is not None
        workspace.setCurrentWidget(capture)
        before = _count(db)
        capture.entry.setFocus()
        type_text(capture.entry, "Zonder wifi gaat het vastleggen gewoon door: één tafel, één zin.")
        QTest.keyClick(capture.entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _count(db) == before + 1, timeout=3000)

        target = tmp_path / "verslag.pdf"
        assert window.actions_.write_report(workspace.event_id, target)  # type: ignore[attr-defined]
        assert target.read_bytes().startswith(b"%PDF")

        qtbot.waitUntil(lambda: net.server is not None)  # it listens once the window has been painted
        assert net.timer is not None
        assert net.timer.scheduler.run() is not None  # a rolling backup, too
        assert internet_socket_inodes() == set()
    finally:
        window.close()
        net.shutdown()
        net.deleteLater()
    assert no_network == [], f"the app tried to use the network: {no_network}"


def _count(db: Any) -> int:
    with db.transaction() as session:
        return int(session.query(Contribution).count())


def test_the_guard_really_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(PermissionError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.01)
    assert no_network, "the guard saw nothing"
