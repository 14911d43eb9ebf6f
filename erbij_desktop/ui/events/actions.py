"""What the File menu and the overview do with whole events: new, demo, delete, export the report.

Every dialog opens with ``open()`` and continues in a slot, so tests (and
the event loop) are never blocked. The report writer and the demo importer
live in other packages; when one is missing from this build its action is
simply unavailable. objectNames: ``reportFileDialog``, ``eventMessage``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from erbij_desktop.domain.errors import DomainError
from erbij_desktop.domain.events import delete_event, get_event, list_events
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.storage.errors import StorageError

from ..capture.draft import forget_event
from ..settings import keys
from ..settings.preferences import report_appendix
from ..widgets.binding import AutoSave
from ..widgets.confirm import confirm
from ..widgets.files import last_folder, title_slug
from .new_event_dialog import NewEventDialog
from .optional_parts import demo_importer, report_writer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXPORT_DIR_KEY = keys.EXPORT_DIRECTORY


def suggested_filename(event: Event) -> str:
    return f"{title_slug(event.title, 'verslag')}.pdf"


class EventActions(QObject):
    event_created = Signal(int)  # also for the demo
    event_closing = Signal(int)  # about to be deleted: close it if it is open
    event_deleted = Signal(int)
    message = Signal(str)  # a short note for the status bar

    def __init__(self, db: Database, session: Session, autosave: AutoSave, window: QWidget) -> None:
        super().__init__(window)
        self.db = db
        self.session = session
        self.autosave = autosave
        self.window = window

    # --- new and demo ---------------------------------------------------------------------------

    def new_event(self) -> NewEventDialog:
        dialog = NewEventDialog(self.session, self.autosave, self.window)
        dialog.created.connect(self.event_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_demo(self) -> None:
        importer = demo_importer()
        if importer is None:
            self._fail(self.tr("De demo is in deze installatie niet beschikbaar."))
            return
        before = {e.id for e in list_events(self.session)}
        try:
            result = importer(self.session)
        except (DomainError, StorageError, OSError) as error:
            self.session.rollback()
            self._fail(self.tr("De demo kon niet worden geopend."), str(error))
            return
        event, created = result if isinstance(result, tuple) else (result, True)
        if isinstance(event, Event):
            new_id: int | None = event.id
        else:
            fresh = [e.id for e in list_events(self.session) if e.id not in before]
            new_id = fresh[0] if fresh else None
        if new_id is None:
            return
        if created:
            self.autosave.saved.emit()
        else:
            self.message.emit(self.tr("De demo stond er al; die is geopend."))
        self.event_created.emit(new_id)

    # --- delete ---------------------------------------------------------------------------------

    def delete_event(self, event_id: int) -> None:
        event = get_event(self.session, event_id)
        title = event.title
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
        self.session.expire_all()
        uid = get_event(self.session, event_id).uid
        if self.autosave.run(lambda: delete_event(self.session, get_event(self.session, event_id))):
            forget_event(uid)  # and the draft goes with the event
            self.message.emit(self.tr("Evenement verwijderd."))
            self.event_deleted.emit(event_id)

    # --- report ---------------------------------------------------------------------------------

    def export_report(self, event_id: int) -> QFileDialog | None:
        if report_writer() is None:
            self._fail(self.tr("Het verslag kan in deze installatie nog niet worden gemaakt."))
            return None
        event = get_event(self.session, event_id)
        dialog = QFileDialog(self.window, self.tr("Verslag exporteren"), last_folder(EXPORT_DIR_KEY))
        dialog.setObjectName("reportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF-bestanden (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(suggested_filename(event))
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
            with self.db.session() as fresh:  # everything every tab committed, nothing cached
                writer(fresh, get_event(fresh, event_id), path, appendix=report_appendix())
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
