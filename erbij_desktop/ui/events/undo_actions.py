"""Bewerken → Ongedaan maken / Opnieuw: one undo history per open event, for every tab.

The history is the event workspace's (``app.workspace``): Ctrl+Z takes back
the last change wherever it was made, in this tab or another. Typing not yet
saved is saved first, so it is part of the history. Labels read
"Ongedaan maken: bijdrage uitlichten"; after undoing, the status bar says
what was undone, and a step that no longer fits the data says so (the
history is then cleared).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from erbij_desktop.app.errors import UndoConflict

from .tabs import EventTabs


def _lower_first(label: str) -> str:
    return label[:1].lower() + label[1:]


class UndoActions(QObject):
    # A sentence for the status bar.
    message = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.undo = QAction(self.tr("Ongedaan maken"), window)
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = QAction(self.tr("Opnieuw"), window)
        self.redo.setObjectName("actionRedo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        self._tabs: EventTabs | None = None
        self._disconnect: list[Callable[[], object]] = []
        self.refresh()

    def bind(self, tabs: EventTabs | None) -> None:
        for disconnect in self._disconnect:
            disconnect()
        self._disconnect = []
        self._tabs = tabs
        if tabs is not None:
            signal = tabs.context.signals.changed
            signal.connect(self.refresh)
            self._disconnect.append(functools.partial(signal.disconnect, self.refresh))
        self.refresh()

    def refresh(self, *_args: object) -> None:
        undo_label: str | None = None
        redo_label: str | None = None
        if self._tabs is not None:
            undo_label = self._tabs.workspace.history.undo_label
            redo_label = self._tabs.workspace.history.redo_label
        self.undo.setEnabled(undo_label is not None)
        self.redo.setEnabled(redo_label is not None)
        self.undo.setText(
            self.tr("Ongedaan maken: %1").replace("%1", _lower_first(undo_label))
            if undo_label
            else self.tr("Ongedaan maken")
        )
        self.redo.setText(
            self.tr("Opnieuw: %1").replace("%1", _lower_first(redo_label))
            if redo_label
            else self.tr("Opnieuw")
        )

    def _undo(self) -> None:
        self._step(undo=True)

    def _redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        tabs = self._tabs
        if tabs is None:
            return
        tabs.flush()
        workspace = tabs.workspace
        try:
            label = workspace.undo() if undo else workspace.redo()
        except UndoConflict as error:
            self.message.emit(str(error))
            self.refresh()
            return
        if label:
            done = self.tr("Ongedaan gemaakt: %1") if undo else self.tr("Opnieuw gedaan: %1")
            self.message.emit(done.replace("%1", _lower_first(label)))
        self.refresh()
