"""The capture view's side of the outbox: try again until the server answers, and say what waits.

On a server database a contribution typed while the server cannot be reached
is kept on this laptop (``app.outbox``) and comes back as a waiting row. This
object shows those rows in their table's list (marked as waiting by the
model), says in the main window's status bar "Geen verbinding — 3 bijdragen
wachten", and tries to deliver them: 2 seconds after the first one waited,
then less and less often (up to every 30 seconds) while the server stays
away, at once after a new one was typed. Delivered rows leave the list as
waiting rows and come back through the change feed as stored ones; the status
bar clears. Entries still waiting when the app was closed are delivered when
the capture view opens again. On an SQLite file it does nothing at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from erbij_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from erbij_desktop.app.outbox import Delivery

    from .controller import CaptureController
    from .view import CaptureView

FIRST_TRY_MS = 2000
LAST_TRY_MS = 30_000
STATUS_NAME = "outboxStatus"


class OutboxSender(QObject):
    def __init__(self, controller: CaptureController, view: CaptureView) -> None:
        super().__init__(view)
        self.controller = controller
        self.view = view
        self.delivery: Delivery | None = None
        self.waiting = 0
        self._delay = FIRST_TRY_MS
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.try_now)
        if controller.ws.db.url.startswith("sqlite"):
            return  # the file is on this laptop: nothing to wait for (and app.outbox is never loaded)
        from erbij_desktop.app import outbox

        try:
            self.delivery = delivery = outbox.delivery_for(controller.ws)
        except StorageError as error:
            self._show(str(error))
            return
        if delivery is None:
            return
        controller.saved.connect(self._saved)
        controller.scope_changed.connect(self._show_waiting_rows)
        if delivery.count():  # left from the last time the app ran: shown, and sent once the window is up
            self._show_waiting_rows()
            self._timer.start(0)

    # --- trying -------------------------------------------------------------------------------------

    def try_now(self) -> None:
        """Deliver what waits (the timer calls this; a test may too)."""
        if self.delivery is None:
            return
        done = self.delivery.deliver(label=self.tr("Bijdrage toevoegen"))
        if done.rows or done.refused:
            self.controller.table_model.follow([], [-entry.seq for entry, _row in done.rows])
            for entry in done.refused:
                self.controller.table_model.remove(-entry.seq)
                self._show(
                    self.tr(
                        "Een bijdrage die zonder verbinding werd getypt, kon niet worden bewaard: %1"
                    ).replace("%1", entry.refused or "")
                    + " "
                    + self.tr("De tekst is bewaard in de wachtrij op deze laptop: “%1”").replace(
                        "%1", entry.text
                    )
                )
        self._update(done.waiting)
        if done.waiting:
            self._delay = FIRST_TRY_MS if done.rows else min(self._delay * 2, LAST_TRY_MS)
            self._timer.start(self._delay)
        else:
            self._delay = FIRST_TRY_MS

    def _saved(self) -> None:
        """After every change of this view: did Enter just put a contribution into the outbox?"""
        assert self.delivery is not None
        count = self.delivery.count()
        if count != self.waiting:
            self._show_waiting_rows()
            self._update(count)
        if count and not self._timer.isActive():
            self._delay = FIRST_TRY_MS
            self._timer.start(self._delay)

    # --- showing ------------------------------------------------------------------------------------

    def _show_waiting_rows(self, *_scope: object) -> None:
        """The shown table's waiting entries, in its list (the model keeps only its own scope's)."""
        if self.delivery is None:
            return
        from erbij_desktop.app.outbox import waiting_row

        self.controller.table_model.follow([waiting_row(entry) for entry in self.delivery.waiting()])

    def _update(self, waiting: int) -> None:
        self.waiting = waiting
        label = self._status_label(make=bool(waiting))
        if label is None:
            return
        if waiting:
            if waiting == 1:
                text = self.tr("Geen verbinding — 1 bijdrage wacht")
            else:
                text = self.tr("Geen verbinding — %1 bijdragen wachten").replace("%1", str(waiting))
            label.setText(text)
            label.setToolTip(
                self.tr(
                    "De server is niet bereikbaar. Wat je typt, is bewaard op deze laptop en wordt "
                    "vanzelf bezorgd zodra er weer verbinding is."
                )
            )
        label.setVisible(bool(waiting))
        if not waiting:
            label.clear()

    def _status_label(self, *, make: bool) -> QLabel | None:
        """The window's status bar label for the outbox (made the first time; None outside a window)."""
        window = self.view.window()
        if not isinstance(window, QMainWindow):
            return None
        bar = window.statusBar()
        label = bar.findChild(QLabel, STATUS_NAME)
        if label is None and make:
            label = QLabel(bar)
            label.setObjectName(STATUS_NAME)
            label.setStyleSheet("color: #9a3b00; font-weight: 600;")
            label.setVisible(False)
            bar.addWidget(label)
        return label

    def _show(self, text: str) -> None:
        self.view.show_message(text)
