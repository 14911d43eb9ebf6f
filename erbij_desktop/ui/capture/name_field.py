"""A name field (person, organisation, speaker) that completes from the known names.

Typing shows the matching known names (any part, any case). Enter or Tab
with the list open takes the highlighted name, or the first one when none is
highlighted; Escape closes the list and keeps what was typed. A name nobody
knows yet is marked "nieuw": saving creates it, once, whatever its case or
spacing the next time.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from erbij_desktop.domain.text import name_key
from erbij_desktop.ui.widgets.names import NameCompleter

from .entry import UndoAwareLineEdit


class NameField(UndoAwareLineEdit):
    # Enter with no completion list open: the owner saves.
    submitted = Signal()
    # Whether the typed name is unknown (True), known or empty (False).
    novelty_changed = Signal(bool)
    # A known name was taken from the list (its display form).
    picked = Signal(str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setClearButtonEnabled(True)
        self.name_completer = NameCompleter(self)
        self.name_completer.setMaxVisibleItems(8)
        self.setCompleter(self.name_completer)
        self.name_completer.activated[str].connect(self._picked)  # type: ignore[index]  # stubs lack overloads
        self._keys: dict[str, str] = {}
        self._new = False
        self.textChanged.connect(self._update_novelty)

    def set_names(self, names: Iterable[str]) -> None:
        names = list(names)
        self._keys = {name_key(n): n for n in names}
        self.name_completer.set_names(names)
        self._update_novelty()

    def known(self, name: str | None = None) -> str | None:
        """The stored spelling of ``name`` (default: the typed text), or None if unknown."""
        return self._keys.get(name_key(self.text() if name is None else name))

    def _update_novelty(self) -> None:
        new = bool(self.text().strip()) and self.known() is None
        if new != self._new:
            self._new = new
            self.novelty_changed.emit(new)

    def _picked(self, text: str) -> None:
        self.picked.emit(text)

    def event(self, event: QEvent) -> bool:
        # Tab never reaches keyPressEvent (it moves focus first): take the name here.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup = self.name_completer.popup()
            if popup is not None and event.key() == Qt.Key.Key_Tab and popup.isVisible():
                current = popup.currentIndex()
                if current.isValid():
                    popup.hide()
                    self.setText(str(current.data()))
                    self.picked.emit(self.text())
                else:
                    self._take_first(popup)
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup = self.name_completer.popup()
        if popup is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and popup.isVisible():
            if not popup.currentIndex().isValid():
                self._take_first(popup)
                event.accept()
                return
            event.ignore()  # the completer takes the highlighted name
            return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()

    def _take_first(self, popup: QAbstractItemView) -> None:
        model = popup.model()
        if model is None or model.rowCount() == 0:
            popup.hide()
            return
        name = str(model.index(0, 0).data())
        popup.hide()
        self.setText(name)
        self.picked.emit(name)
