"""Shared layout for the prepare forms: labelled rows with mnemonics, grouped under headings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..widgets.field_row import FieldRow
from ..widgets.style import MUTED_STYLE


class PrepareForm(QScrollArea):
    """A scrollable form; ``add`` puts a labelled row in, ``section`` a heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(20, 12, 20, 20)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        outer.addLayout(self.form)
        outer.addStretch(1)
        body.setMaximumWidth(900)
        self.setWidget(body)

    def section(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        label.setContentsMargins(0, 10 if self.form.rowCount() else 0, 0, 2)
        self.form.addRow(label)
        return label

    def add(self, text: str, row: QWidget, *, hint: str = "") -> QLabel:
        """A row with a label whose &-mnemonic focuses the field."""
        label = QLabel(text)
        target = row.field if isinstance(row, FieldRow) else row
        label.setBuddy(target.focusProxy() or target)
        label.setContentsMargins(0, 4, 0, 0)
        if hint:
            target.setToolTip(hint)
            target.setWhatsThis(hint)
        self.form.addRow(label, row)
        return label

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(MUTED_STYLE)
        self.form.addRow("", label)
        return label
