"""The "Live" tab of an open event (built by the tab container, see ui/events/tabs.py).

It installs live mode with the tab container as shortcut host, so F5 and the
timer keys work from every tab. The live round is chosen here (and by the
programme clock), never by capturing: Vastleggen may add a late remark to any
round without touching the room's question or countdown. The chosen round is
announced on ``context.live_round`` for whoever follows it. Any committed
change to the event (a question reworded under Voorbereiden, from any tab or
device) re-reads what the beamer shows, without touching the running timer;
closing the event closes the presentation and stops the tables' capture
server (``room_service``), which the tab owns.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from erbij_desktop.app.changes import ChangeSet

from ..events.context import EventContext
from .controller import LiveController
from .install import LiveMode, install_live_mode
from .room_box import RoomBox
from .room_service import RoomService

# What the beamer shows comes from these tables (the clock's own writes included).
SHOWN = ("event", "round", "programme_item", "programme_item_person", "person", "key_figure", "quote")


class LiveTab(QWidget):
    TAKES_CONTEXT = True

    def __init__(self, context: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        host = parent if parent is not None else self
        self.live: LiveMode = install_live_mode(
            host, context.workspace, event_id=context.event_id, panel_parent=self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.live.panel)
        # The room's capture server: off until the facilitator switches it on; pages follow the live round.
        self.room = RoomService(context.workspace, self)
        self.room_box = RoomBox(self.live.controller, self.room, on_beamer=self.live.launcher.show_join)
        self.live.panel.add_to_side(self.room_box)
        self.live.controller.round_changed.connect(self.room.follow_round)
        context.signals.changed.connect(self._changed)
        self.live.controller.round_changed.connect(context.live_round.set)
        if self.live.controller.current_round is not None:
            context.live_round.set(self.live.controller.current_round.id)
            self.room.follow_round(self.live.controller.current_round.id)

    @property
    def controller(self) -> LiveController:
        return self.live.controller

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(*SHOWN):
            self.live.controller.reload()
        if changes.touches("event", "round", "event_table"):
            self.room_box.reload_facts()
            self.room.status_changed.emit()  # a table added, renamed or removed

    def close_session(self) -> None:
        self.room.stop()  # no port stays open once the event is closed
        self.live.launcher.stop()
