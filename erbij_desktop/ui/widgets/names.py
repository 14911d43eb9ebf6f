"""Typing names of people and organisations with completion from the known ones.

``NameCompleter`` completes case-insensitively on any part of a name.
``NameListEditor`` is an ordered list of names (organisers, people on stage)
with an add field, remove and move up/down; it reports the whole new order
through ``changed`` and the owner stores it with a domain operation (which
matches an existing name whatever its case or spacing instead of adding a
duplicate).

Keyboard: type a name in the add field and press Enter; in the list, Delete
removes, Alt+Up / Alt+Down move the current name.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QGridLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from erbij_desktop.domain.text import name_key


class NameCompleter(QCompleter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_names(self, names: list[str]) -> None:
        model = self.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted(names, key=name_key))


class NameListEditor(QWidget):
    changed = Signal(list)  # the new list of names, in order

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setObjectName(f"{name}List")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.entry = QLineEdit(self)
        self.entry.setObjectName(f"{name}Add")
        self.entry.setPlaceholderText(placeholder)
        self.completer = NameCompleter(self.entry)
        self.entry.setCompleter(self.completer)
        self.entry.returnPressed.connect(self._add)
        self.completer.activated.connect(self._picked)
        self.add_button = self._button(self.tr("Toevoegen"), f"{name}AddButton", self._add)
        self.up_button = self._button(self.tr("Omhoog"), f"{name}Up", lambda: self._move(-1))
        self.down_button = self._button(self.tr("Omlaag"), f"{name}Down", lambda: self._move(1))
        self.remove_button = self._button(self.tr("Weghalen"), f"{name}Remove", self._remove)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.entry, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.view, 1, 0, 3, 1)
        grid.addWidget(self.up_button, 1, 1)
        grid.addWidget(self.down_button, 2, 1)
        grid.addWidget(self.remove_button, 3, 1, Qt.AlignmentFlag.AlignTop)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self._remove),
            ("Alt+Up", lambda: self._move(-1)),
            ("Alt+Down", lambda: self._move(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.setFocusProxy(self.entry)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def names(self) -> list[str]:
        return self.model.stringList()

    def set_names(self, names: list[str], known: list[str] | None = None) -> None:
        current = self.view.currentIndex().row()
        self.model.setStringList(names)
        if known is not None:
            self.completer.set_names(known)
        if names:
            self.view.setCurrentIndex(self.model.index(min(max(current, 0), len(names) - 1)))
        self._update_buttons()

    def select(self, name: str) -> None:
        keys = [name_key(n) for n in self.names()]
        if name_key(name) in keys:
            self.view.setCurrentIndex(self.model.index(keys.index(name_key(name))))

    def _picked(self, *_picked: object) -> None:
        """A name picked from the suggestions (Enter or a click) is added at once, not left in the field."""
        QTimer.singleShot(0, self, self._add)  # once the field holds the picked name

    def clear_entry(self) -> None:
        """Another record is shown: what was typed to add belonged to the previous one."""
        self.entry.clear()

    def _add(self) -> None:
        name = self.entry.text().strip()
        if not name:
            return
        self.entry.clear()
        if name_key(name) in {name_key(n) for n in self.names()}:
            self.select(name)  # already there: show it rather than adding it twice
            return
        self.changed.emit([*self.names(), name])

    def _remove(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            names = self.names()
            del names[row]
            self.changed.emit(names)

    def _move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        names = self.names()
        target = row + step
        if row < 0 or not 0 <= target < len(names):
            return
        names[row], names[target] = names[target], names[row]
        self.changed.emit(names)
        self.view.setCurrentIndex(self.model.index(target))

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
