"""What the File menu and the overview do with whole events: new, demo, delete, export the report.

Every dialog opens with ``open()`` and continues in a slot, so tests (and
the event loop) are never blocked. The report writer and the demo importer
live in other packages; when one is missing from this build its action is
simply unavailable. objectNames: ``reportFileDialog``, ``eventMessage``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from erbij_desktop.app.library import Library
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.storage.errors import StorageError

from ..capture.draft import forget_event
from ..settings import keys
from ..settings.preferences import report_appendix
from ..widgets.binding import AutoSave
from ..widgets.confirm import confirm
from ..widgets.files import last_folder, title_slug
from .new_event_dialog import NewEventDialog
from .optional_parts import demo_available, report_writer

EXPORT_DIR_KEY = keys.EXPORT_DIRECTORY


def suggested_filename(title: str) -> str:
    return f"{title_slug(title, 'verslag')}.pdf"


class EventActions(QObject):
    event_created = Signal(int)  # also for the demo
    event_closing = Signal(int)  # about to be deleted: close it if it is open
    event_deleted = Signal(int)
    message = Signal(str)  # a short note for the status bar

    def __init__(self, library: Library, autosave: AutoSave, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.autosave = autosave
        self.window = window

    # --- new and demo ---------------------------------------------------------------------------

    def new_event(self) -> NewEventDialog:
        dialog = NewEventDialog(self.library, self.autosave, self.window)
        dialog.created.connect(self.event_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_demo(self) -> None:
        if not demo_available():
            self._fail(self.tr("De demo is in deze installatie niet beschikbaar."))
            return
        try:
            new_id, created = self.library.import_demo()
        except (DomainError, StorageError, OSError) as error:
            self._fail(self.tr("De demo kon niet worden geopend."), str(error))
            return
        if created:
            self.autosave.saved.emit()
        else:
            self.message.emit(self.tr("De demo stond er al; die is geopend."))
        self.event_created.emit(new_id)

    # --- delete ---------------------------------------------------------------------------------

    def delete_event(self, event_id: int) -> None:
        title = self.library.title(event_id) or ""
        confirm(
            self.window,
            self.tr("Evenement verwijderen"),
            self.tr("‘%1’ en alles wat erbij hoort verwijderen?").replace("%1", title),
            lambda: self._really_delete(event_id),
            detail=self.tr(
                "Programma, mensen, rondes, tafels, bijdragen en foto’s van dit evenement worden verwijderd. "
                "Maak eerst een export als u het later nog nodig kunt hebben."
            ),
        )

    def _really_delete(self, event_id: int) -> None:
        self.event_closing.emit(event_id)  # the capture view stores its draft as it closes
        uids: list[str] = []
        if self.autosave.run(lambda: uids.append(self.library.delete_event(event_id))):
            forget_event(uids[0])  # and the draft goes with the event
            self.message.emit(self.tr("Evenement verwijderd."))
            self.event_deleted.emit(event_id)

    # --- report ---------------------------------------------------------------------------------

    def export_report(self, event_id: int) -> QFileDialog | None:
        if report_writer() is None:
            self._fail(self.tr("Het verslag kan in deze installatie nog niet worden gemaakt."))
            return None
        title = self.library.title(event_id) or ""
        dialog = QFileDialog(self.window, self.tr("Verslag exporteren"), last_folder(EXPORT_DIR_KEY))
        dialog.setObjectName("reportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF-bestanden (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(suggested_filename(title))
        dialog.fileSelected.connect(lambda path: self.write_report(event_id, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def write_report(self, event_id: int, path: Path) -> bool:
        writer = report_writer()
        if writer is None:
            return False
        QSettings().setValue(EXPORT_DIR_KEY, str(path.parent))
        try:
            # Read now: everything every tab committed, nothing cached.
            writer(self.library.public_view(event_id), path, appendix=report_appendix())
        except (DomainError, StorageError, OSError) as error:
            self._fail(self.tr("Het verslag kon niet worden gemaakt."), str(error))
            return False
        self.message.emit(self.tr("Verslag opgeslagen: %1").replace("%1", str(path)))
        return True

    def _fail(self, text: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erbij Desktop"), text, parent=self.window)
        box.setObjectName("eventMessage")
        if detail:
            box.setInformativeText(detail)
        box.finished.connect(box.deleteLater)
        box.open()
