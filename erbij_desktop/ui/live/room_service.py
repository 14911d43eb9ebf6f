"""The Live tab's hold on the room's capture server ("Tafels schrijven mee"): on, off, and what each
table is doing, delivered on the GUI thread.

The server (erbij_desktop.server) runs in its own thread and calls back from
there; this object turns that into Qt signals for the box and its model, and
ticks while the server runs so "laatste contact" and the device counts age.
It follows the round the facilitator puts live, and stops with the event.

The server module (and aiohttp with it, ~80 ms and several MB) is imported when
the facilitator first starts the server, not when the Live tab is built right
after the window's first paint: most events never start it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.server.errors import ServerError
from erbij_desktop.server.presence import TableStatus

if TYPE_CHECKING:
    from erbij_desktop.server.room import RoomServer

TICK_MS = 5_000


class RoomService(QObject):
    running_changed = Signal(bool)
    status_changed = Signal()  # devices, last contact, pause or links changed
    _heard = Signal()  # from the server's thread

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._server: RoomServer | None = None
        self._unsubscribe: object = None
        self._round: int | None = None
        self._heard.connect(self.status_changed)  # queued: emitted on another thread
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.status_changed)

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.running

    @property
    def address(self) -> tuple[str, int] | None:
        return self._server.address if self.running and self._server is not None else None

    def start(self, host: str, port: int) -> None:
        """Listen on ``host:port``; ServerError (a Dutch sentence) when that cannot be done."""
        if self.running:
            return
        from erbij_desktop.server.room import RoomServer

        server = RoomServer(self._ws, host=host, port=port)
        server.follow_round(self._round)
        server.start()
        self._server = server
        self._unsubscribe = server.on_status(self._heard.emit)
        self._tick.start()
        self.running_changed.emit(True)
        self.status_changed.emit()

    def stop(self) -> None:
        server, self._server = self._server, None
        self._tick.stop()
        if server is None:
            return
        if callable(self._unsubscribe):
            self._unsubscribe()
        self._unsubscribe = None
        server.stop()
        self.running_changed.emit(False)
        self.status_changed.emit()

    def follow_round(self, round_id: int | None) -> None:
        """The facilitator put this round live: the tables' pages show its question."""
        self._round = round_id
        if self._server is not None:
            self._server.follow_round(round_id)

    def statuses(self) -> list[TableStatus]:
        if not self.running or self._server is None:
            return []
        try:
            return self._server.table_status()
        except ServerError:  # stopped meanwhile
            return []

    def set_paused(self, table_id: int, paused: bool) -> None:
        if self._server is not None and self.running:
            self._server.set_paused(table_id, paused)
            self.status_changed.emit()

    def renew_link(self, table_id: int) -> str | None:
        """A new link for the table (the old one stops working); None when the server is off."""
        if self._server is None or not self.running:
            return None
        link = self._server.renew_token(table_id)
        self.status_changed.emit()
        return link
