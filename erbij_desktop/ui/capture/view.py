"""Vastleggen: the capture view, where the facilitator types what every table says.

Built for speed from the keyboard: the round the room is in is preselected,
the typing field keeps the focus while tables are switched (Ctrl+1 … 9,
Ctrl+PgUp/PgDn), Enter commits a contribution before the field clears, and
every step can be undone (Ctrl+Z / Ctrl+Shift+Z through the Edit menu, which
uses ``undo_stack``), also after switching tables. The logic lives in
``CaptureController``; this module arranges the parts and routes the keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from erbij_desktop.domain.contribution_rows import ContributionRow, get_row
from erbij_desktop.domain.errors import DomainError, ValidationError
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.models.contributions import Col
from erbij_desktop.ui.settings import keys
from erbij_desktop.ui.widgets.message_banner import MessageBanner

from . import shortcuts
from .contribution_list import ContributionList
from .controller import CaptureController
from .draft import DraftKeeper
from .entry_panel import EntryPanel
from .header_bar import CaptureHeader
from .quote_bar import QuoteBar
from .row_menu import row_menu
from .search_panel import SearchPanel
from .tables_list import TablesList

MUTED_STYLE = "color: #6b6b6b;"
TITLE_STYLE = "font-size: 115%; font-weight: 600;"
SETTINGS_GROUP = keys.CAPTURE_GROUP
LIST_PAGE, SEARCH_PAGE = 0, 1
WORK_PAGE, EMPTY_PAGE = 0, 1
STAGE_CHECK_MS = 30_000


class CaptureView(QWidget):
    saved = Signal()
    round_changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        # Built without a parent and attached at the end: every child added inside a window that
        # has a style sheet makes Qt work out the styles again (a third of this view's build time).
        super().__init__()
        self.setObjectName("captureView")
        self.controller = CaptureController(db, self)
        self.undo_stack = self.controller.undo.stack
        self._last_round: int | None = None
        self._build()
        self.drafts = DraftKeeper(self._draft_values, self._restore_draft, self)
        self._connect()
        self._install_shortcuts()
        # The quote field follows the stage while the view stays open all morning.
        self._stage_timer = QTimer(self)
        self._stage_timer.setInterval(STAGE_CHECK_MS)
        self._stage_timer.timeout.connect(self.follow_stage)
        self._stage_timer.start()
        self._show_empty(self.tr("Kies of maak een evenement om vast te leggen."))
        if parent is not None:
            self.setParent(parent)

    # --- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        c = self.controller
        self.header = CaptureHeader(self)
        self.round_combo = self.header.round_combo
        self.question = self.header.question
        self.search_field = self.header.search_field
        self.tables = TablesList(c.counts, self)
        self.scope_title = QLabel(self)
        self.scope_title.setObjectName("scopeTitle")
        self.scope_title.setStyleSheet(TITLE_STYLE)
        self.message = MessageBanner("captureMessage", self)
        self.list = ContributionList(c.table_model, self._names_for, "contributionList", self)
        self.list.setAccessibleName(self.tr("Bijdragen"))
        self.search = SearchPanel(c.search_model, self._names_for, self)
        self.results = self.search.results
        self.pages = QStackedWidget(self)
        self.pages.insertWidget(LIST_PAGE, self.list)
        self.pages.insertWidget(SEARCH_PAGE, self.search)
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
        self.splitter.setSizes([210, 790])

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
        work_layout.addWidget(self.header)
        work_layout.addWidget(self.splitter, 1)
        work_layout.addWidget(self.quote_bar)
        self.body = QStackedWidget(self)
        self.body.insertWidget(WORK_PAGE, work)
        self.body.insertWidget(EMPTY_PAGE, self.empty)
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
        c.table_model.rowsInserted.connect(self._update_title)
        c.table_model.rowsRemoved.connect(self._update_title)
        self.header.round_chosen.connect(lambda round_id: c.show(round_id, c.table_id))
        self.tables.table_chosen.connect(self._table_chosen)
        self.entry_panel.submitted.connect(self._submit)
        self.entry.up_from_empty.connect(self._focus_list)
        self.search_field.textChanged.connect(self._search)
        self.search_field.returnPressed.connect(self.search.focus_first)
        self.search_field.focused.connect(c.prepare_search)
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
            view.highlight_requested.connect(lambda row: self._act(c.toggle_highlight, row))
            view.delete_requested.connect(lambda row: self._act(c.delete, row))
            view.escaped.connect(self._back_to_entry)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        self.list.move_requested.connect(self._move)
        self.results.opened.connect(self._open_result)

    def _install_shortcuts(self) -> None:
        for number in range(1, 10):
            shortcuts.bind(self, f"Ctrl+{number}", lambda n=number: self.tables.select_row(n - 1))
        shortcuts.bind(self, "Ctrl+PgUp", lambda: self.tables.step(-1))
        shortcuts.bind(self, "Ctrl+PgDown", lambda: self.tables.step(1))
        shortcuts.bind(self, "Ctrl+Shift+PgUp", lambda: self.header.step_round(-1))
        shortcuts.bind(self, "Ctrl+Shift+PgDown", lambda: self.header.step_round(1))
        shortcuts.bind(self, QKeySequence(QKeySequence.StandardKey.Find), self._focus_search)
        shortcuts.bind(self, "Ctrl+H", self._highlight_current)
        shortcuts.bind(self, "F2", self._edit_current)
        for field in (self.search_field, self.quote_bar.text):
            back = QShortcut(QKeySequence("Esc"), field)
            back.setContext(Qt.ShortcutContext.WidgetShortcut)
            back.activated.connect(self._back_to_entry)

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
        self.body.setCurrentIndex(WORK_PAGE)
        self.controller.show(self._initial_round(), self._initial_table())
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
        return self.header.select_round(round_id)

    def step_round(self, delta: int) -> None:
        self.header.step_round(delta)

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
        self.message.show_message(text, error=error)

    def follow_stage(self) -> None:
        """Preselect for the quote field what is on stage now (runs every half minute)."""
        if not self.isVisible():
            return
        try:
            now = self.controller.refresh_now()
        except DomainError:
            return  # the event was deleted meanwhile; the window will close it
        if now is not None:
            self.quote_bar.follow_stage(now.programme_item_id)

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
        self.body.setCurrentIndex(EMPTY_PAGE)

    def _structure_loaded(self) -> None:
        structure = self.controller.structure
        self.entry_panel.set_structure(structure)
        self.quote_bar.set_structure(structure)
        self.header.set_rounds(structure.rounds if structure else [], self.controller.round_id)

    def _settings_key(self, what: str) -> str:
        structure = self.controller.structure
        return f"{SETTINGS_GROUP}/{structure.uid if structure else 'none'}/{what}"

    def _remembered(self, what: str, ids: list[int]) -> int | None:
        value = QSettings().value(self._settings_key(what))
        try:
            remembered = int(value) if value is not None else None
        except (TypeError, ValueError):
            return None
        return remembered if remembered in ids else None

    def _initial_round(self) -> int | None:
        """The round shown now if still there, else the clock's, else the one used last, else the first."""
        structure = self.controller.structure
        assert structure is not None
        ids = [r.id for r in structure.rounds]
        for candidate in (self.controller.round_id, structure.now.round_id, self._remembered("round", ids)):
            if candidate in ids:
                return candidate
        return ids[0] if ids else None

    def _initial_table(self) -> int | None:
        structure = self.controller.structure
        assert structure is not None
        ids = [t.id for t in structure.tables]
        if self.controller.table_id in ids or (self.controller.table_id is None and not ids):
            return self.controller.table_id
        remembered = self._remembered("table", ids)
        if remembered is not None:
            return remembered
        return ids[0] if ids else None

    # --- scope --------------------------------------------------------------------------------------

    def _table_chosen(self, table_id: object) -> None:
        self.controller.show(self.controller.round_id, table_id if isinstance(table_id, int) else None)

    def _scope_changed(self, round_id: object, table_id: object) -> None:
        structure = self.controller.structure
        info = structure.round(round_id if isinstance(round_id, int) else None) if structure else None
        self.header.show_round(round_id if isinstance(round_id, int) else None, info.question if info else "")
        self.tables.select_table(table_id if isinstance(table_id, int) else None, quiet=True)
        self.entry_panel.set_placeholder(self._table_name(table_id))
        self._update_title()
        if structure is not None and round_id is not None:
            settings = QSettings()
            _remember(settings, self._settings_key("round"), round_id)
            if table_id is not None:
                _remember(settings, self._settings_key("table"), table_id)
        if round_id != self._last_round:
            self._last_round = round_id if isinstance(round_id, int) else None
            self.round_changed.emit(round_id)

    def _table_name(self, table_id: object) -> str:
        row = self.controller.counts.row_of(table_id if isinstance(table_id, int) else None)
        return self.controller.counts.entry(row).name if row is not None else ""

    def _update_title(self) -> None:
        if self.pages.currentIndex() == SEARCH_PAGE:
            self.scope_title.setText(self.tr("Gevonden in alle rondes en tafels"))
            return
        name = self._table_name(self.controller.table_id)
        row = self.controller.counts.row_of(self.controller.table_id)
        host = self.controller.counts.entry(row).host if row is not None else ""
        count = self.controller.table_model.rowCount()
        counted = self.tr("1 bijdrage") if count == 1 else self.tr("%1 bijdragen").replace("%1", str(count))
        parts = [name, self.tr("tafelhost %1").replace("%1", host) if host else "", counted]
        self.scope_title.setText("  ·  ".join(part for part in parts if part))

    # --- actions ------------------------------------------------------------------------------------

    def _submit(self, text: str, person: str, organisation: str) -> None:
        try:
            row = self.controller.add(text, person, organisation)
        except ValidationError as error:
            self.entry_panel.show_error(str(error))
            return
        self.entry_panel.saved()
        self.drafts.store()
        if self.pages.currentIndex() == LIST_PAGE:
            self.list.select_id(row.id)

    def _submit_quote(self, text: str, speaker: str, item_id: object) -> None:
        try:
            self.controller.add_quote(text, speaker, item_id if isinstance(item_id, int) else None)
        except ValidationError as error:
            self.quote_bar.show_error(str(error))
            return
        self.quote_bar.saved()
        self.drafts.store()

    def _act(self, action: Callable[[ContributionRow], object], row: ContributionRow) -> None:
        view = self._active_list()
        try:
            action(row)
        except DomainError as error:
            self.show_message(str(error))
            return
        if view.rows_model.index_of(row.id) is not None:
            view.select_id(row.id)

    def _move(self, row: ContributionRow, delta: int) -> None:
        try:
            moved = self.controller.move(row, delta)
        except DomainError as error:
            self.show_message(str(error))
            return
        if moved:
            self.list.select_id(row.id)

    def _move_to_table(self, row: ContributionRow, table_id: int | None) -> None:
        try:
            self.controller.move_to_table(row, table_id)
        except DomainError as error:
            self.show_message(str(error))

    def _active_list(self) -> ContributionList:
        return self.results if self.pages.currentIndex() == SEARCH_PAGE else self.list

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

    def _context_menu(self, view: ContributionList, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        row = view.current_row()
        if row is None:
            return
        c = self.controller
        menu = row_menu(
            self,
            row,
            c.counts.entries,
            highlight=lambda: self._act(c.toggle_highlight, row),
            edit=lambda: view.edit_current(Col.TEXT),
            move_to_table=lambda table_id: self._move_to_table(row, table_id),
            delete=lambda: self._act(c.delete, row),
        )
        menu.popup(view.viewport().mapToGlobal(pos))

    # --- search -------------------------------------------------------------------------------------

    def _search(self, query: str) -> None:
        count = self.controller.search(query)
        searching = bool(query.strip())
        if searching:
            self.search.show_count(query, count)
        self.pages.setCurrentIndex(SEARCH_PAGE if searching else LIST_PAGE)
        self._update_title()

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _open_result(self, row: ContributionRow) -> None:
        self.search_field.clear()
        self._go_to(row.round_id, row.table_id, row.id)
        self.list.setFocus()

    # --- focus and navigation -----------------------------------------------------------------------

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
            with self.controller.db.connect() as connection:
                row = get_row(connection, contribution_id)
        except DomainError:
            return  # it was removed; the lists already follow
        if self.pages.currentIndex() == SEARCH_PAGE:
            self.results.select_id(row.id)
            return
        self._go_to(row.round_id, row.table_id, row.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.body.currentIndex() == WORK_PAGE and not self.isAncestorOf(self.focusWidget()):
            QTimer.singleShot(0, self.entry, self.entry.setFocus)


def _remember(settings: QSettings, key: str, value: int) -> None:
    """Store ``value`` unless it is there already: each change is a synced write of the settings
    file, which opening the view on the round and table it remembered need not cost."""
    if settings.value(key, None, type=int) != value:
        settings.setValue(key, value)
