"""One contribution's wording for the report, next to what was captured in the room.

Left the original, read-only: it is never overwritten. Right the text the
report prints, edited freely and saved when the typing pauses or the field is
left (like every text field in the app). "Terug naar origineel" drops the own
wording. Below, the contribution's tags. objectNames: ``originalText``,
``reportText``, ``revertWording``, ``wordingState``, ``wordingTitle``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.ui.widgets.field_row import FieldRow
from erbij_desktop.ui.widgets.style import MUTED_STYLE
from erbij_desktop.ui.widgets.text_area import TextArea

from .tag_editor import TagEditor

OWN_STYLE = "color: #1f4e8c;"


class WordingEditor(QWidget):
    # (contribution id, new wording or None for the original)
    wording_changed = Signal(int, object)
    tag_added = Signal(int, str)
    tag_removed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: ContributionRow | None = None
        self.title = QLabel(self)
        self.title.setObjectName("wordingTitle")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.meta = QLabel(self)
        self.meta.setStyleSheet(MUTED_STYLE)
        self.original = QPlainTextEdit(self)
        self.original.setObjectName("originalText")
        self.original.setReadOnly(True)
        self.original.setTabChangesFocus(True)
        self.original.setStyleSheet("QPlainTextEdit { background: palette(window); }")
        self.report = TextArea(self, lines=3)
        self.report.setObjectName("reportText")
        self.report.setPlaceholderText(self.tr("De tekst zoals die in het verslag komt"))
        self.report_row = FieldRow(self.report)
        self.report.editingFinished.connect(self._store)
        self.revert = QPushButton(self.tr("&Terug naar origineel"), self)
        self.revert.setObjectName("revertWording")
        self.revert.setToolTip(
            self.tr("De eigen formulering weghalen; het verslag gebruikt weer het origineel.")
        )
        self.revert.clicked.connect(self._revert)
        self.state = QLabel(self)
        self.state.setObjectName("wordingState")
        self.tags = TagEditor(self)
        self.tags.add_requested.connect(lambda name: self.row and self.tag_added.emit(self.row.id, name))
        self.tags.remove_requested.connect(lambda name: self.row and self.tag_removed.emit(self.row.id, name))

        original_label = QLabel(self.tr("Zoals vastgelegd (origineel)"), self)
        original_label.setBuddy(self.original)
        report_label = QLabel(self.tr("In het ver&slag"), self)
        report_label.setBuddy(self.report)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(original_label, 0, 0)
        grid.addWidget(report_label, 0, 1)
        grid.addWidget(self.original, 1, 0)
        grid.addWidget(self.report_row, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.meta, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.tags, 1)
        footer.addWidget(self.state)
        footer.addWidget(self.revert)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(grid, 1)
        layout.addLayout(footer)
        self.show_row(None)

    def show_row(
        self, row: ContributionRow | None, known_tags: list[str] | None = None, meta: str = ""
    ) -> None:
        """Show a contribution (None: nothing chosen); typing in progress on the same one is kept."""
        same = row is not None and self.row is not None and row.id == self.row.id
        typing = same and self.report.hasFocus() and self.report.isModified()
        self.row = row
        enabled = row is not None
        for widget in (self.original, self.report, self.tags):
            widget.setEnabled(enabled)
        if row is None:
            self.title.setText(self.tr("Geen bijdrage gekozen"))
            self.meta.setText(
                self.tr("Kies een bijdrage in een van de lijsten om de tekst en labels te bewerken.")
            )
            self.original.setPlainText("")
            self.report.setText("")
            self.state.setText("")
            self.revert.setEnabled(False)
            self.tags.set_tags((), known_tags or [])
            return
        self.title.setText(self.tr("Bijdrage"))
        self.meta.setText(meta or row.attribution)
        self.original.setPlainText(row.text)
        if not typing:
            self.report.setText(row.report_text if row.report_text is not None else row.text)
            self.report_row.clear_error()
        own = row.report_text is not None
        self.state.setText(self.tr("Eigen formulering") if own else self.tr("Gelijk aan het origineel"))
        self.state.setStyleSheet(OWN_STYLE if own else MUTED_STYLE)
        self.revert.setEnabled(own)
        self.tags.set_tags(row.tags, known_tags or [])

    def show_error(self, message: str) -> None:
        self.report_row.show_error(message)

    def flush(self) -> None:
        """Store what was typed and not yet saved (before showing another contribution)."""
        self._store()

    def _store(self) -> None:
        if self.row is None or not self.report.isModified():
            return
        self.report.setModified(False)
        self.wording_changed.emit(self.row.id, self.report.text())

    def _revert(self) -> None:
        if self.row is not None:
            self.report.setModified(False)
            self.wording_changed.emit(self.row.id, None)
