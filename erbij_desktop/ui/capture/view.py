"""Vastleggen: the capture view, where the facilitator types what every table says.

Built for speed from the keyboard: the round the room is in is preselected,
the typing field keeps the focus while tables are switched (Ctrl+1 … 9,
Ctrl+PgUp/PgDn), Enter commits a contribution before the field clears, and
every step can be undone (Ctrl+Z / Ctrl+Shift+Z through the Edit menu: the
event's one undo history), also after switching tables. It follows the round
the room is in (``context.live_round``) unless the facilitator chose another,
and says so. The logic lives in ``CaptureController``; this module arranges
the parts and routes the keys.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from erbij_desktop.app import capture_reads as reads
from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.errors import DomainError, ValidationError
from erbij_desktop.ui.events.context import EventContext
from erbij_desktop.ui.models.contributions import Col
from erbij_desktop.ui.widgets.message_banner import MessageBanner

from . import outbox_sender, scope_choice, shortcuts
from .contribution_list import ContributionList
from .controller import CaptureController
from .draft import DraftKeeper, draft_fields, restore_fields
from .entry_panel import EntryPanel
from .header_bar import CaptureHeader
from .live_follow import LiveFollower
from .quote_bar import QuoteBar
from .row_actions import RowActions
from .search_panel import SearchPanel
from .tables_list import TablesList
from .typing_router import TypingRouter

MUTED_STYLE = "color: #6b6b6b;"
TITLE_STYLE = "font-size: 115%; font-weight: 600;"
LIST_PAGE, SEARCH_PAGE = 0, 1
WORK_PAGE, EMPTY_PAGE = 0, 1
STAGE_CHECK_MS = 30_000


class CaptureView(QWidget):
    TAKES_CONTEXT = True
    saved = Signal()
    round_changed = Signal(object)

    def __init__(
        self,
        context: EventContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        # Built without a parent and attached at the end: every child added inside a window that
        # has a style sheet makes Qt work out the styles again (a third of this view's build time).
        super().__init__()
        self.setObjectName("captureView")
        self.context = context
        self.controller = CaptureController(context, self, clock=clock)
        self._last_round: int | None = None
        self._build()
        self.drafts = DraftKeeper(
            lambda: draft_fields(self.entry_panel, self.quote_bar),
            lambda values: restore_fields(self.entry_panel, self.quote_bar, values),
            self,
        )
        self.rows = RowActions(self)
        self._connect()
        self._install_shortcuts()
        # The quote field follows the stage while the view stays open all morning.
        self._stage_timer = QTimer(self, interval=STAGE_CHECK_MS)
        self._stage_timer.timeout.connect(self.follow_stage)
        self._stage_timer.start()
        self.live = LiveFollower(self)
        self.outbox = outbox_sender.OutboxSender(self.controller, self)
        self.reload()
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
        c.structure_changed.connect(self.reload)
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
        self.drafts.watch(self.entry_panel, self.quote_bar)
        self.drafts.failed.connect(lambda text: self.show_message(text) if text else None)
        for view in (self.list, self.results):
            view.highlight_requested.connect(lambda row: self.rows.act(c.toggle_highlight, row))
            view.delete_requested.connect(self.rows.delete)
            view.escaped.connect(self._back_to_entry)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self.rows.context_menu(v, pos))
        self.list.move_requested.connect(self.rows.move)
        self.typing = TypingRouter(self.entry, self)
        self.typing.watch(self.tables, self.list, self.results, self)  # the view: keys nothing else took
        self.results.opened.connect(self._open_result)

    def _install_shortcuts(self) -> None:
        for number in range(1, 10):
            shortcuts.bind(self, f"Ctrl+{number}", functools.partial(self.tables.select_row, number - 1))
        shortcuts.bind(self, "Ctrl+PgUp", lambda: self.tables.step(-1))
        shortcuts.bind(self, "Ctrl+PgDown", lambda: self.tables.step(1))
        shortcuts.bind(self, "Ctrl+Shift+PgUp", lambda: self.header.step_round(-1))
        shortcuts.bind(self, "Ctrl+Shift+PgDown", lambda: self.header.step_round(1))
        shortcuts.bind(self, QKeySequence(QKeySequence.StandardKey.Find), self._focus_search)
        shortcuts.bind(self, "Ctrl+H", self.rows.highlight_current)
        shortcuts.bind(self, "F2", self.rows.edit_current)
        for field in (self.search_field, self.quote_bar.text):
            back = QShortcut(QKeySequence("Esc"), field)
            back.setContext(Qt.ShortcutContext.WidgetShortcut)
            back.activated.connect(self._back_to_entry)

    # --- public -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the event again (rounds, tables, names); round and table stay when they still exist."""
        try:
            self.controller.load_event()
        except DomainError:
            self._show_empty(self.tr("Dit evenement bestaat niet meer."))
            return
        structure = self.controller.structure
        assert structure is not None
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
        c = self.controller
        round_id = scope_choice.initial_round(structure, c.round_id, self.context.live_round.round_id)
        c.reshow(round_id, scope_choice.initial_table(structure, c.table_id))
        if self.drafts.attach(structure.uid):
            self.show_message(
                self.tr("Wat je de vorige keer typte maar nog niet bewaarde, staat weer klaar."), error=False
            )
        if self.search_field.text().strip():
            self._search(self.search_field.text())

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
        """Keep what is typed but not saved (contributions are only stored on Enter) as a draft, on disk."""
        self.drafts.keep()

    def save_state(self, settings: QSettings) -> None:
        scope_choice.save_layout(settings, self.splitter, self.list.horizontalHeader())

    def restore_state(self, settings: QSettings) -> None:
        scope_choice.restore_layout(settings, self.splitter, self.list.horizontalHeader())

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

    # --- scope --------------------------------------------------------------------------------------

    def _table_chosen(self, table_id: object) -> None:
        self.controller.show(self.controller.round_id, table_id if isinstance(table_id, int) else None)
        if not self.tables.hasFocus():  # chosen with the mouse or a shortcut: the cursor goes back to typing
            self.entry.setFocus()

    def _scope_changed(self, round_id: object, table_id: object) -> None:
        structure = self.controller.structure
        info = structure.round(round_id if isinstance(round_id, int) else None) if structure else None
        self.header.show_round(round_id if isinstance(round_id, int) else None, info.question if info else "")
        self.tables.select_table(table_id if isinstance(table_id, int) else None, quiet=True)
        self.entry_panel.set_placeholder(self._table_name(table_id))
        self._update_title()
        if structure is not None and isinstance(round_id, int):
            scope_choice.remember_scope(structure, round_id, table_id if isinstance(table_id, int) else None)
        self.live.show_note()
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

    def active_list(self) -> ContributionList:
        """The list the keys work on: the search results while searching, else the table's rows."""
        return self.results if self.pages.currentIndex() == SEARCH_PAGE else self.list

    # --- search -------------------------------------------------------------------------------------

    def _search(self, query: str) -> None:
        searching = bool(query.strip())
        if searching:  # the results page first: filled while shown, it is laid out and painted once
            self.pages.setCurrentIndex(SEARCH_PAGE)
        count = self.controller.search(query)
        if searching:
            self.search.show_count(query, count)
        else:
            self.pages.setCurrentIndex(LIST_PAGE)
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
        view = self.active_list()
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
        if not isinstance(contribution_id, int) or not self.isVisible():
            return
        row = reads.row(self.controller.ws, contribution_id)
        if row is None:
            return  # it was removed; the lists already follow
        if self.pages.currentIndex() == SEARCH_PAGE:
            self.results.select_id(row.id)
            return
        self._go_to(row.round_id, row.table_id, row.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.body.currentIndex() == WORK_PAGE and not self.isAncestorOf(self.focusWidget()):
            QTimer.singleShot(0, self.entry, self.entry.setFocus)
