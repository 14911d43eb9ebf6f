"""Bestand → Publiceren / Offline halen: the open event to the organisation's server, or to a file.

Publishing copies the open event to the organisation's PostgreSQL (the URL from
the settings is offered); taking it offline copies it into a database file on
this laptop, for a day without the server. The work is storage.publish's
(through the .erbij archive, keyed on the event's uid). When the target already
holds the event nothing is overwritten silently: a question offers Vervangen,
Als kopie ernaast or Annuleren, and until one of the first two is pressed
nothing is written. Bad input (no target, a URL with a password, a folder, a
server that cannot be reached) is said in the dialog, in red, and changes
nothing. The app's own database is only read.

objectNames: ``publishDialog`` / ``takeOfflineDialog``, ``publishTarget``,
``publishChooseFile``, ``publishError``, ``publishExistsQuestion`` with
``publishReplace`` and ``publishCopy``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.domain.errors import DomainError
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.errors import StorageError
from erbij_desktop.storage.server_db import settings_problem

from ..settings import preferences as prefs
from ..widgets.style import ERROR_RED

if TYPE_CHECKING:
    from erbij_desktop.storage.publish import Choice, EventInTargetError


class PublishDialog(QDialog):
    finished_with = Signal(str)  # a short note for the status bar, after a copy was stored

    def __init__(
        self, source: Database, event_id: int, title: str, *, offline: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source, self.event_id, self.offline = source, event_id, offline
        self.question: QMessageBox | None = None
        self.setObjectName("takeOfflineDialog" if offline else "publishDialog")
        intro = QLabel(self)
        intro.setWordWrap(True)
        self.target = QLineEdit(self)
        self.target.setObjectName("publishTarget")
        self.error = QLabel(self)
        self.error.setObjectName("publishError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_RED};")
        self.error.hide()
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        if offline:
            self.setWindowTitle(self.tr("Offline halen"))
            intro.setText(
                self.tr(
                    "‘%1’ kopiëren naar een databasebestand op deze laptop, om zonder de server verder te "
                    "werken. Later zet Publiceren het weer op de server."
                ).replace("%1", title)
            )
            self.target.setPlaceholderText(self.tr("bijvoorbeeld ~/evenementen/offline.sqlite"))
            choose = QPushButton(self.tr("&Kiezen…"), self)
            choose.setObjectName("publishChooseFile")
            choose.clicked.connect(self.choose_file)
            row.addWidget(choose)
            label, button = self.tr("&Bestand:"), self.tr("&Offline halen")
        else:
            self.setWindowTitle(self.tr("Publiceren naar het organisatiearchief"))
            intro.setText(
                self.tr(
                    "‘%1’ op de server van de organisatie zetten, zodat collega’s het kunnen openen. "
                    "Staat het er al, dan kiest u wat er gebeurt: niets wordt zomaar overschreven."
                ).replace("%1", title)
            )
            self.target.setPlaceholderText(
                self.tr("postgresql+psycopg://naam@server/erbij?sslmode=verify-full")
            )
            server = prefs.database_url()
            if server and server != source.url:
                self.target.setText(server)
            label, button = self.tr("&Server:"), self.tr("&Publiceren")
        caption = QLabel(label, self)
        caption.setBuddy(self.target)
        form.addRow(caption, row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(lambda: self.copy(None))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def choose_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Databasebestand kiezen"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # an existing database is added to
        dialog.setNameFilter(self.tr("Erbij-databases (*.sqlite)"))
        dialog.setDefaultSuffix("sqlite")
        dialog.fileSelected.connect(self.target.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- the copy -------------------------------------------------------------------------------

    def _problem(self, text: str) -> str | None:
        if not text:
            return self.tr("Kies een bestand.") if self.offline else self.tr("Vul de server-URL in.")
        if not self.offline:
            return settings_problem(text)
        if "://" in text:
            return self.tr("Kies een bestand op deze laptop, geen server-URL.")
        path = Path(text).expanduser()
        if path.is_dir():
            return self.tr("%1 is een map; kies een bestandsnaam.").replace("%1", str(path))
        if not path.parent.is_dir():
            return self.tr("De map %1 bestaat niet.").replace("%1", str(path.parent))
        return None

    def copy(self, choice: Choice | None) -> bool:
        """Copy the event to the target; True when stored. Refusals are shown, nothing is written."""
        from erbij_desktop.storage.publish import EventInTargetError, copy_event, where

        text = self.target.text().strip()
        problem = self._problem(text)
        if problem is not None:
            return self._fail(problem)
        try:
            target = open_database(str(Path(text).expanduser()) if self.offline else text)
        except (StorageError, OSError) as error:
            return self._fail(str(error))
        try:
            copied = copy_event(self.source, self.event_id, target, choice)
        except EventInTargetError as error:
            self._ask(error)
            return False
        except (DomainError, StorageError, OSError) as error:
            return self._fail(self.tr("Er is niets gewijzigd: %1").replace("%1", str(error)))
        finally:
            place = where(target)
            target.close()
        note = self.tr("‘%1’ vervangen in %2") if copied.replaced else self.tr("‘%1’ opgeslagen in %2")
        self.finished_with.emit(note.replace("%1", copied.title).replace("%2", place))
        self.accept()
        return True

    def _fail(self, text: str) -> bool:
        self.error.setText(text)
        self.error.show()
        return False

    def _ask(self, error: EventInTargetError) -> None:
        from erbij_desktop.storage.publish import Choice

        box = QMessageBox(self)
        box.setObjectName("publishExistsQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        there = self.tr("Daar staat dit evenement al (‘%1’). Wat wilt u doen?")
        box.setText(there.replace("%1", error.conflict.title))
        box.setInformativeText(
            self.tr(
                "Vervangen zet deze versie in de plaats van die daar; wat daar sinds de vorige keer is "
                "veranderd, gaat dan verloren. Als kopie ernaast zet er een tweede naast, met ‘(kopie)’ "
                "achter de titel. Er is nog niets gewijzigd."
            )
        )
        replace = box.addButton(self.tr("&Vervangen"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("publishReplace")
        copy = box.addButton(self.tr("Als &kopie ernaast"), QMessageBox.ButtonRole.AcceptRole)
        copy.setObjectName("publishCopy")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        replace.clicked.connect(lambda: self.copy(Choice.REPLACE))
        copy.clicked.connect(lambda: self.copy(Choice.COPY))
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()


def open_publish_dialog(
    parent: QWidget, source: Database, event_id: int, title: str, *, offline: bool
) -> PublishDialog:
    dialog = PublishDialog(source, event_id, title, offline=offline, parent=parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
