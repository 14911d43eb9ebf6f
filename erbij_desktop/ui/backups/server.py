"""Bestand → Reservekopieën… on a server database: backups there are the administrator's, not the app's.

The app makes file backups of a database file only (ui/backups/dialog.py). On
an organisation's PostgreSQL it says plainly that backing up the server is the
database administrator's job (pg_dump) and offers the safety net it can give:
every event written as its own .erbij file into a folder the user chooses
(storage.publish.export_all; files already there are never overwritten).

objectNames: ``serverBackupsDialog``, ``serverBackupsIntro``, ``exportAllEvents``,
``exportAllFolderDialog``, ``exportAllStatus``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.storage.database import Database
from erbij_desktop.storage.errors import StorageError
from erbij_desktop.storage.server_db import shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerBackupsDialog", text)


class ServerBackupsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("serverBackupsDialog")
        self.setWindowTitle(_tr("Reservekopieën"))
        intro = QLabel(
            _tr(
                "De evenementen staan op de server van de organisatie ({server}). Reservekopieën van een "
                "server maakt de databasebeheerder (met pg_dump); Erbij Desktop maakt ze hier niet. "
                "Wilt u zelf een vangnet, schrijf dan elk evenement als .erbij-bestand in een map."
            ).format(server=shown(db.url)),
            self,
        )
        intro.setObjectName("serverBackupsIntro")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(_tr("Alle evenementen &exporteren naar .erbij…"), self)
        self.export_button.setObjectName("exportAllEvents")
        self.export_button.clicked.connect(self.choose_folder)
        self.status = QLabel(self)
        self.status.setObjectName("exportAllStatus")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(560, self.sizeHint().height())

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, _tr("Map voor de .erbij-bestanden"))
        dialog.setObjectName("exportAllFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(lambda folder: self.export_to(Path(folder)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_to(self, folder: Path) -> list[Path]:
        """Write every event into ``folder``; the files written (none, with the reason shown, on failure)."""
        from erbij_desktop.storage.publish import export_all

        try:
            written = export_all(self.db, folder)
        except (StorageError, OSError) as error:
            self.status.setText(str(error))
            return []
        if len(written) == 1:
            done = _tr("1 evenement geschreven naar {folder}.")
        else:
            done = _tr("{count} evenementen geschreven naar {folder}.").replace("{count}", str(len(written)))
        self.status.setText(done.format(folder=folder))
        return written
