"""The top line of the capture view: which round, its question, and the search field.

The round's question is what the tables are talking about, so it stays in
sight while typing. The round is switched with the combo box (Alt+N) or
Ctrl+Shift+PgUp/PgDn from anywhere in the view.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from erbij_desktop.domain.outline import RoundInfo

from .entry import SearchField

QUESTION_STYLE = "color: #3d4a5c; font-style: italic;"
LIVE_STYLE = "color: #7a4b00; background: #fff3d6; border-radius: 3px; padding: 1px 6px;"


class CaptureHeader(QWidget):
    round_chosen = Signal(int)
    # "Naar de live ronde" was clicked.
    follow_live = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureHeader")
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setMinimumContentsLength(14)
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.round_combo.setToolTip(self.tr("Andere ronde: Ctrl+Shift+PgUp / Ctrl+Shift+PgDn"))
        label = QLabel(self.tr("Ro&nde"), self)
        label.setBuddy(self.round_combo)
        self.question = QLabel(self)
        self.question.setObjectName("captureRoundQuestion")
        self.question.setStyleSheet(QUESTION_STYLE)
        self.question.setMinimumWidth(80)
        self.live_note = QLabel(self)
        self.live_note.setObjectName("captureLiveNote")
        self.live_note.setStyleSheet(LIVE_STYLE)
        self.live_note.setTextFormat(Qt.TextFormat.RichText)
        self.live_note.linkActivated.connect(lambda _link: self.follow_live.emit())
        self.live_note.hide()
        self.search_field = SearchField(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Zoeken in alle bijdragen (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.round_combo)
        layout.addSpacing(4)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.live_note)
        layout.addWidget(self.search_field)
        self.round_combo.currentIndexChanged.connect(self._chosen)

    def set_rounds(self, rounds: Sequence[RoundInfo], current: int | None) -> None:
        combo = self.round_combo
        combo.blockSignals(True)
        combo.clear()
        for info in rounds:
            combo.addItem(info.title, info.id)
            combo.setItemData(combo.count() - 1, info.question, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def show_round(self, round_id: int | None, question: str) -> None:
        """Reflect the round shown (without announcing it as a new choice)."""
        self.question.setText(question)
        self.question.setToolTip(question)
        index = self.round_combo.findData(round_id)
        if index >= 0 and index != self.round_combo.currentIndex():
            self.round_combo.blockSignals(True)
            self.round_combo.setCurrentIndex(index)
            self.round_combo.blockSignals(False)

    def show_live(self, title: str | None) -> None:
        """Say which round the room is in when another one is shown here (None: hide the note)."""
        if title is None:
            self.live_note.hide()
            return
        text = self.tr("De zaal is bij ‘%1’").replace("%1", html.escape(title))
        link = self.tr("daarheen")
        self.live_note.setText(f'{text} · <a href="live">{link}</a>')
        self.live_note.setAccessibleName(self.tr("De zaal is bij ‘%1’").replace("%1", title))
        self.live_note.show()

    def select_round(self, round_id: int) -> bool:
        index = self.round_combo.findData(round_id)
        if index < 0:
            return False
        self.round_combo.setCurrentIndex(index)
        return True

    def step_round(self, delta: int) -> None:
        count = self.round_combo.count()
        if count:
            self.round_combo.setCurrentIndex((self.round_combo.currentIndex() + delta) % count)

    def _chosen(self, index: int) -> None:
        round_id = self.round_combo.itemData(index)
        if isinstance(round_id, int):
            self.round_chosen.emit(round_id)
