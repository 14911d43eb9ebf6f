"""Every few minutes, a backup if anything changed: the app's side of rolling backups.

A QTimer asks the storage scheduler once a minute whether a backup is due
(the interval passed and there were writes since the last one). A backup of
a typical event takes a few milliseconds; a failure (disk full, folder gone)
is reported once through ``failed`` and retried after the next interval.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from erbij_desktop.storage.backups import BackupPolicy, BackupScheduler
from erbij_desktop.storage.database import Database
from erbij_desktop.storage.errors import StorageError

CHECK_EVERY_MS = 60_000


class BackupTimer(QObject):
    made = Signal(object)  # Path of the new backup
    failed = Signal(str)

    def __init__(
        self, db: Database, parent: QObject | None = None, policy: BackupPolicy | None = None
    ) -> None:
        super().__init__(parent)
        if db.path is None:
            raise ValueError("rolling backups need a database file")
        self.db = db
        self.scheduler = BackupScheduler(db.path, lambda: db.changes, policy)
        self.timer = QTimer(self)
        self.timer.setObjectName("backupTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def set_policy(self, policy: BackupPolicy) -> None:
        self.scheduler.policy = policy

    def tick(self) -> Path | None:
        """Make a backup if one is due; the new backup's path, or None."""
        try:
            path = self.scheduler.run_if_due()
        except StorageError as error:
            self.failed.emit(str(error))
            return None
        if path is not None:
            self.made.emit(path)
        return path
