"""The presenter window: the stage view as a top-level window for the beamer.

Full screen on the chosen screen, or a resizable preview window when the
laptop has only one. Esc leaves the presentation; F11 switches between full
screen and a window. It shows live state and changes none of it. While the
Live tab asks for it, the tables' QR codes take the stage's place (join_board).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from erbij_desktop.ui.live.controller import LiveController

from .join_board import JoinBoard
from .stage import StageView

if TYPE_CHECKING:
    from erbij_desktop.report.join_cards import JoinCard  # ReportLab only when printing

PREVIEW_SIZE = (960, 540)


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, controller: LiveController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Erbij Desktop — presentatie"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stage = StageView(controller, self)
        self.join_board = JoinBoard(self)
        self._pages = QStackedLayout(self)
        self._pages.setContentsMargins(0, 0, 0, 0)
        self._pages.addWidget(self.stage)
        self._pages.addWidget(self.join_board)
        self.resize(*PREVIEW_SIZE)

    def show_join(self, cards: list[JoinCard] | None) -> None:
        """Show every table's QR code instead of the stage (None or no cards: the stage again)."""
        if cards:
            self.join_board.set_cards(cards)
            self._pages.setCurrentWidget(self.join_board)
        else:
            self._pages.setCurrentWidget(self.stage)

    @property
    def showing_join(self) -> bool:
        return self._pages.currentWidget() is self.join_board

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
