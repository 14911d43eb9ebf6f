"""The domain's undo history shown to Qt as a QUndoStack (the Edit menu's Undo/Redo).

The domain ``History`` does the work; the QUndoStack holds one thin step per
command, so Qt's actions, labels ("Ongedaan maken: Bijdrage verwijderen") and
enabled states follow it. A command is run before its step is pushed, so a
refused command (empty text) never reaches the stack. When undoing fails the
history is cleared and the stack follows, so the two never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from erbij_desktop.domain.undo import Change, Command, History, UndoError

# The domain names its commands in Dutch; listed here so a translation can pick them up.
LABELS = (
    QT_TRANSLATE_NOOP("CaptureUndo", "Bijdrage toevoegen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Bijdrage verwijderen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Bijdrage wijzigen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Bijdrage uitlichten"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Uitlichten opheffen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Spreker wijzigen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Bijdrage naar andere tafel"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Labels wijzigen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Bijdrage verplaatsen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Citaat toevoegen"),
    # curation (erbij_desktop/domain/curation.py), shown through the same bridge
    QT_TRANSLATE_NOOP("CaptureUndo", "Formulering wijzigen"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Terug naar origineel"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Opnemen in het verslag"),
    QT_TRANSLATE_NOOP("CaptureUndo", "Volgorde in het verslag wijzigen"),
)


class _Step(QUndoCommand):
    def __init__(self, bridge: UndoBridge, command: Command, generation: int) -> None:
        super().__init__(QCoreApplication.translate("CaptureUndo", command.label))
        self._bridge = bridge
        self._generation = generation
        self._fresh = True  # the command already ran when it was pushed

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._bridge.replay(self, redo=True)

    def undo(self) -> None:
        self._bridge.replay(self, redo=False)

    @property
    def stale(self) -> bool:
        return self._generation != self._bridge.history.generation


class UndoBridge(QObject):
    # The changes an undo/redo made, and the command it concerned.
    replayed = Signal(list, object)
    failed = Signal(str)

    def __init__(self, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.stack = QUndoStack(self)
        self.stack.setObjectName("captureUndoStack")

    def execute(self, command: Command) -> list[Change]:
        """Run ``command`` and make it undoable; raises (and pushes nothing) when refused."""
        changes = self.history.execute(command)
        self.stack.push(_Step(self, command, self.history.generation))
        return changes

    def clear(self) -> None:
        self.history.clear()
        self.stack.clear()

    def replay(self, step: _Step, *, redo: bool) -> None:
        if step.stale:
            step.setObsolete(True)
            return
        command = self.history.next_redo if redo else self.history.next_undo
        try:
            changes = self.history.redo() if redo else self.history.undo()
        except UndoError as error:
            step.setObsolete(True)
            # Not from inside the stack's own undo(): clear it once that has returned.
            QTimer.singleShot(0, self.stack, self.stack.clear)
            self.failed.emit(str(error))
            return
        self.replayed.emit(changes, command)
