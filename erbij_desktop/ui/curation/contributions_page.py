"""Section "Bijdragen": per round, what goes under "Een greep uit de bijdragen", in which order and words.

Top: the round and its question. Then "In het verslag" (the selection, in
report order) above "Niet opgenomen" (the rest of the round, filterable), and
under both the wording and tags of the contribution chosen in either list.

Keys: in "Niet opgenomen" Enter or Space takes the contribution into the
report; in "In het verslag" Alt+Up / Alt+Down move it and Delete leaves it
out. Both lists also drag and drop, within and between them. objectNames:
``curationRound``, ``curationQuestion``, ``selectionList``,
``candidateList``, ``candidateFilter``, ``pickButton``, ``unpickButton``,
``moveUpButton``, ``moveDownButton``, ``selectionCount``,
``candidateCount``, ``curationMessage``.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.ui.capture.contribution_list import ContributionList
from erbij_desktop.ui.settings import keys
from erbij_desktop.ui.widgets.message_banner import MessageBanner
from erbij_desktop.ui.widgets.splitter_state import restore_splitter, save_splitter
from erbij_desktop.ui.widgets.style import MUTED_STYLE

from .controller import CurationController
from .selection_view import SelectionView
from .wording import WordingEditor

HEADING_STYLE = "font-weight: 600;"
SPLITTER_KEY = keys.CURATION_CONTRIBUTIONS_SPLITTER


def _button(text: str, name: str, parent: QWidget, tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


class ContributionsPage(QWidget):
    def __init__(self, controller: CurationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._focus_id: int | None = None
        self._switching = False
        self._build()
        self._connect()

    # --- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        c = self.controller
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("curationRound")
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        round_label = QLabel(self.tr("Ro&nde"), self)
        round_label.setBuddy(self.round_combo)
        self.question = QLabel(self)
        self.question.setObjectName("curationQuestion")
        self.question.setStyleSheet(MUTED_STYLE)
        self.question.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round_combo)
        top.addWidget(self.question, 1)
        self.message = MessageBanner("curationMessage", self)

        self.selection_list = SelectionView(c.selection, self)
        self.selection_list.setAccessibleName(self.tr("In het verslag"))
        self.selection_count = QLabel(self)
        self.selection_count.setObjectName("selectionCount")
        self.selection_count.setStyleSheet(HEADING_STYLE)
        self.up_button = _button(self.tr("Omhoog"), "moveUpButton", self, self.tr("Alt+Pijl omhoog"))
        self.down_button = _button(self.tr("Omlaag"), "moveDownButton", self, self.tr("Alt+Pijl omlaag"))
        self.unpick_button = _button(
            self.tr("Niet o&pnemen"), "unpickButton", self, self.tr("Uit het verslag halen (Delete)")
        )
        selection_box = self._box(
            self.selection_count, self.selection_list, [self.up_button, self.down_button, self.unpick_button]
        )

        self.candidate_list = ContributionList(c.candidates, lambda _column: [], "candidateList", self)
        self.candidate_list.setAccessibleName(self.tr("Niet opgenomen"))
        self.candidate_list.setDragEnabled(True)
        self.candidate_list.setAcceptDrops(True)
        self.candidate_list.setDropIndicatorShown(True)
        self.candidate_list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.candidate_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.candidate_count = QLabel(self)
        self.candidate_count.setObjectName("candidateCount")
        self.candidate_count.setStyleSheet(HEADING_STYLE)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("candidateFilter")
        self.filter.setPlaceholderText(self.tr("Filteren…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(220)
        self.filter.setToolTip(self.tr("Ctrl+F"))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_filter)
        self.pick_button = _button(
            self.tr("Opnemen &in het verslag"), "pickButton", self, self.tr("Enter of spatie in de lijst")
        )
        candidate_box = self._box(self.candidate_count, self.candidate_list, [self.pick_button], self.filter)

        self.editor = WordingEditor(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("curationSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (selection_box, candidate_box, self.editor):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def _box(
        self, title: QLabel, view: QWidget, buttons: list[QPushButton], extra: QWidget | None = None
    ) -> QWidget:
        box = QFrame(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        if extra is not None:
            head.addWidget(extra)
        layout.addLayout(head)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def _connect(self) -> None:
        c = self.controller
        self.round_combo.activated.connect(lambda _i: c.show_round(self.round_combo.currentData()))
        c.rounds_loaded.connect(self.load_rounds)
        c.round_loaded.connect(self._round_loaded)
        c.failed.connect(self.show_message)
        c.focus.connect(self._remember_focus)
        self.selection_list.selectionModel().currentChanged.connect(lambda *_: self._current_changed(True))
        self.candidate_list.selectionModel().currentChanged.connect(lambda *_: self._current_changed(False))
        self.selection_list.move_requested.connect(lambda row, step: c.move(row.id, step))
        self.selection_list.unpick_requested.connect(lambda row: c.unpick(row.id))
        self.candidate_list.highlight_requested.connect(lambda row: c.pick(row.id))
        self.candidate_list.opened.connect(lambda row: c.pick(row.id))
        self.candidate_list.doubleClicked.connect(lambda _index: self._pick_current())
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(1))
        self.unpick_button.clicked.connect(self._unpick_current)
        self.pick_button.clicked.connect(self._pick_current)
        self.filter.textChanged.connect(c.candidates.set_filter)
        self.filter.textChanged.connect(lambda _t: self._update_counts())
        self.editor.wording_changed.connect(self._store_wording)
        self.editor.tag_added.connect(c.add_tag)
        self.editor.tag_removed.connect(c.remove_tag)

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # --- showing ------------------------------------------------------------------------------------

    def load_rounds(self) -> None:
        combo = self.round_combo
        combo.blockSignals(True)
        combo.clear()
        for info in self.controller.rounds:
            combo.addItem(info.title, info.id)
        combo.setCurrentIndex(max(0, combo.findData(self.controller.round_id)))
        combo.setEnabled(combo.count() > 0)
        combo.blockSignals(False)

    def _round_loaded(self) -> None:
        c = self.controller
        structure = c.structure
        info = structure.round(c.round_id) if structure is not None else None
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(c.round_id)))
        if info is None:
            self.question.setText(self.tr("Dit evenement heeft nog geen rondes (Voorbereiden › Rondes)."))
            empty = ""
        else:
            self.question.setText(info.question)
            empty = (
                self.tr("Nog niets gekozen. Sleep bijdragen hierheen of kies ze hieronder met Enter.")
                if c.candidates.total
                else self.tr(
                    "Deze ronde heeft nog geen bijdragen; ze verschijnen hier zodra ze zijn vastgelegd."
                )
            )
        self.selection_list.empty_text = empty
        self.selection_list.viewport().update()
        self._update_counts()
        if self._focus_id is not None and not self._show_id(self._focus_id):
            self._focus_id = None
        self._current_changed(self.selection_list.hasFocus() or self._in_selection(self.editor.row))

    def _update_counts(self) -> None:
        c = self.controller
        chosen = c.selection.rowCount()
        self.selection_count.setText(
            self.tr("In het verslag: 1 bijdrage")
            if chosen == 1
            else self.tr("In het verslag: %1 bijdragen").replace("%1", str(chosen))
        )
        shown, total = c.candidates.rowCount(), c.candidates.total
        text = self.tr("Niet opgenomen: %1").replace("%1", str(total))
        if shown != total:
            text += " " + self.tr("(%1 getoond)").replace("%1", str(shown))
        self.candidate_count.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selection_list.current_row()
        at = self.controller.selection.row_of(row.id) if row is not None else None
        count = self.controller.selection.rowCount()
        self.up_button.setEnabled(at is not None and at > 0)
        self.down_button.setEnabled(at is not None and at < count - 1)
        self.unpick_button.setEnabled(at is not None)
        self.pick_button.setEnabled(self.candidate_list.current_row() is not None)

    def _in_selection(self, row: ContributionRow | None) -> bool:
        return row is not None and self.controller.selection.row_of(row.id) is not None

    def _current_changed(self, from_selection: bool) -> None:
        if self._switching:
            return
        row = self._current(from_selection)
        shown = self.editor.row
        if shown is not None and (row is None or row.id != shown.id) and self.editor.report.isModified():
            self._switching = True
            try:
                self.editor.flush()  # what was typed belongs to the contribution shown so far
            finally:
                self._switching = False
            row = self._current(from_selection)
        self.editor.show_row(row, self.controller.tag_names, self._meta(row))
        self._update_buttons()

    def _meta(self, row: ContributionRow | None) -> str:
        if row is None:
            return ""
        table = self.controller.selection.table_names.get(row.table_id, "")
        time = row.created_at.astimezone().strftime("%H:%M")
        return " · ".join(part for part in (row.attribution, table, time) if part)

    def _current(self, from_selection: bool) -> ContributionRow | None:
        first, second = (
            (self.selection_list, self.candidate_list)
            if from_selection
            else (self.candidate_list, self.selection_list)
        )
        return first.current_row() or second.current_row()

    def _remember_focus(self, contribution_id: int) -> None:
        self._focus_id = contribution_id
        self._show_id(contribution_id)

    def _show_id(self, contribution_id: int) -> bool:
        """Make the contribution current in whichever list holds it now."""
        if self.selection_list.select_id(contribution_id):
            return True
        return self.candidate_list.select_id(contribution_id)

    def show_contribution(self, round_id: int, contribution_id: int) -> None:
        """Go to a contribution (from the tag view): its round, its row, the editor on it."""
        self.controller.show_round(round_id)
        self._remember_focus(contribution_id)
        self._current_changed(self._in_selection(self.controller.row(contribution_id)))

    def show_message(self, text: str) -> None:
        self.message.show_message(text)

    # --- actions ------------------------------------------------------------------------------------

    def _move_current(self, step: int) -> None:
        row = self.selection_list.current_row()
        if row is not None:
            self.controller.move(row.id, step)
            self.selection_list.select_id(row.id)
            self._update_buttons()

    def _unpick_current(self) -> None:
        row = self.selection_list.current_row()
        if row is not None:
            self.controller.unpick(row.id)

    def _pick_current(self) -> None:
        row = self.candidate_list.current_row()
        if row is not None:
            self.controller.pick(row.id)

    def _store_wording(self, contribution_id: int, text: object) -> None:
        if not self.controller.set_report_text(contribution_id, text if isinstance(text, str) else None):
            self.editor.show_error(self.message.text())

    # --- state --------------------------------------------------------------------------------------

    def flush(self) -> None:
        self.editor.flush()

    def save_state(self, settings: QSettings) -> None:
        save_splitter(self.splitter, settings, SPLITTER_KEY)

    def restore_state(self, settings: QSettings) -> None:
        restore_splitter(self.splitter, settings, SPLITTER_KEY)
