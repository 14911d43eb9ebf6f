"""A second start on the same database brings the running window forward.

The storage instance lock (erbij_desktop.storage.instance) already makes sure
only one process uses a database. This module is the friendly half: the
window that holds a database listens on a local socket named after it; a
second start that finds the database locked by the app asks that window to
come forward and then quits quietly. Local sockets are Unix domain sockets
(named pipes on Windows): no network is involved.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

REQUEST = b"raise\n"
ANSWER = b"ok\n"
ANSWER_TIMEOUT_MS = 2000


def server_name(database: Path) -> str:
    """A name per user and database file, short enough for a socket path."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}:{database.resolve()}".encode()).hexdigest()[:20]
    return f"erbij-desktop-{digest}"


def bring_forward(window: QWidget) -> None:
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Listens for later starts on the same database; brings ``window`` forward on request."""

    raise_requested = Signal()

    def __init__(self, database: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.name = server_name(database)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        # We hold the database's instance lock, so a socket of this name is a leftover of a crash.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            return
        if bytes(connection.readLine().data()) == REQUEST:
            connection.write(ANSWER)
            connection.flush()
            bring_forward(self.window)
            self.raise_requested.emit()
        connection.disconnectFromServer()


class InstanceClient(QObject):
    """Asks the window that holds ``database`` to come forward; ``answered`` or ``failed``."""

    answered = Signal()
    failed = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(database)
        self.socket = QLocalSocket(self)
        self.socket.connected.connect(self._send)
        self.socket.readyRead.connect(self._read)
        self.socket.errorOccurred.connect(lambda _error: self._finish(False))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._finish(False))
        self._done = False

    def ask(self) -> None:
        self._timer.start(ANSWER_TIMEOUT_MS)
        self.socket.connectToServer(self.name)

    def _send(self) -> None:
        self.socket.write(REQUEST)
        self.socket.flush()

    def _read(self) -> None:
        if self.socket.canReadLine():
            self._finish(bytes(self.socket.readLine().data()) == ANSWER)

    def _finish(self, ok: bool) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self.socket.abort()
        (self.answered if ok else self.failed).emit()
