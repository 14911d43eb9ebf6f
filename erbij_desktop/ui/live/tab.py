"""The "Live" tab of an open event (loaded by the event workspace, see ui/events/tabs.py).

It installs live mode with the workspace as shortcut host, so F5 and the timer
keys work from every tab, and follows the capture tab's round switch. Being
told the same event again (after edits elsewhere) re-reads it without
touching the running timer; closing the event closes the presentation.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from erbij_desktop.storage.database import Database

from .controller import LiveController
from .install import LiveMode, follow_capture_view, install_live_mode

CAPTURE_TAB = "captureTab"


class LiveTab(QWidget):
    saved = Signal()  # actual start/end times were recorded

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        host = parent if parent is not None else self
        self.live: LiveMode = install_live_mode(host, None, db, panel_parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.live.panel)
        self.live.controller.recorded.connect(self.saved)
        find = getattr(parent, "tab_by_name", None)
        self._capture = find(CAPTURE_TAB) if find is not None else None
        if self._capture is not None:
            follow_capture_view(self.live.controller, self._capture)
            self.live.controller.round_changed.connect(self._lead_capture_view)

    @property
    def controller(self) -> LiveController:
        return self.live.controller

    def set_event(self, event_id: int) -> None:
        snapshot = self.live.controller.snapshot
        if snapshot is not None and snapshot.event_id == event_id:
            self.live.controller.reload()
        else:
            self.live.controller.set_event(event_id)
            # The capture view chose its round (from the clock) before this tab existed.
            round_id = _capture_round(self._capture)
            if round_id is not None:
                self.live.controller.set_round(round_id)

    def close_session(self) -> None:
        self.live.launcher.stop()

    def _lead_capture_view(self, round_id: object) -> None:
        """A round chosen here is the round typed into under Vastleggen as well."""
        select = getattr(self._capture, "select_round", None)
        if isinstance(round_id, int) and select is not None and _capture_round(self._capture) != round_id:
            select(round_id)


def _capture_round(capture: QWidget | None) -> int | None:
    """The round the capture view shows now, if it says."""
    round_id = getattr(capture, "round_id", None)
    return round_id if isinstance(round_id, int) else None
