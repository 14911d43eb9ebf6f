"""Starting and stopping the presentation on the screen the facilitator picked.

The choice is remembered by screen name in QSettings, so the beamer that was
used last time is picked again when it is plugged in. With one screen only
the presentation opens as a resizable preview window instead of covering the
facilitator's own screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from erbij_desktop.ui.live.controller import LiveController
from erbij_desktop.ui.settings import keys
from erbij_desktop.ui.settings import preferences as prefs

from .window import PREVIEW_SIZE, PresenterWindow

if TYPE_CHECKING:
    from erbij_desktop.report.join_cards import JoinCard

GAP = 8  # pixels between the facilitator's window and the preview
SCREEN_KEY = keys.PRESENTER_SCREEN  # read and written through settings.preferences


class PresenterLauncher(QObject):
    running_changed = Signal(bool)
    screens_changed = Signal()

    def __init__(self, controller: LiveController, facilitator: QWidget | None = None) -> None:
        super().__init__(controller)
        self._controller = controller
        self._facilitator = facilitator
        self._window: PresenterWindow | None = None
        self._join: list[JoinCard] | None = None  # the tables' QR codes instead of the stage
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_screens)
            app.screenRemoved.connect(self._on_screens)

    # -- screens -----------------------------------------------------------------------------------
    @staticmethod
    def screens() -> list[QScreen]:
        return list(QGuiApplication.screens())

    def screen_labels(self) -> list[tuple[str, str]]:
        """(name, label) per connected screen, for the picker."""
        primary = QGuiApplication.primaryScreen()
        result = []
        for index, screen in enumerate(self.screens()):
            size = screen.geometry().size()
            name = screen.name() or screen.model() or screen.manufacturer()
            label = self.tr("Scherm %1: %2").replace("%2", name) if name else self.tr("Scherm %1")
            label = label.replace("%1", str(index + 1)) + f" ({size.width()}×{size.height()})"
            if screen is primary:
                label += self.tr(" — hoofdscherm")
            result.append((screen.name(), label))
        return result

    def chosen_screen(self) -> QScreen | None:
        """The remembered screen if connected; otherwise the first that is not the main screen."""
        screens = self.screens()
        if not screens:
            return None
        wanted = prefs.presenter_screen()
        for screen in screens:
            if screen.name() == wanted:
                return screen
        primary = QGuiApplication.primaryScreen()
        return next((s for s in screens if s is not primary), screens[0])

    def choose_screen(self, name: str) -> None:
        prefs.set_presenter_screen(name)
        if self._window is not None:
            self._place(self._window)

    def is_preview(self) -> bool:
        """With a single screen the presentation is a window, not full screen."""
        return len(self.screens()) < 2

    # -- the window --------------------------------------------------------------------------------
    @property
    def window(self) -> PresenterWindow | None:
        return self._window

    @property
    def running(self) -> bool:
        return self._window is not None

    def start(self) -> PresenterWindow:
        """Show the presentation (F5); when it is already showing, bring it forward."""
        if self._window is None:
            window = PresenterWindow(self._controller)
            window.show_join(self._join)
            window.closed.connect(self._on_closed)
            # The beamer window has no parent: close it when live mode goes (event closed).
            self.destroyed.connect(window.close)
            self._window = window
            self._place(self._window)
            self.running_changed.emit(True)
        else:
            self._window.raise_()
        if self._facilitator is not None and not self.is_preview():
            self._facilitator.activateWindow()  # keep typing in the facilitator window
        return self._window

    def show_join(self, cards: list[JoinCard] | None) -> None:
        """The tables' QR codes on the beamer instead of the stage (None: the stage), now and at F5."""
        self._join = cards
        if self._window is not None:
            self._window.show_join(cards)

    def stop(self) -> None:
        if self._window is not None:
            self._window.close()

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def _place(self, window: PresenterWindow) -> None:
        screen = self.chosen_screen()
        if self.is_preview() or screen is None:
            if window.isFullScreen():
                window.showNormal()
            window.resize(self._preview_size())
            window.move(self._beside_facilitator(window))
            window.show()
            return
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()

    def _host_screen(self) -> tuple[QWidget | None, QRect]:
        host = self._facilitator.window() if self._facilitator is not None else None
        screen = (host.screen() if host is not None else None) or QGuiApplication.primaryScreen()
        return host, (screen.availableGeometry() if screen is not None else QRect(0, 0, *PREVIEW_SIZE))

    def _preview_size(self) -> QSize:
        """16:9, at most PREVIEW_SIZE and half the screen's width, so it can stand beside the window."""
        width = min(PREVIEW_SIZE[0], self._host_screen()[1].width() // 2)
        return QSize(width, width * PREVIEW_SIZE[1] // PREVIEW_SIZE[0])

    def _beside_facilitator(self, window: PresenterWindow) -> QPoint:
        """Where the preview hides least of the main window: right of it, else left, else a corner."""
        host, area = self._host_screen()
        width, height = window.width(), window.height()
        corner = QPoint(max(area.left(), area.right() - width), max(area.top(), area.bottom() - height))
        if host is None:
            return corner
        frame = host.frameGeometry()
        top = max(area.top(), min(frame.top(), area.bottom() - height))
        if frame.right() + GAP + width <= area.right():
            return QPoint(frame.right() + GAP, top)
        if frame.left() - GAP - width >= area.left():
            return QPoint(frame.left() - GAP - width, top)
        return corner  # no room beside: the far corner

    def _on_closed(self) -> None:
        self._window = None
        self.running_changed.emit(False)

    def _on_screens(self, _screen: QScreen) -> None:
        self.screens_changed.emit()
