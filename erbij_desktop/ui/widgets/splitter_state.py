"""Remembering where the user dragged a splitter, restored once the splitter has its real size.

A QSplitter restored before it is shown keeps its saved sizes only until the
window lays it out, and then shares out the difference by stretch factor,
losing the user's proportions. So the state is applied on the first Show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter


class _RestoreOnShow(QObject):
    def __init__(self, splitter: QSplitter, state: object) -> None:
        super().__init__(splitter)
        self.state = state
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QSplitter):
            watched.restoreState(self.state)  # type: ignore[arg-type]
            watched.removeEventFilter(self)
            self.deleteLater()
        return False


def save_splitter(splitter: QSplitter, settings: QSettings, key: str) -> None:
    settings.setValue(key, splitter.saveState())


def restore_splitter(splitter: QSplitter, settings: QSettings, key: str) -> None:
    state = settings.value(key)
    if state is None:
        return
    if splitter.isVisible():
        splitter.restoreState(state)
    else:
        _RestoreOnShow(splitter, state)
