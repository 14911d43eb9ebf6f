"""Exporting from the Verslag tab: the report as PDF, HTML or Word (optionally with the appendix)
and the CSV. The report dialog offers the three formats; the chosen filter or the file's
extension decides which is written.

The file is chosen in a save dialog (opened with ``open()``, never blocking)
and then written off the UI thread from the event's public view (read there,
through the workspace), atomically (the report package's writers): a failed
export leaves no half file. A failure is shown in a message box that says why; success is announced through
``finished`` with the path. objectNames: ``exportPdfDialog``,
``exportCsvDialog``, ``exportError``.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from erbij_desktop.app.lookups import event_title_of
from erbij_desktop.app.publishing import public_view
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.storage.errors import StorageError
from erbij_desktop.ui.events.actions import EXPORT_DIR_KEY, suggested_filename
from erbij_desktop.ui.preview import switching
from erbij_desktop.ui.widgets.files import last_folder

log = logging.getLogger(__name__)


def os_reason(error: OSError, target: Path) -> str:
    """A sentence about a failed write that names the user's file, not our temporary one."""
    tr = QCoreApplication.translate
    if not target.parent.is_dir():
        return tr("ReportExporter", "De map %1 bestaat niet (meer).").replace("%1", str(target.parent))
    if isinstance(error, PermissionError):
        return tr("ReportExporter", "Geen toestemming om %1 te schrijven.").replace("%1", str(target))
    if error.errno == errno.ENOSPC:
        return tr("ReportExporter", "De schijf is vol; %1 is niet geschreven.").replace("%1", str(target))
    reason = error.strerror or type(error).__name__
    return (
        tr("ReportExporter", "%1 kon niet worden geschreven: %2")
        .replace("%1", str(target))
        .replace("%2", reason)
    )


class _Signals(QObject):
    done = Signal(str)
    failed = Signal(str)


class _ExportJob(QRunnable):
    def __init__(self, work: Callable[[], None], target: Path, signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.target = target
        self.signals = signals

    def run(self) -> None:
        try:
            self.work()
        except OSError as error:
            self.signals.failed.emit(os_reason(error, self.target))
        except (DomainError, StorageError) as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # report, never die silently on the worker thread
            log.error("Export failed: %s", type(error).__name__)
            self.signals.failed.emit(type(error).__name__)
        else:
            self.signals.done.emit(str(self.target))


class ReportExporter(QObject):
    started = Signal(str)  # what is being written ("PDF", "CSV")
    finished = Signal(str)  # the path written
    failed = Signal(str)  # why not

    def __init__(self, workspace: Workspace, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.done.connect(self.finished)
        self._signals.failed.connect(self._failed)
        self.running = 0
        self._signals.done.connect(self._one_done)
        self._signals.failed.connect(self._one_done)

    # --- choosing the file --------------------------------------------------------------------------

    def choose_pdf(self, *, appendix: bool) -> QFileDialog:
        """The report's save dialog: PDF, a web page (HTML) or Word, as the user picks."""
        filters = {
            self.tr("PDF, toegankelijk (*.pdf)"): "pdf",
            self.tr("Webpagina (*.html)"): "html",
            self.tr("Word-document (*.docx)"): "docx",
        }
        dialog: QFileDialog

        def chosen(path: Path) -> None:
            from erbij_desktop.report.formats import SUFFIXES, format_for

            fmt = format_for(path, default=filters.get(dialog.selectedNameFilter(), "pdf"))
            if path.suffix.lower() not in (*SUFFIXES.values(), ".htm"):
                path = path.with_name(path.name + SUFFIXES[fmt])
            self.write_report_as(path, fmt, appendix=appendix)

        dialog = self._dialog(
            "exportPdfDialog",
            self.tr("Verslag exporteren"),
            ";;".join(filters),
            "pdf",
            chosen,
        )
        dialog.filterSelected.connect(lambda name: dialog.setDefaultSuffix(filters.get(name, "pdf")))
        return dialog

    def choose_csv(self) -> QFileDialog:
        return self._dialog(
            "exportCsvDialog",
            self.tr("Bijdragen exporteren als CSV"),
            self.tr("CSV-bestanden (*.csv)"),
            "csv",
            lambda path: self.write_csv(path),
        )

    def _dialog(
        self,
        name: str,
        title: str,
        name_filter: str,
        suffix: str,
        chosen: Callable[[Path], None],
    ) -> QFileDialog:
        folder = last_folder(EXPORT_DIR_KEY)
        title = event_title_of(self.workspace.db, self.workspace.event_id) or ""
        stem = Path(suggested_filename(title)).stem
        dialog = QFileDialog(self.window, title, folder)
        dialog.setObjectName(name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(name_filter)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(f"{stem}.{suffix}")
        dialog.fileSelected.connect(lambda path: chosen(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- writing ------------------------------------------------------------------------------------

    def write_pdf(self, target: Path, *, appendix: bool = False) -> None:
        self.write_report_as(target, "pdf", appendix=appendix)

    def write_report_as(self, target: Path, fmt: str, *, appendix: bool = False) -> None:
        """Write the report as ``fmt`` ("pdf", "html", "docx") off the UI thread."""

        def work() -> None:
            from erbij_desktop.report.formats import write_view_as

            write_view_as(public_view(self.workspace), target, fmt, appendix=appendix)

        self._start(work, target, fmt.upper())

    def write_csv(self, target: Path) -> None:
        def work() -> None:
            from erbij_desktop.report.csv_export import write_csv_view

            write_csv_view(public_view(self.workspace), target)

        self._start(work, target, "CSV")

    def _start(self, work: Callable[[], None], target: Path, kind: str) -> None:
        QSettings().setValue(EXPORT_DIR_KEY, str(target.parent))
        if target.is_dir():
            self._failed(self.tr("%1 is een map; kies een bestandsnaam.").replace("%1", str(target)))
            return
        self.running += 1
        switching.worker_started()
        self.started.emit(kind)
        self.pool.start(_ExportJob(work, target, self._signals))

    def _one_done(self, _value: str) -> None:
        if self.running:
            self.running -= 1
            switching.worker_finished()

    def _failed(self, reason: str) -> None:
        self.failed.emit(reason)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Exporteren mislukt"),
            self.tr("Het bestand kon niet worden opgeslagen."),
            parent=self.window,
        )
        box.setObjectName("exportError")
        box.setInformativeText(reason)
        box.finished.connect(box.deleteLater)
        box.open()

    def shutdown(self) -> None:
        """Let a running export finish (the file is written whole or not at all)."""
        self.pool.waitForDone()
        while self.running:
            self._one_done("")
