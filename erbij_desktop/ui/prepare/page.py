"""The Voorbereiden tab: a list of sections on the left, the chosen editor on the right.

Sections (objectName of the editor): Evenement (``prepareEvent``), Verslag
(``prepareReport``), Mensen (``preparePeople``), Programma
(``prepareProgramme``), Rondes (``prepareRounds``), Tafels (``prepareTables``).
The section list is ``prepareSections``; Alt+1 … Alt+6 jump to a section from
anywhere in the tab, and the editor gets the focus.

The page is built on the event's ``EventContext``: every section changes
data only through ``app.prepare_actions`` / ``app.programme_actions`` (one
workspace action = one undo step, undone from the Edit menu) and shows frozen
rows from ``app.prepare_reads`` / ``app.programme_reads``. Each section
refreshes itself from ``context.signals.changed``, whoever made the change.
A refusal that no field shows (a delete, the people on stage) appears in
the banner ``prepareRefusal`` above the section; nothing was stored then.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from erbij_desktop.app.changes import ChangeSet

from ..events.context import EventContext
from ..settings import keys
from ..widgets.binding import AutoSave
from ..widgets.field_row import error_text
from ..widgets.message_banner import MessageBanner
from ..widgets.tab_order import follow_layout
from .event_form import EventForm
from .people_page import PeoplePage
from .programme_page import ProgrammePage
from .report_form import ReportForm
from .rounds_page import RoundsPage
from .tables_page import TablesPage

STATE_KEY = keys.PREPARE_SECTION


class PreparePage(QWidget):
    TAKES_CONTEXT = True

    def __init__(self, context: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.autosave = AutoSave(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sections = QListWidget(self)
        self.sections.setObjectName("prepareSections")
        self.sections.setFrameShape(QListWidget.Shape.NoFrame)
        self.sections.setSpacing(2)
        self.sections.setStyleSheet(
            "#prepareSections { background: palette(window); border-right: 1px solid palette(mid);"
            " padding: 8px 4px; }"
            "#prepareSections::item { padding: 7px 14px; border-radius: 4px; }"
            "#prepareSections::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(self)
        editors = (
            (self.tr("Evenement"), EventForm(context, self.autosave)),
            (self.tr("Verslag"), ReportForm(context, self.autosave)),
            (self.tr("Mensen"), PeoplePage(context, self.autosave)),
            (self.tr("Programma"), ProgrammePage(context, self.autosave)),
            (self.tr("Rondes"), RoundsPage(context, self.autosave)),
            (self.tr("Tafels"), TablesPage(context, self.autosave)),
        )
        for number, (title, editor) in enumerate(editors, start=1):
            item = QListWidgetItem(title, self.sections)
            item.setToolTip(self.tr("Alt+%1").replace("%1", str(number)))
            self.stack.addWidget(editor)
            follow_layout(editor)  # Tab goes where the eye goes, whatever order the parts were made in
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number - 1: self.show_section(n, focus=True))
        self.sections.setFixedWidth(self.sections.sizeHintForColumn(0) + 48)
        self.sections.currentRowChanged.connect(self._switch)
        self.refusal = MessageBanner("prepareRefusal", self, hide_after_ms=None)
        self.autosave.refused.connect(lambda error: self.refusal.show_message(error_text(error)))
        self.autosave.saved.connect(self.refusal.hide)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.refusal)
        right.addWidget(self.stack, 1)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self.sections.setCurrentRow(0)
        context.signals.changed.connect(self._changed)

    def editor(self, index: int) -> QWidget:
        widget = self.stack.widget(index)
        assert widget is not None
        return widget

    def show_section(self, index: int, *, focus: bool = False) -> None:
        self.sections.setCurrentRow(index)
        if focus:
            self.editor(index).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _switch(self, index: int) -> None:
        if index < 0:
            return
        previous = self.stack.currentWidget()
        if previous is not None:
            previous.flush()  # type: ignore[attr-defined]
        editor = self.editor(index)
        editor.reload()  # type: ignore[attr-defined]  # others may have changed names
        self.refusal.hide()
        self.stack.setCurrentIndex(index)

    def _changed(self, changes: ChangeSet) -> None:
        """Something was committed (here, in another tab, by another thread): the section shown shows it.

        Hidden sections read everything again when they are shown (``_switch``).
        """
        current = self.stack.currentWidget()
        if current is not None:
            current.changed(changes)  # type: ignore[attr-defined]

    def reload(self) -> None:
        """Show what is stored now."""
        current = self.stack.currentWidget()
        if current is not None:
            current.reload()  # type: ignore[attr-defined]

    def flush(self) -> None:
        current = self.stack.currentWidget()
        if current is not None:
            current.flush()  # type: ignore[attr-defined]

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(STATE_KEY, self.sections.currentRow())
        for i in range(self.stack.count()):
            save = getattr(self.editor(i), "save_state", None)
            if save is not None:
                save(settings)

    def restore_state(self, settings: QSettings) -> None:
        for i in range(self.stack.count()):
            restore = getattr(self.editor(i), "restore_state", None)
            if restore is not None:
                restore(settings)
        row = int(settings.value(STATE_KEY, 0, type=int))  # type: ignore[call-overload]
        if 0 <= row < self.sections.count():
            self.sections.setCurrentRow(row)
