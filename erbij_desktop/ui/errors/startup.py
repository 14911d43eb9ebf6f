"""Opening the database at start-up, with a way on when it cannot be opened.

``DatabaseOpener.start(arg)`` tries to open the chosen database. It emits
``opened(db)`` when that works; when it does not, it explains why in a
StorageErrorDialog and follows the user's choice: restore the latest backup
(a damaged file is moved aside untouched), choose another file, try again,
or quit (``cancelled``). A database already open in another Erbij window is
handed over to that window, which comes forward (``forwarded``).

Everything is signal-driven so tests can drive it; ``open_database_interactively``
wraps it in a local event loop for the synchronous start-up in ui/app.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from erbij_desktop.storage import instance
from erbij_desktop.storage.backups import BackupInfo, latest_backup
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.errors import DatabaseInUseError, StorageError
from erbij_desktop.storage.locations import default_database_path
from erbij_desktop.storage.restore import restore_backup

from .texts import Way

if TYPE_CHECKING:  # imported when a database cannot be opened, not on every start
    from ..single_instance import InstanceClient
    from .storage_dialog import StorageErrorDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseOpener", text)


class DatabaseOpener(QObject):
    opened = Signal(object)  # Database
    cancelled = Signal()
    forwarded = Signal()

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.argument: str | None = None
        self.error: StorageError | None = None
        self.dialog: StorageErrorDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.client: InstanceClient | None = None

    def start(self, database_arg: str | None) -> None:
        self.argument = database_arg
        try:
            db = open_database(database_arg)
        except DatabaseInUseError as error:
            if error.by_erbij_app and error.path is not None:
                self._ask_running_window(error)
            else:
                self.explain(error)
            return
        except StorageError as error:
            self.explain(error)
            return
        self.error = None
        self.opened.emit(db)

    def _ask_running_window(self, error: DatabaseInUseError) -> None:
        from ..single_instance import InstanceClient

        assert error.path is not None
        self.client = InstanceClient(error.path, self)
        self.client.answered.connect(self._forwarded)
        self.client.failed.connect(lambda: self.explain(error))
        self.client.ask()

    def _forwarded(self) -> None:
        print(
            _tr("Erbij Desktop is al geopend met deze database; dat venster staat nu vooraan."),
            file=sys.stderr,
        )
        self.forwarded.emit()

    def explain(self, error: StorageError) -> None:
        from .storage_dialog import StorageErrorDialog

        self.error = error
        self.dialog = StorageErrorDialog(error, self._latest(error), self.parent_widget, at_startup=True)
        self.dialog.way_chosen.connect(self._follow)
        self.dialog.open()

    def _latest(self, error: StorageError) -> BackupInfo | None:
        if error.path is None:
            return None
        try:
            return latest_backup(error.path)
        except StorageError:
            return None

    def _follow(self, way: str) -> None:
        error = self.error
        if way == Way.CLOSE:
            self.cancelled.emit()
        elif way == Way.RETRY:
            self.start(self.argument)
        elif way == Way.OTHER_FILE:
            self.choose_other_file()
        elif way == Way.LATEST_BACKUP and error is not None and error.path is not None:
            self.restore_latest(error.path)

    def restore_latest(self, database: Path) -> None:
        latest = self._latest_for(database)
        if latest is None:
            self.start(self.argument)
            return
        try:
            restore_backup(latest.path, database)
        except StorageError as error:
            self.explain(error)
            return
        self.start(str(database))

    def _latest_for(self, database: Path) -> BackupInfo | None:
        try:
            return latest_backup(database)
        except StorageError:
            return None

    def choose_other_file(self) -> None:
        start_in = (
            self.error.path.parent if self.error and self.error.path else default_database_path().parent
        )
        dialog = QFileDialog(self.parent_widget, _tr("Database kiezen of nieuw aanmaken"), str(start_in))
        dialog.setObjectName("chooseDatabase")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters([_tr("Erbij-database (*.sqlite *.db)"), _tr("Alle bestanden (*)")])
        dialog.setDefaultSuffix("sqlite")
        dialog.fileSelected.connect(self.start)
        dialog.rejected.connect(lambda: self.explain(self.error) if self.error else self.cancelled.emit())
        self.file_dialog = dialog
        dialog.open()


def open_database_interactively(database_arg: str | None, parent: QWidget | None = None) -> Database | None:
    """Open the database, letting the user find a way on; None if they quit or another window took over.

    ``instance.set_process_role`` marks this process as the app, so other
    processes can tell who holds the database.
    """
    instance.set_process_role(instance.ROLE_APP)
    opener = DatabaseOpener(parent)
    result: list[Database] = []
    finished = [False]
    loop = QEventLoop()

    def done(db: object = None) -> None:
        if isinstance(db, Database):
            result.append(db)
        finished[0] = True
        loop.quit()

    opener.opened.connect(done)
    opener.cancelled.connect(done)
    opener.forwarded.connect(done)
    opener.start(database_arg)
    if not finished[0]:
        loop.exec()
    return result[0] if result else None
