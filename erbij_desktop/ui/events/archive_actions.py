"""Moving an event between laptops: File → export it as one .erbij file, import it on the other.

The .erbij archive (erbij_desktop.storage.archive) holds the whole event:
programme, people and their consent, rounds, tables, every contribution,
quotes, photos and the logo. Importing is all-or-nothing: a damaged or foreign
file is refused with its reason and nothing is stored. An event that is
already here (same archive id) is not overwritten; the user may import it as
a copy beside it. Dialogs open with ``open()``; objectNames:
``archiveExportDialog``, ``archiveImportDialog``, ``archiveExistsQuestion``,
``archiveMessage``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from erbij_desktop.app.library import Library
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.storage.archive import ARCHIVE_SUFFIX, EventExistsError
from erbij_desktop.storage.errors import StorageError

from ..settings import keys
from ..widgets.files import last_folder, title_slug


def archive_filename(title: str) -> str:
    return title_slug(title, "evenement") + ARCHIVE_SUFFIX


class ArchiveActions(QObject):
    imported = Signal(int)  # id of the event that was stored
    message = Signal(str)  # a short note for the status bar

    def __init__(self, library: Library, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.window = window
        self.question: QMessageBox | None = None

    def _folder(self) -> str:
        return last_folder(keys.ARCHIVE_DIRECTORY)

    def _filter(self) -> str:
        return self.tr("Erbij-evenementen (*.erbij)")

    # --- export ---------------------------------------------------------------------------------

    def export_event(self, event_id: int) -> QFileDialog:
        name = archive_filename(self.library.title(event_id) or "")
        dialog = QFileDialog(self.window, self.tr("Evenement exporteren"), self._folder())
        dialog.setObjectName("archiveExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self._filter())
        dialog.setDefaultSuffix(ARCHIVE_SUFFIX.lstrip("."))
        dialog.selectFile(name)
        dialog.fileSelected.connect(lambda path: self.write_archive(event_id, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def write_archive(self, event_id: int, path: Path) -> bool:
        QSettings().setValue(keys.ARCHIVE_DIRECTORY, str(path.parent))
        if path.is_dir():
            self._fail(self.tr("%1 is een map; kies een bestandsnaam.").replace("%1", str(path)))
            return False
        try:
            self.library.export_archive(event_id, path)
        except (DomainError, StorageError, OSError) as error:
            self._fail(self.tr("Het evenement kon niet worden geëxporteerd."), str(error))
            return False
        self.message.emit(self.tr("Evenement opgeslagen als %1").replace("%1", str(path)))
        return True

    # --- import ---------------------------------------------------------------------------------

    def import_event(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Evenement importeren"), self._folder())
        dialog.setObjectName("archiveImportDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self._filter())
        dialog.fileSelected.connect(lambda path: self.read_archive(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def read_archive(self, path: Path, *, as_copy: bool = False) -> int | None:
        """Store the event in ``path``; its id, or None (refused, or waiting for the user's answer)."""
        QSettings().setValue(keys.ARCHIVE_DIRECTORY, str(path.parent))
        try:
            event_id, title = self.library.import_archive(path, as_copy=as_copy)
        except EventExistsError:
            self._ask_copy(path)
            return None
        except (DomainError, StorageError, OSError) as error:
            self._fail(self.tr("Import geweigerd; er is niets gewijzigd."), str(error))
            return None
        self.message.emit(self.tr("Evenement geïmporteerd: %1").replace("%1", title))
        self.imported.emit(event_id)
        return event_id

    def _ask_copy(self, path: Path) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("archiveExistsQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Evenement importeren"))
        box.setText(self.tr("Dit evenement staat al in Erbij Desktop."))
        box.setInformativeText(
            self.tr(
                "Het bestaande evenement blijft zoals het is. U kunt het geïmporteerde ernaast zetten, "
                "met ‘(kopie)’ achter de titel."
            )
        )
        copy = box.addButton(self.tr("Als &kopie importeren"), QMessageBox.ButtonRole.AcceptRole)
        copy.setObjectName("archiveImportCopy")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        copy.clicked.connect(lambda: self.read_archive(path, as_copy=True))
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()

    def _fail(self, text: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erbij Desktop"), text, parent=self.window)
        box.setObjectName("archiveMessage")
        if detail:
            box.setInformativeText(detail)
        box.finished.connect(box.deleteLater)
        box.open()
