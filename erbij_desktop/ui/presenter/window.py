"""The presenter window: the stage view as a top-level window for the beamer.

Full screen on the chosen screen, or a resizable preview window when the
laptop has only one. Esc leaves the presentation; F11 switches between full
screen and a window. It shows live state and changes none of it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from erbij_desktop.ui.live.controller import LiveController

from .stage import StageView

PREVIEW_SIZE = (960, 540)


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, controller: LiveController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Erbij Desktop — presentatie"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stage = StageView(controller, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        self.resize(*PREVIEW_SIZE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
