"""The safety net around the running app, installed by ui/app.py with one call.

``install_safety(app, window, db, make_window)``:

* installs the error reporter (uncaught exception -> log + dialog, app keeps running);
* listens for second starts on the same database and brings the window forward;
* runs the rolling-backup timer and reports backups in the status bar;
* adds "Reservekopieën…" to the menu that holds "Afsluiten" (Bestand); on a server database it
  says that the administrator makes the backups (pg_dump) and offers every event as .erbij;
* restores a backup from the app: closes the window and its database,
  restores (the current state is backed up first), reopens, and shows a new
  window built with ``make_window``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from erbij_desktop.storage.database import Database
from erbij_desktop.storage.errors import StorageError
from erbij_desktop.storage.restore import restore_backup

from ..backups.timer import BackupTimer
from ..widgets.first_paint import after_first_paint
from .reporter import ErrorReporter
from .startup import DatabaseOpener

if TYPE_CHECKING:  # imported when first needed, not before the window shows
    from ..backups.dialog import BackupsDialog
    from ..backups.server import ServerBackupsDialog
    from ..single_instance import InstanceServer

WindowFactory = Callable[[Database], QWidget]
STATUS_MS = 6000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyNet", text)


class SafetyNet(QObject):
    window_replaced = Signal(object)  # the new main window after a restore

    def __init__(self, app: QApplication, make_window: WindowFactory) -> None:
        super().__init__(app)  # lives as long as the app
        self.app = app
        self.make_window = make_window
        self.reporter = ErrorReporter(lambda: self.window)
        self.window: QWidget | None = None
        self.db: Database | None = None
        self.server: InstanceServer | None = None
        self.timer: BackupTimer | None = None
        self.backups_action: QAction | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.opener: DatabaseOpener | None = None
        self.last_restore_message = ""
        app.aboutToQuit.connect(self.shutdown)

    def install(self, window: QWidget, db: Database) -> None:
        self.reporter.install()
        self.attach(window, db)

    def attach(self, window: QWidget, db: Database) -> None:
        self.window, self.db = window, db
        if db.path is not None:
            # Listening for a second start needs QtNetwork, slow to load: it waits until the window
            # has been painted (a second start before then finds the database locked, as always).
            after_first_paint(window, lambda: self._listen(window, db))
            self.timer = BackupTimer(db, window)
            self.timer.made.connect(
                lambda path: self._status(_tr("Reservekopie gemaakt ({name}).").format(name=path.name))
            )
            self.timer.failed.connect(self._status)
            self.timer.start()
            self.backups_action = self._add_menu_action(window)
        else:  # a server: its backups are the administrator's; the dialog says so and offers .erbij files
            self.backups_action = self._add_menu_action(window)
        for warning in db.warnings:
            self._status(warning)

    def _listen(self, window: QWidget, db: Database) -> None:
        if self.window is not window or self.db is not db or db.path is None:
            return  # replaced (restored) in the meantime
        from ..single_instance import InstanceServer

        self.server = InstanceServer(db.path, window)
        self.server.listen()

    def _add_menu_action(self, window: QWidget) -> QAction | None:
        quit_action = window.findChild(QAction, "actionQuit")
        menu = next((m for m in window.findChildren(QMenu) if quit_action in m.actions()), None)
        if quit_action is None or menu is None:
            return None
        action = QAction(_tr("&Reservekopieën…"), window)
        action.setObjectName("actionBackups")
        action.triggered.connect(self.show_backups)
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
        return action

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, STATUS_MS)

    def show_backups(self) -> BackupsDialog | ServerBackupsDialog | None:
        if self.db is None:
            return None
        if self.db.path is None:
            from ..backups.server import ServerBackupsDialog

            server = ServerBackupsDialog(self.db, self.window)
            server.finished.connect(server.deleteLater)
            server.open()
            return server
        from ..backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.db.path, self.window)
        dialog.restore_requested.connect(self.restore)
        if self.timer is not None:
            dialog.policy_changed.connect(self.timer.set_policy)
        dialog.finished.connect(dialog.deleteLater)
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def restore(self, backup: Path) -> None:
        """Swap the open database for ``backup``; the current state is backed up first."""
        db, window = self.db, self.window
        if db is None or db.path is None or window is None:
            return
        database = db.path
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        self._detach()
        window.close()
        window.deleteLater()
        db.close()
        try:
            result = restore_backup(backup, database)
        except StorageError as error:
            self.last_restore_message = str(error)
        else:
            saved = result.previous_backup or result.previous_moved_to
            self.last_restore_message = _tr(
                "Reservekopie teruggezet. De vorige versie staat in {path}."
            ).format(path=saved)
        self.opener = DatabaseOpener()
        self.opener.opened.connect(lambda new_db: self._reopened(new_db, quit_on_close))
        self.opener.cancelled.connect(self.app.quit)
        self.opener.start(str(database))

    def _reopened(self, db: Database, quit_on_close: bool) -> None:
        window = self.make_window(db)
        self.attach(window, db)
        window.show()
        self.app.setQuitOnLastWindowClosed(quit_on_close)
        self._status(self.last_restore_message)
        self.window_replaced.emit(window)

    def _detach(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.server is not None:
            self.server.close()
        self.timer = self.server = None

    def shutdown(self) -> None:
        self._detach()
        self.reporter.uninstall()
        if self.db is not None:
            self.db.close()


def install_safety(app: QApplication, window: QWidget, db: Database, make_window: WindowFactory) -> SafetyNet:
    net = SafetyNet(app, make_window)
    net.install(window, db)
    return net
