"""The main window: the first-run screen, the event overview, or one open event.

It only wires things together: pages live in ui/events and ui/prepare, the
tab contents in their own packages. Menus: Bestand (new event Ctrl+N, all
events Ctrl+Shift+O, demo, export/import an event as .erbij, publish it to the organisation's
server or take it offline to a file (events/publish_dialog), export report
Ctrl+E, delete, quit Ctrl+Q),
Bewerken (undo Ctrl+Z / redo Ctrl+Shift+Z: the open event's one history, see events.undo_actions),
Extra (settings Ctrl+,: language, beamer, round length, report defaults,
backups). The status bar always shows when the last change was saved
(``saveIndicator``); there is no Save button.

Remembered with QSettings: size and position, the open event, its tab and
section, and the splitters.

Starting fast: the window paints the last event before the ORM is loaded
(its tab reads through ``domain.outline``). What needs the ORM (the
library of events, the overview, the event and archive actions) is attached by
``attach()`` right after the first paint, or at once when something asks
for it earlier (the overview, a menu action).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMainWindow, QMenu, QMessageBox, QSpinBox, QStackedWidget, QWidget

from erbij_desktop import APP_NAME, __version__
from erbij_desktop.storage.backups import BackupPolicy
from erbij_desktop.storage.database import Database

from .backups.timer import BackupTimer
from .events.first_run import FirstRunPage
from .events.optional_parts import demo_available, report_available
from .events.tabs import EventTabs
from .events.undo_actions import UndoActions
from .settings import keys
from .settings.remember import remember
from .widgets.first_paint import after_first_paint
from .widgets.save_indicator import SaveIndicator

if TYPE_CHECKING:  # imported by attach() (the ORM), or when the dialog opens
    from erbij_desktop.app.library import Library

    from .events.actions import EventActions
    from .events.archive_actions import ArchiveActions
    from .events.list_model import EventListModel
    from .events.list_page import EventListPage
    from .settings.dialog import SettingsDialog
    from .widgets.binding import AutoSave

GEOMETRY_KEY = keys.WINDOW_GEOMETRY
STATE_KEY = keys.WINDOW_STATE
LAST_EVENT_KEY = keys.LAST_EVENT


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db = db
        self.tabs: EventTabs | None = None
        self.first_run = FirstRunPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.first_run)
        self.setCentralWidget(self.pages)
        self.save_indicator = SaveIndicator(self)
        self.statusBar().addPermanentWidget(self.save_indicator)
        self.undo_actions = UndoActions(self)
        self.undo_actions.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._attached: _Attached | None = None
        self._build_menus()
        self.first_run.set_demo_available(demo_available())
        self.resize(1200, 780)
        self._restore()
        after_first_paint(self, self.attach)

    # --- what needs the ORM ---------------------------------------------------------------------

    def attach(self) -> _Attached:
        """The window's session, overview and actions, made on the first call (loading the ORM)."""
        if self._attached is None:
            from erbij_desktop.app.library import Library

            from .events.actions import EventActions
            from .events.archive_actions import ArchiveActions
            from .events.list_model import EventListModel
            from .events.list_page import EventListPage
            from .widgets.binding import AutoSave

            library = Library(self.db)
            autosave = AutoSave(self)
            autosave.saved.connect(self.save_indicator.mark_saved)
            model = EventListModel(library, self)
            overview = EventListPage(model, self)
            self.pages.addWidget(overview)
            self._attached = _Attached(
                library, autosave, model, overview, EventActions(library, autosave, self),
                ArchiveActions(library, self),
            )  # fmt: skip
            self._connect_pages()
        return self._attached

    @property
    def library(self) -> Library:
        return self.attach().library

    @property
    def autosave(self) -> AutoSave:
        return self.attach().autosave

    @property
    def events_model(self) -> EventListModel:
        return self.attach().events_model

    @property
    def overview(self) -> EventListPage:
        return self.attach().overview

    @property
    def actions_(self) -> EventActions:
        return self.attach().actions

    @property
    def archive(self) -> ArchiveActions:
        return self.attach().archive

    # --- pages ----------------------------------------------------------------------------------

    def _connect_pages(self) -> None:
        actions = self.actions_
        self.first_run.new_requested.connect(actions.new_event)
        self.first_run.demo_requested.connect(actions.open_demo)
        self.first_run.import_requested.connect(self.archive.import_event)
        self.archive.imported.connect(self.open_event)
        self.archive.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.overview.new_requested.connect(actions.new_event)
        self.overview.open_requested.connect(self.open_event)
        self.overview.delete_requested.connect(actions.delete_event)
        actions.event_created.connect(self.open_event)
        actions.event_closing.connect(self._event_closing)
        actions.event_deleted.connect(self._event_deleted)
        actions.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

    def open_event(self, event_id: int) -> None:
        self.close_event()
        self.tabs = EventTabs(self.db, event_id, self)
        self.pages.addWidget(self.tabs)
        self.pages.setCurrentWidget(self.tabs)
        self.tabs.saved.connect(self.save_indicator.mark_saved)
        self.tabs.retitled.connect(self._show_title)
        self.tabs.remote_notice.message.connect(lambda text: self.statusBar().showMessage(text, 12000))
        self.undo_actions.bind(self.tabs)
        self.tabs.restore_state(QSettings())
        remember(LAST_EVENT_KEY, event_id)  # a crash from now on reopens here, as a normal quit would
        self.setWindowTitle(self.tabs.title)
        self._update_actions()
        self.tabs.currentWidget().setFocus()

    def close_event(self) -> None:
        """Close the open event (if any), keeping its tab and section for next time."""
        tabs = self.tabs
        if tabs is None:
            return
        settings = QSettings()
        tabs.save_state(settings)
        tabs.close_session()
        self.undo_actions.bind(None)
        self.tabs = None
        self.pages.removeWidget(tabs)
        tabs.deleteLater()
        self.setWindowTitle("")
        self._update_actions()

    def show_overview(self) -> None:
        self.close_event()
        self.events_model.reload()
        if self.events_model.rowCount() == 0:
            self.pages.setCurrentWidget(self.first_run)
            self.first_run.setFocus()
        else:
            self.pages.setCurrentWidget(self.overview)
            self.overview.select_event(_int_or_none(QSettings().value(LAST_EVENT_KEY, None, type=int)))
            self.overview.setFocus()
        self._update_actions()

    def _event_closing(self, event_id: int) -> None:
        if self.tabs is not None and self.tabs.event_id == event_id:
            self.close_event()

    def _event_deleted(self, _event_id: int) -> None:
        QSettings().remove(LAST_EVENT_KEY)
        self.show_overview()

    def _show_title(self) -> None:
        if self.tabs is not None:
            self.setWindowTitle(self.tabs.title)

    # --- menus ----------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object, keys: object = None, name: str = "") -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if keys is not None:
            action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])  # type: ignore[call-overload]
        if name:
            action.setObjectName(name)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&Bestand"))
        self._action(
            file,
            self.tr("&Nieuw evenement…"),
            lambda: self.actions_.new_event(),
            QKeySequence.StandardKey.New,
            "actionNew",
        )
        self.overview_action = self._action(
            file, self.tr("A&lle evenementen"), self.show_overview, "Ctrl+Shift+O", "actionOverview"
        )
        self.demo_action = self._action(
            file, self.tr("&Demo openen"), lambda: self.actions_.open_demo(), name="actionDemo"
        )
        file.addSeparator()
        self.archive_export_action = self._action(
            file, self.tr("Evenement &exporteren (.erbij)…"), self._export_archive, name="actionExportEvent"
        )
        self._action(
            file,
            self.tr("Evenement &importeren (.erbij)…"),
            lambda: self.archive.import_event(),
            name="actionImportEvent",
        )
        self.publish_actions = [
            self._action(file, text, lambda _=False, o=offline: self._publish(o), name=name)
            for text, offline, name in (
                (self.tr("&Publiceren naar het organisatiearchief…"), False, "actionPublishEvent"),
                (self.tr("&Offline halen naar een bestand…"), True, "actionTakeOffline"),
            )
        ]
        file.addSeparator()
        self.export_action = self._action(
            file, self.tr("&Verslag exporteren…"), self._export, "Ctrl+E", "actionExportReport"
        )
        file.addSeparator()
        self.delete_action = self._action(
            file, self.tr("Evenement ver&wijderen…"), self._delete_current, name="actionDeleteEvent"
        )
        file.addSeparator()
        self._action(file, self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit, "actionQuit")

        edit = bar.addMenu(self.tr("Be&werken"))
        edit.addAction(self.undo_actions.undo)
        edit.addAction(self.undo_actions.redo)

        extra = bar.addMenu(self.tr("E&xtra"))
        self._action(extra, self.tr("&Instellingen…"), self.open_settings, "Ctrl+,", "actionSettings")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Over Erbij Desktop"), self._about, name="actionAbout")
        self._update_actions()

    def _update_actions(self) -> None:
        open_event = self.tabs is not None
        self.export_action.setEnabled(open_event and report_available())
        self.delete_action.setEnabled(open_event)
        self.archive_export_action.setEnabled(open_event)
        for action in self.publish_actions:
            action.setEnabled(open_event)
        self.overview_action.setEnabled(open_event)
        self.demo_action.setEnabled(demo_available())

    def _export(self) -> None:
        if self.tabs is not None:
            self.tabs.flush()
            self.actions_.export_report(self.tabs.event_id)

    def _export_archive(self) -> None:
        if self.tabs is not None:
            self.tabs.flush()
            self.archive.export_event(self.tabs.event_id)

    def _publish(self, offline: bool) -> None:
        if self.tabs is not None:
            from .events.publish_dialog import open_publish_dialog

            self.tabs.flush()
            dialog = open_publish_dialog(self, self.db, self.tabs.event_id, self.tabs.title, offline=offline)
            dialog.finished_with.connect(lambda note: self.statusBar().showMessage(note, 8000))

    def _delete_current(self) -> None:
        if self.tabs is not None:
            self.actions_.delete_event(self.tabs.event_id)

    def open_settings(self) -> SettingsDialog:
        from .settings.dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.language_changed.connect(
            lambda _code: self.statusBar().showMessage(
                self.tr("De nieuwe taal geldt vanaf de volgende keer dat u Erbij Desktop start."), 8000
            )
        )
        dialog.backup_policy_changed.connect(self._apply_backup_policy)
        dialog.round_minutes_changed.connect(self._apply_round_minutes)
        dialog.appendix_changed.connect(self._apply_appendix)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _apply_backup_policy(self, policy: BackupPolicy) -> None:
        for timer in self.findChildren(BackupTimer):  # the safety net's timer lives on this window
            timer.set_policy(policy)

    def _apply_round_minutes(self, minutes: int) -> None:
        """The open event's "new round" field starts at the new length too."""
        for box in self.findChildren(QSpinBox, "roundAddMinutes"):
            box.setValue(minutes)

    def _apply_appendix(self, on: bool) -> None:
        for box in self.findChildren(QCheckBox, "exportAppendix"):
            box.setChecked(on)

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("Over Erbij Desktop"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(f"<b>{APP_NAME}</b> {__version__}")
        location = str(self.db.path) if self.db.path is not None else self.db.url
        box.setInformativeText(
            self.tr("Voorbereiden, leiden en verslaan van een praktijktafel.\n\nDatabase: %1").replace(
                "%1", location
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()

    # --- state ----------------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        last = _int_or_none(settings.value(LAST_EVENT_KEY, None, type=int))
        if last is not None and self._title_of(last) is not None:
            self.open_event(last)
        else:
            self.show_overview()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        if self.tabs is not None:
            settings.setValue(LAST_EVENT_KEY, self.tabs.event_id)
        else:
            settings.remove(LAST_EVENT_KEY)
        self.close_event()
        settings.sync()
        super().closeEvent(event)

    def _title_of(self, event_id: int) -> str | None:
        """Before the ORM loads: one plain read of the event's title."""
        from erbij_desktop.app.lookups import event_title_of

        return event_title_of(self.db, event_id)

    def setWindowTitle(self, title: str) -> None:
        """The event's title; the platform adds the application name."""
        super().setWindowTitle(title or APP_NAME)


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and value else None


@dataclass(frozen=True)
class _Attached:
    """What the window attaches once the ORM may load (see ``MainWindow.attach``)."""

    library: Library
    autosave: AutoSave
    events_model: EventListModel
    overview: EventListPage
    actions: EventActions
    archive: ArchiveActions
