"""Print the papers for the day from the Live tab: the chair's run sheet, the table cards and
the hosts' conversation sheets (separate documents: card stock and paper print differently).

A save dialog (opened, never exec'd) picks the file; the PDF is written
atomically and the panel offers to open it for printing.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from erbij_desktop.app.live_reads import PaperWriter, write_paper
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.storage.errors import StorageError

from ..settings import keys
from ..widgets.files import last_folder, remember_folder
from .controller import LiveController

Writer = PaperWriter
OK_STYLE = "color: #1b7a3a;"
ERROR_STYLE = "color: #b3261e;"


class PapersBox(QGroupBox):
    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Papier voor de dag"), parent)
        self._controller = controller
        self._dialog: QFileDialog | None = None
        self._last: Path | None = None
        self.runsheet_button = QPushButton(self.tr("Draaiboek (PDF)…"))
        self.runsheet_button.setToolTip(
            self.tr("Programma met tijden, wie er op het podium staat, de rondevragen, tafels en hosts")
        )
        self.tablecards_button = QPushButton(self.tr("Tafelkaarten (PDF)…"))
        self.tablecards_button.setToolTip(self.tr("Per tafel een vouwkaart met de tafelnaam en de vragen"))
        self.hostsheets_button = QPushButton(self.tr("Gespreksbladen (PDF)…"))
        self.hostsheets_button.setObjectName("hostSheetsButton")
        self.hostsheets_button.setToolTip(
            self.tr("Per tafel en ronde een blad voor de tafelhost, met de vraag en lijnen om te noteren")
        )
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.hide()
        layout = QGridLayout(self)
        layout.addWidget(self.runsheet_button, 0, 0)
        layout.addWidget(self.tablecards_button, 0, 1)
        layout.addWidget(self.hostsheets_button, 0, 2)
        layout.addWidget(self.result, 1, 0, 1, 2)
        layout.addWidget(self.open_button, 1, 2)
        self.runsheet_button.clicked.connect(lambda: self.ask(self.tr("draaiboek"), _runsheet_writer()))
        self.tablecards_button.clicked.connect(
            lambda: self.ask(self.tr("tafelkaarten"), _tablecards_writer())
        )
        self.hostsheets_button.clicked.connect(
            lambda: self.ask(self.tr("gespreksbladen"), _hostsheets_writer())
        )
        self.open_button.clicked.connect(self._open_last)
        controller.event_changed.connect(self._update)
        self._update()

    def ask(self, what: str, writer: Writer) -> QFileDialog | None:
        """Open a save dialog for ``what``; the file is written when one is chosen."""
        snapshot = self._controller.snapshot
        if snapshot is None:
            return None
        folder = last_folder(keys.EXPORT_DIRECTORY)
        name = f"{file_stem(snapshot.title)} - {what}.pdf"
        dialog = QFileDialog(
            self, self.tr("Opslaan als PDF"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: remember_folder(keys.EXPORT_DIRECTORY, path))
        dialog.fileSelected.connect(lambda path: self.write(writer, Path(path)))
        self._dialog = dialog
        dialog.open()
        return dialog

    def write(self, writer: Writer, target: Path) -> bool:
        snapshot = self._controller.snapshot
        if snapshot is None:
            return False
        try:
            write_paper(self._controller.workspace, writer, target)
        except (OSError, DomainError, StorageError) as error:
            self._last = None
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(self.tr("Niet opgeslagen: %1").replace("%1", str(error)))
            self.open_button.hide()
            return False
        self._last = target
        self.result.setStyleSheet(OK_STYLE)
        self.result.setText(self.tr("Opgeslagen: %1").replace("%1", str(target)))
        self.open_button.show()
        return True

    def _open_last(self) -> None:
        if self._last is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last)))

    def _update(self) -> None:
        has_event = self._controller.snapshot is not None
        self.runsheet_button.setEnabled(has_event)
        self.tablecards_button.setEnabled(has_event)
        self.hostsheets_button.setEnabled(has_event)


def file_stem(title: str) -> str:
    """A file name from the event title, without characters file systems refuse."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return re.sub(r"\s+", " ", stem)[:80] or "evenement"


def _runsheet_writer() -> Writer:
    from erbij_desktop.report.runsheet import write_runsheet  # ReportLab only when printing

    return write_runsheet


def _tablecards_writer() -> Writer:
    from erbij_desktop.report.tablecards import write_tablecards

    return write_tablecards


def _hostsheets_writer() -> Writer:
    from erbij_desktop.report.tablecards import write_host_sheets

    return write_host_sheets
