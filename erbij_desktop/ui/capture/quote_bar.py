"""The quick quote field: what someone on stage just said, with who said it.

The programme item on stage now is preselected (from the programme clock or
the planned times) and follows the stage as the morning goes on; the speaker
completes from the people of the event, the ones on stage named in the hint.
Enter saves the quote as an undoable step; the speaker and item stay for the
next quote, the text clears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from erbij_desktop.domain.outline import EventStructure
from erbij_desktop.ui.widgets.field_row import ERROR_STYLE, set_invalid

from .entry import UndoAwareLineEdit
from .name_field import NameField


class QuoteBar(QFrame):
    # text, speaker name, programme item id (or None)
    submitted = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._auto_item = True
        self._structure: EventStructure | None = None

        self.label = QLabel(self.tr("&Citaat van het podium"), self)
        self.label.setObjectName("quoteLabel")
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("quoteItem")
        self.item_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_combo.setMinimumContentsLength(18)
        self.item_combo.setToolTip(self.tr("Bij welk programmaonderdeel het citaat hoort"))
        self.item_combo.activated.connect(self._item_chosen)
        self.text = UndoAwareLineEdit(self)
        self.text.setObjectName("quoteText")
        self.text.setPlaceholderText(self.tr("Wat werd er gezegd? Enter bewaart het citaat"))
        self.text.setMaxLength(100_000)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.text)
        self.speaker = NameField("quoteSpeaker", self)
        self.speaker.setPlaceholderText(self.tr("Spreker"))
        self.speaker.setMinimumWidth(180)
        self.error = QLabel(self)
        self.error.setObjectName("quoteTextError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.text.returnPressed.connect(self._submit)
        self.speaker.submitted.connect(self._submit)
        self.text.textEdited.connect(lambda _t: self.clear_error())

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.label)
        row.addWidget(self.item_combo)
        row.addWidget(self.text, 1)
        row.addWidget(self.speaker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error, 0, Qt.AlignmentFlag.AlignRight)

    def set_structure(self, structure: EventStructure | None) -> None:
        chosen = self.item_id() if not self._auto_item else None
        self._structure = structure
        self.item_combo.clear()
        self.item_combo.addItem(self.tr("(geen onderdeel)"), None)
        if structure is None:
            self.speaker.set_names([])
            return
        for item in structure.items:
            self.item_combo.addItem(item.heading or self.tr("(zonder titel)"), item.id)
        self.speaker.set_names(structure.people)
        wanted = chosen if chosen is not None else structure.now.programme_item_id
        self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(wanted)))
        self._update_hint(structure)

    def follow_stage(self, item_id: int | None) -> None:
        """The programme moved on: preselect what is on stage now, unless an item was chosen by hand."""
        if not self._auto_item or self._structure is None:
            return
        index = self.item_combo.findData(item_id)
        if index >= 0 and index != self.item_combo.currentIndex():
            self.item_combo.setCurrentIndex(index)
            self._update_hint(self._structure)

    def item_id(self) -> int | None:
        data = self.item_combo.currentData()
        return data if isinstance(data, int) else None

    def _item_chosen(self, _index: int) -> None:
        self._auto_item = False
        if self._structure is not None:
            self._update_hint(self._structure)

    def _update_hint(self, structure: EventStructure) -> None:
        item = structure.item(self.item_id())
        on_stage = ", ".join(item.speakers) if item is not None else ""
        hint = self.tr("Spreker, bijv. %1").replace("%1", on_stage) if on_stage else self.tr("Spreker")
        self.speaker.setPlaceholderText(hint)

    def _submit(self) -> None:
        self.submitted.emit(self.text.text(), self.speaker.text(), self.item_id())

    def saved(self) -> None:
        """The quote is stored: clear its text and speaker for the next one.

        The speaker field's hint names who is on stage; a name typed stays for
        one quote only, so it never goes with the next speaker's words. An item
        chosen by hand was for that quote; from now on the stage decides again.
        """
        self._auto_item = True
        self.text.clear()
        self.speaker.clear()
        self.clear_error()
        self.text.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        set_invalid(self.text, True)

    def clear_error(self) -> None:
        if self.error.isHidden():
            return
        self.error.hide()
        set_invalid(self.text, False)
