"""The facilitator's "Live" panel: beamer preview and controls, timer, message, programme clock.

Left: what the room sees and what drives it; right: the programme clock, the
tables writing along (added by the tab, which owns the capture server) and
the printed papers (run sheet, table cards).
The panel holds no live state of its own; it shows the LiveController's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

from erbij_desktop.ui.presenter.launcher import PresenterLauncher

from .controller import LiveController
from .message_box import MessageBox
from .papers_box import PapersBox
from .programme_box import ProgrammeBox
from .stage_box import StageBox
from .timer_box import TimerBox


class LivePanel(QWidget):
    def __init__(
        self, controller: LiveController, launcher: PresenterLauncher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("livePanel")
        self.controller = controller
        self.launcher = launcher
        self.stage_box = StageBox(controller, launcher)
        self.timer_box = TimerBox(controller)
        self.message_box = MessageBox(controller)
        self.programme_box = ProgrammeBox(controller)
        self.papers_box = PapersBox(controller)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stage_box, 1)
        column.addWidget(self.timer_box)
        column.addWidget(self.message_box)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(400)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.programme_box, 1)
        right_column.addWidget(self.papers_box)
        self._right_column = right_column
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 560])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def add_to_side(self, box: QWidget, stretch: int = 1) -> None:
        """Place ``box`` in the right column, under the programme clock and above the papers."""
        self._right_column.insertWidget(self._right_column.indexOf(self.papers_box), box, stretch)

    def showEvent(self, event: QShowEvent) -> None:
        self.controller.reload()  # questions or programme may have been edited meanwhile
        super().showEvent(event)
