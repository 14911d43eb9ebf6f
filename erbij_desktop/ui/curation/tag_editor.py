"""The tags of one contribution: a removable chip per tag and a field to add one, with completion.

A contribution carries a handful of tags at most, so a button per tag is
fine here (the lists themselves stay model/view). Enter in the field adds
the tag typed (an existing tag when the name matches, whatever its case);
clicking a chip's × removes it. objectNames: ``tagField``, ``tagChip``.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from erbij_desktop.domain.text import name_key

CHIP_STYLE = (
    "QToolButton#tagChip { background: #e8eef7; color: #1f3b66; border: 1px solid #c5d3ea;"
    " border-radius: 9px; padding: 1px 8px; }"
    "QToolButton#tagChip:hover { background: #d5e1f3; }"
)


class TagEditor(QWidget):
    add_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHIP_STYLE)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.label = QLabel(self.tr("Labels:"), self)
        self._layout.addWidget(self.label)
        self._chips: list[QToolButton] = []
        self.field = QLineEdit(self)
        self.field.setObjectName("tagField")
        self.field.setPlaceholderText(self.tr("Label toevoegen…"))
        self.field.setToolTip(self.tr("Typ een label en druk op Enter, bijvoorbeeld ‘huisarts’."))
        self.field.setMaximumWidth(200)
        self.label.setBuddy(self.field)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self.field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        self.field.returnPressed.connect(self._add)
        self._layout.addWidget(self.field)
        self._layout.addStretch(1)
        self.tags: tuple[str, ...] = ()

    def set_tags(self, tags: tuple[str, ...], known: list[str]) -> None:
        self._names.setStringList(known)
        if tags == self.tags and len(self._chips) == len(tags):
            return
        self.tags = tags
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for number, name in enumerate(tags):
            chip = QToolButton(self)
            chip.setObjectName("tagChip")
            chip.setText(f"{name}  ×")
            chip.setToolTip(self.tr("Label ‘%1’ weghalen").replace("%1", name))
            chip.setAccessibleName(self.tr("Label %1, weghalen").replace("%1", name))
            chip.clicked.connect(lambda _=False, n=name: self.remove_requested.emit(n))
            self._layout.insertWidget(1 + number, chip)
            self._chips.append(chip)

    def chips(self) -> list[QToolButton]:
        return list(self._chips)

    def _add(self) -> None:
        name = self.field.text().strip()
        if not name:
            return
        self.field.clear()
        if name_key(name.lstrip("#")) not in {name_key(t) for t in self.tags}:
            self.add_requested.emit(name)
