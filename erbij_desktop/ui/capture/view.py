"""Vastleggen: the capture view, where the facilitator types what every table says.

Built for speed from the keyboard: the round the room is in is preselected,
the typing field keeps the focus while tables are switched (Ctrl+1 … 9,
Ctrl+PgUp/PgDn), Enter commits a contribution before the field clears, and
every step can be undone (Ctrl+Z / Ctrl+Shift+Z through the Edit menu, which
uses ``undo_stack``), also after switching tables. The logic lives in
``CaptureController``; this module arranges the widgets and the keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.errors import DomainError, ValidationError
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.models.contributions import Col

from .contribution_list import ContributionList
from .controller import CaptureController
from .draft import DraftKeeper
from .entry import SearchField
from .entry_panel import EntryPanel
from .quote_bar import QuoteBar
from .tables_list import TablesList

MESSAGE_MS = 8000
MUTED_STYLE = "color: #6b6b6b;"
TITLE_STYLE = "font-size: 115%; font-weight: 600;"
MESSAGE_STYLE = "background: #fdecea; color: #8c1d18; border-radius: 4px; padding: 4px 8px;"
NOTE_STYLE = "background: #eaf2fb; color: #1f4e8c; border-radius: 4px; padding: 4px 8px;"
SETTINGS_GROUP = "capture"


class CaptureView(QWidget):
    saved = Signal()
    round_changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureView")
        self.controller = CaptureController(db, self)
        self.undo_stack = self.controller.undo.stack
        self._last_round: int | None = None
        self._build()
        self.drafts = DraftKeeper(self._draft_values, self._restore_draft, self)
        self._connect()
        self._install_shortcuts()
        self._show_empty(self.tr("Kies of maak een evenement om vast te leggen."))

    # --- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        c = self.controller
        self.round_combo = QComboBox(self)
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setMinimumContentsLength(14)
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        round_label = QLabel(self.tr("Ro&nde"), self)
        round_label.setBuddy(self.round_combo)
        self.question = QLabel(self)
        self.question.setObjectName("roundQuestion")
        self.question.setStyleSheet(MUTED_STYLE)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.question.setMinimumWidth(80)
        self.search_field = SearchField(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Zoeken in alle bijdragen (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(round_label)
        header.addWidget(self.round_combo)
        header.addWidget(self.question, 1)
        header.addWidget(self.search_field)

        self.tables = TablesList(c.counts, self)
        self.scope_title = QLabel(self)
        self.scope_title.setObjectName("scopeTitle")
        self.scope_title.setStyleSheet(TITLE_STYLE)
        self.message = QLabel(self)
        self.message.setObjectName("captureMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message.hide)

        self.list = ContributionList(c.table_model, self._names_for, "contributionList", self)
        self.list.setAccessibleName(self.tr("Bijdragen"))
        self.results = ContributionList(c.search_model, self._names_for, "searchResults", self)
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results_summary = QLabel(self)
        self.results_summary.setObjectName("searchSummary")
        self.results_summary.setStyleSheet(MUTED_STYLE)
        search_page = QWidget(self)
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.results_summary)
        search_layout.addWidget(self.results, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.list)
        self.pages.addWidget(search_page)

        self.entry_panel = EntryPanel(self)
        self.entry = self.entry_panel.entry
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.scope_title)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.pages, 1)
        right_layout.addWidget(self.entry_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("captureSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tables)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 800])

        self.quote_bar = QuoteBar(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("captureEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED_STYLE + " font-size: 120%;")

        work = QWidget(self)
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(8)
        work_layout.addLayout(header)
        work_layout.addWidget(self.splitter, 1)
        work_layout.addWidget(self.quote_bar)
        self.body = QStackedWidget(self)
        self.body.addWidget(work)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.body)
        self.setFocusProxy(self.entry)

    def _connect(self) -> None:
        c = self.controller
        c.saved.connect(self.saved)
        c.structure_loaded.connect(self._structure_loaded)
        c.scope_changed.connect(self._scope_changed)
        c.replayed.connect(self._show_contribution)
        c.failed.connect(self.show_message)
        c.table_model.rowsInserted.connect(lambda *_: self._update_title())
        c.table_model.rowsRemoved.connect(lambda *_: self._update_title())
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        self.tables.table_chosen.connect(self._table_chosen)
        self.entry_panel.submitted.connect(self._submit)
        self.entry.up_from_empty.connect(self._focus_list)
        self.search_field.textChanged.connect(self._search)
        self.search_field.returnPressed.connect(self._focus_results)
        self.search_field.focused.connect(self.controller.prepare_search)
        self.quote_bar.submitted.connect(self._submit_quote)
        for field in (
            self.entry_panel.person,
            self.entry_panel.organisation,
            self.quote_bar.text,
            self.quote_bar.speaker,
        ):
            field.textChanged.connect(self.drafts.typed)
        self.entry.textChanged.connect(self.drafts.typed)
        for view in (self.list, self.results):
            view.highlight_requested.connect(lambda row: self._act(self.controller.toggle_highlight, row))
            view.delete_requested.connect(lambda row: self._act(self.controller.delete, row))
            view.escaped.connect(self._back_to_entry)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        self.list.move_requested.connect(self._move)
        self.results.opened.connect(self._open_result)

    def _install_shortcuts(self) -> None:
        def bind(keys: str | QKeySequence, slot: object) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            return shortcut

        for number in range(1, 10):
            bind(f"Ctrl+{number}", lambda n=number: self.tables.select_row(n - 1))
        bind("Ctrl+PgUp", lambda: self.tables.step(-1))
        bind("Ctrl+PgDown", lambda: self.tables.step(1))
        bind("Ctrl+Shift+PgUp", lambda: self.step_round(-1))
        bind("Ctrl+Shift+PgDown", lambda: self.step_round(1))
        bind(QKeySequence(QKeySequence.StandardKey.Find), self._focus_search)
        bind("Ctrl+H", self._highlight_current)
        bind("F2", self._edit_current)
        search_escape = QShortcut(QKeySequence("Esc"), self.search_field)
        search_escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        search_escape.activated.connect(self._back_to_entry)

    # --- public -------------------------------------------------------------------------------------

    def set_event(self, event_id: int | None) -> None:
        """Show this event (or nothing); called again, it reloads and keeps round and table."""
        self.controller.load_event(event_id)
        structure = self.controller.structure
        if structure is None:
            self._show_empty(self.tr("Kies of maak een evenement om vast te leggen."))
            return
        if not structure.rounds:
            self._show_empty(
                self.tr(
                    "Dit evenement heeft nog geen rondes.\n"
                    "Voeg onder Voorbereiden een ronde met haar gespreksvraag toe; "
                    "daarna kun je hier vastleggen."
                )
            )
            return
        self.body.setCurrentIndex(0)
        round_id = self._initial_round()
        table_id = self._initial_table()
        self.controller.show(round_id, table_id)
        if self.drafts.attach(self._settings_key("draft")):
            self.show_message(
                self.tr("Wat je de vorige keer typte maar nog niet bewaarde, staat weer klaar."), error=False
            )
        if self.search_field.text().strip():
            self._search(self.search_field.text())

    @property
    def clock(self) -> Callable[[], dt.datetime]:
        """Which round is current depends on the time; tests and benchmarks set their own clock."""
        return self.controller.clock

    @clock.setter
    def clock(self, clock: Callable[[], dt.datetime]) -> None:
        self.controller.clock = clock

    @property
    def round_id(self) -> int | None:
        return self.controller.round_id

    @property
    def table_id(self) -> int | None:
        return self.controller.table_id

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

    def flush(self) -> None:
        """Keep what is typed but not saved (contributions are only stored on Enter) as a draft."""
        self.drafts.store()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{SETTINGS_GROUP}/splitter", self.splitter.saveState())
        settings.setValue(f"{SETTINGS_GROUP}/columns", self.list.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"{SETTINGS_GROUP}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = settings.value(f"{SETTINGS_GROUP}/columns")
        if columns is not None:
            self.list.horizontalHeader().restoreState(columns)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message.setStyleSheet(MESSAGE_STYLE if error else NOTE_STYLE)
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()

    # --- drafts -------------------------------------------------------------------------------------

    def _draft_values(self) -> dict[str, str]:
        panel, quote = self.entry_panel, self.quote_bar
        return {
            "text": panel.entry.text(),
            "person": panel.person.text(),
            "organisation": panel.organisation.text(),
            "quote": quote.text.text(),
            "speaker": quote.speaker.text(),
        }

    def _restore_draft(self, values: dict[str, str]) -> None:
        panel, quote = self.entry_panel, self.quote_bar
        panel.entry.setPlainText(values.get("text", ""))
        panel.entry.moveCursor(QTextCursor.MoveOperation.End)
        panel.person.setText(values.get("person", ""))
        panel.organisation.setText(values.get("organisation", ""))
        quote.text.setText(values.get("quote", ""))
        quote.speaker.setText(values.get("speaker", ""))

    # --- loading ------------------------------------------------------------------------------------

    def _names_for(self, column: Col) -> list[str]:
        structure = self.controller.structure
        if structure is None:
            return []
        return list(structure.people if column is Col.PERSON else structure.organisations)

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.body.setCurrentIndex(1)

    def _structure_loaded(self) -> None:
        structure = self.controller.structure
        self.entry_panel.set_structure(structure)
        self.quote_bar.set_structure(structure)
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for info in structure.rounds if structure else []:
            self.round_combo.addItem(info.title, info.id)
            self.round_combo.setItemData(
                self.round_combo.count() - 1, info.question, Qt.ItemDataRole.ToolTipRole
            )
        index = self.round_combo.findData(self.controller.round_id)
        self.round_combo.setCurrentIndex(max(0, index))
        self.round_combo.blockSignals(False)

    def _settings_key(self, what: str) -> str:
        structure = self.controller.structure
        return f"{SETTINGS_GROUP}/{structure.uid if structure else 'none'}/{what}"

    def _initial_round(self) -> int | None:
        structure = self.controller.structure
        assert structure is not None
        ids = [r.id for r in structure.rounds]
        if self.controller.round_id in ids:
            return self.controller.round_id
        if structure.now.round_id in ids:
            return structure.now.round_id
        remembered = QSettings().value(self._settings_key("round"))
        if remembered is not None and int(remembered) in ids:
            return int(remembered)
        return ids[0] if ids else None

    def _initial_table(self) -> int | None:
        structure = self.controller.structure
        assert structure is not None
        ids = [t.id for t in structure.tables]
        if self.controller.table_id in ids or (self.controller.table_id is None and not ids):
            return self.controller.table_id
        remembered = QSettings().value(self._settings_key("table"))
        if remembered is not None and int(remembered) in ids:
            return int(remembered)
        return ids[0] if ids else None

    # --- scope --------------------------------------------------------------------------------------

    def _round_chosen(self, index: int) -> None:
        round_id = self.round_combo.itemData(index)
        if isinstance(round_id, int):
            self.controller.show(round_id, self.controller.table_id)

    def _table_chosen(self, table_id: object) -> None:
        self.controller.show(self.controller.round_id, table_id if isinstance(table_id, int) else None)

    def _scope_changed(self, round_id: object, table_id: object) -> None:
        structure = self.controller.structure
        info = structure.round(round_id if isinstance(round_id, int) else None) if structure else None
        self.question.setText(info.question if info else "")
        self.question.setToolTip(info.question if info else "")
        combo_index = self.round_combo.findData(round_id)
        if combo_index >= 0 and combo_index != self.round_combo.currentIndex():
            self.round_combo.blockSignals(True)
            self.round_combo.setCurrentIndex(combo_index)
            self.round_combo.blockSignals(False)
        self.tables.select_table(table_id if isinstance(table_id, int) else None, quiet=True)
        self.entry_panel.set_placeholder(self._table_name(table_id))
        self._update_title()
        if structure is not None and round_id is not None:
            settings = QSettings()
            settings.setValue(self._settings_key("round"), round_id)
            if table_id is not None:
                settings.setValue(self._settings_key("table"), table_id)
        if round_id != self._last_round:
            self._last_round = round_id if isinstance(round_id, int) else None
            self.round_changed.emit(round_id)

    def _table_name(self, table_id: object) -> str:
        row = self.controller.counts.row_of(table_id if isinstance(table_id, int) else None)
        return self.controller.counts.entry(row).name if row is not None else ""

    def _update_title(self) -> None:
        name = self._table_name(self.controller.table_id)
        count = self.controller.table_model.rowCount()
        counted = self.tr("1 bijdrage") if count == 1 else self.tr("%1 bijdragen").replace("%1", str(count))
        self.scope_title.setText(f"{name}  ·  {counted}" if name else counted)

    # --- actions ------------------------------------------------------------------------------------

    def _submit(self, text: str, person: str, organisation: str) -> None:
        try:
            row = self.controller.add(text, person, organisation)
        except ValidationError as error:
            self.entry_panel.show_error(str(error))
            return
        self.entry_panel.saved()
        self.drafts.store()
        if self.pages.currentIndex() == 0:
            self.list.select_id(row.id)

    def _submit_quote(self, text: str, speaker: str, item_id: object) -> None:
        try:
            self.controller.add_quote(text, speaker, item_id if isinstance(item_id, int) else None)
        except ValidationError as error:
            self.quote_bar.show_error(str(error))
            return
        self.quote_bar.saved()
        self.drafts.store()

    def _act(self, action: object, row: ops.ContributionRow) -> None:
        assert callable(action)
        view = self._active_list()
        try:
            action(row)
        except DomainError as error:
            self.show_message(str(error))
            return
        if view.rows_model.index_of(row.id) is not None:
            view.select_id(row.id)

    def _move(self, row: ops.ContributionRow, delta: int) -> None:
        try:
            moved = self.controller.move(row, delta)
        except DomainError as error:
            self.show_message(str(error))
            return
        if moved:
            self.list.select_id(row.id)

    def _active_list(self) -> ContributionList:
        return self.results if self.pages.currentIndex() == 1 else self.list

    def _highlight_current(self) -> None:
        row = self._active_list().current_row()
        if row is not None:
            self._act(self.controller.toggle_highlight, row)

    def _edit_current(self) -> None:
        view = self._active_list()
        if view.current_row() is None and view is self.list:
            self.list.select_last()
        view.setFocus()
        view.edit_current(Col.TEXT)

    def _context_menu(self, view: ContributionList, pos: object) -> None:
        index = view.indexAt(pos)  # type: ignore[arg-type]
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        row = view.current_row()
        if row is None:
            return
        menu = QMenu(self)
        menu.setObjectName("contributionMenu")
        highlight = self.tr("Uitlichten opheffen") if row.highlighted else self.tr("Uitlichten")
        menu.addAction(f"{highlight}\tCtrl+H", lambda: self._act(self.controller.toggle_highlight, row))
        menu.addAction(self.tr("Bewerken") + "\tF2", lambda: view.edit_current(Col.TEXT))
        move_menu = menu.addMenu(self.tr("Naar andere tafel"))
        for entry in self.controller.counts.entries:
            action = move_menu.addAction(entry.name, lambda t=entry.id: self._move_to_table(row, t))
            action.setEnabled(entry.id != row.table_id)
        menu.addSeparator()
        menu.addAction(self.tr("Verwijderen") + "\tDel", lambda: self._act(self.controller.delete, row))
        menu.popup(view.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    def _move_to_table(self, row: ops.ContributionRow, table_id: int | None) -> None:
        try:
            self.controller.move_to_table(row, table_id)
        except DomainError as error:
            self.show_message(str(error))

    # --- search -------------------------------------------------------------------------------------

    def _search(self, query: str) -> None:
        if not query.strip():
            self.controller.search("")
            self.pages.setCurrentIndex(0)
            return
        count = self.controller.search(query)
        if count == 0:
            summary = self.tr("Geen bijdragen gevonden voor ‘%1’.")
        elif count == 1:
            summary = self.tr("1 bijdrage gevonden voor ‘%1’ · Enter opent hem")
        else:
            summary = self.tr("%2 bijdragen gevonden voor ‘%1’ · Enter opent de gekozen").replace(
                "%2", str(count)
            )
        self.results_summary.setText(summary.replace("%1", query.strip()))
        self.pages.setCurrentIndex(1)

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _focus_results(self) -> None:
        if self.controller.search_model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.controller.search_model.index(0, 3))

    def _open_result(self, row: ops.ContributionRow) -> None:
        self.search_field.clear()
        self._go_to(row.round_id, row.table_id, row.id)
        self.list.setFocus()

    # --- focus --------------------------------------------------------------------------------------

    def _focus_list(self) -> None:
        view = self._active_list()
        if view.current_row() is None and not (view is self.list and self.list.select_last()):
            return
        view.setFocus()

    def _back_to_entry(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
        self.entry.setFocus()

    def _go_to(self, round_id: int, table_id: int | None, contribution_id: int | None) -> None:
        if (round_id, table_id) != (self.controller.round_id, self.controller.table_id):
            self.controller.show(round_id, table_id)
        if contribution_id is not None:
            self.list.select_id(contribution_id)

    def _show_contribution(self, contribution_id: object) -> None:
        """After undo/redo: show where it happened (switching table or round if needed)."""
        if not isinstance(contribution_id, int):
            return
        try:
            with self.controller.db.session() as session:
                row = ops.get_row(session, contribution_id)
        except DomainError:
            return  # it was removed; the lists already follow
        if self.pages.currentIndex() == 1:
            self.results.select_id(row.id)
            return
        self._go_to(row.round_id, row.table_id, row.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.body.currentIndex() == 0 and not self.isAncestorOf(self.focusWidget()):
            QTimer.singleShot(0, self.entry, self.entry.setFocus)
