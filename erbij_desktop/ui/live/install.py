"""Wiring live mode into a window: controller, presenter launcher, panel, shortcuts.

``install_live_mode`` is the single entry point: it builds the pieces for the
open event's workspace and puts the live shortcuts on ``host`` (a
widget that stays visible while the event is open, e.g. the main window) and
on the presenter window, so they work wherever the facilitator's focus is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.timer import Clock
from erbij_desktop.ui.presenter.launcher import PresenterLauncher

from .controller import LiveController
from .panel import LivePanel
from .texts import tr

BEEPS = 3
BEEP_INTERVAL_MS = 350


@dataclass
class LiveMode:
    controller: LiveController
    launcher: PresenterLauncher
    panel: LivePanel
    shortcuts: list[QShortcut] = field(default_factory=list)


def shortcut_table() -> list[tuple[str, str]]:
    """(keys, what they do): for the panel's help and the README."""
    return [
        ("F5", tr("Presentatie starten op het gekozen scherm")),
        ("Shift+F5", tr("Presentatie stoppen")),
        ("Esc", tr("Presentatie verlaten (in het presentatievenster)")),
        ("F11", tr("Schermvullend aan/uit (in het presentatievenster)")),
        ("F6", tr("Timer starten, pauzeren of hervatten")),
        ("F7", tr("Eén minuut erbij")),
        ("Shift+F7", tr("Vijf minuten erbij")),
    ]


def install_live_mode(
    host: QWidget,
    workspace: Workspace,
    *,
    event_id: int | None = None,
    panel_parent: QWidget | None = None,
    clock: Clock = time.monotonic,
) -> LiveMode:
    """Build live mode for the open event's ``workspace`` (the round is chosen in Live, never by capture)."""
    controller = LiveController(workspace, host, clock=clock)
    launcher = PresenterLauncher(controller, host.window())
    panel = LivePanel(controller, launcher, panel_parent)
    mode = LiveMode(controller, launcher, panel)
    actions = _actions(mode)
    mode.shortcuts = _shortcuts(host, actions)
    launcher.running_changed.connect(lambda running: _presenter_shortcuts(mode, actions) if running else None)
    controller.time_up.connect(_sound_the_end)
    if event_id is not None:
        controller.set_event(event_id)
    return mode


def _actions(mode: LiveMode) -> dict[str, Callable[[], object]]:
    controller, launcher = mode.controller, mode.launcher
    return {
        "F5": launcher.start,
        "Shift+F5": launcher.stop,
        "F6": controller.toggle_timer,
        "F7": lambda: controller.extend_timer(1),
        "Shift+F7": lambda: controller.extend_timer(5),
    }


def _shortcuts(widget: QWidget, actions: dict[str, Callable[[], object]]) -> list[QShortcut]:
    made = []
    for keys, action in actions.items():
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(action)
        made.append(shortcut)
    return made


def _presenter_shortcuts(mode: LiveMode, actions: dict[str, Callable[[], object]]) -> None:
    window = mode.launcher.window
    if window is not None and not window.property("liveShortcuts"):
        window.setProperty("liveShortcuts", True)
        _shortcuts(window, {k: v for k, v in actions.items() if k != "F5"})


def _sound_the_end() -> None:
    """Three beeps where the system has a bell; the beamer shows the end as well."""
    for index in range(BEEPS):
        QTimer.singleShot(index * BEEP_INTERVAL_MS, QApplication.beep)
