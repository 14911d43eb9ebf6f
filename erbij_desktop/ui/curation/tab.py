"""The Verslag tab: everything that shapes the published report, next to a live preview.

Left, the curation sections: Bijdragen (selection, order, wording and tags
per round), Labels (contributions grouped by tag), Teksten (lead,
conclusion, background, headline quote and publication settings: the
prepare editor's form, reused) and Foto’s (the photo manager). Right, the preview, which renders
again shortly after every stored change it prints (``ui.preview.relevance``). Above both, the
exports: PDF (with or without the appendix) and CSV.

The event's tabs build it as ``ReportTab(context, parent)``: every change is a
workspace action (one step of the event's undo history, Ctrl+Z in the Edit
menu), and the sections and the preview follow the change feed, whoever made
the change. It offers ``flush``, ``save_state``/``restore_state`` and
``close_session``. The preview only renders while the tab is visible: changes
made meanwhile are rendered when it is shown again. objectNames:
``reportTab`` (given by the workspace), ``curationSections``,
``exportPdfButton``, ``exportAppendix``, ``exportCsvButton``,
``exportStatus``, ``reportSplitter``, ``roundsWithoutSelection`` (a warning, before export, about
rounds of which no contribution is chosen yet: the report would show their question only).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.app import curation_reads
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.ui.events.context import EventContext
from erbij_desktop.ui.prepare.report_form import ReportForm
from erbij_desktop.ui.preview.pane import PreviewPane
from erbij_desktop.ui.preview.relevance import shows as preview_shows
from erbij_desktop.ui.preview.source import report_source
from erbij_desktop.ui.settings import keys
from erbij_desktop.ui.settings.preferences import report_appendix
from erbij_desktop.ui.widgets.binding import AutoSave
from erbij_desktop.ui.widgets.splitter_state import restore_splitter, save_splitter
from erbij_desktop.ui.widgets.style import MUTED_STYLE

from .contributions_page import ContributionsPage
from .controller import CurationController
from .export import ReportExporter
from .photos_page import PhotosPage
from .tags_page import TagsPage

SPLITTER_KEY = keys.CURATION_SPLITTER
SECTION_KEY = keys.CURATION_SECTION
SECTION_COUNT = 4
STATUS_MS = 10_000


class ReportTab(QWidget):
    TAKES_CONTEXT = True

    def __init__(self, context: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace
        self.autosave = AutoSave(self)
        self.controller = CurationController(context, self)
        self.exporter = ReportExporter(self.workspace, self, self)
        self._preview_stale = True
        self._build()
        context.signals.changed.connect(self._changed)
        self.exporter.started.connect(self._export_started)
        self.exporter.finished.connect(self._exported)
        self.exporter.failed.connect(lambda _reason: self.status.clear())
        self.load()

    # --- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.sections = QTabWidget(self)
        self.sections.setObjectName("curationSections")
        self.sections.setDocumentMode(True)
        self.contributions = ContributionsPage(self.controller, self)
        self.sections.addTab(self.contributions, self.tr("Bijdragen"))
        self.tags = TagsPage(self.controller, self)
        self.sections.addTab(self.tags, self.tr("Labels"))
        self.tags.open_requested.connect(self._open_contribution)
        self.texts = ReportForm(self.context, self.autosave)
        self.texts.setObjectName("curationTexts")
        self.sections.addTab(self.texts, self.tr("Teksten"))
        self.photos = PhotosPage(self.context)  # follows the change feed itself
        self.photos.setObjectName("curationPhotos")
        self.sections.addTab(self.photos, self.tr("Foto’s"))
        for index in range(self.sections.count()):
            self.sections.setTabToolTip(index, self.tr("Alt+%1").replace("%1", str(index + 1)))
        self.sections.currentChanged.connect(lambda _i: self._section_shown())
        for number in range(1, SECTION_COUNT + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number - 1: self.show_section(n))
        self.preview = PreviewPane(report_source(self.workspace), self)
        printing = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        printing.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        printing.activated.connect(self.preview.open_print_dialog)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reportSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.export_pdf = QPushButton(self.tr("Verslag exp&orteren…"), self)
        self.export_pdf.setToolTip(self.tr("Als PDF, als webpagina (HTML) of als Word-bestand"))
        self.export_pdf.setObjectName("exportPdfButton")
        self.export_pdf.clicked.connect(self.export_pdf_dialog)
        self.appendix = QCheckBox(self.tr("&met bijlage"), self)
        self.appendix.setObjectName("exportAppendix")
        self.appendix.setChecked(report_appendix())  # the default from the settings dialog
        self.appendix.setToolTip(
            self.tr("Voeg alle bijdragen per ronde en tafel en de lijst van organisaties toe.")
        )
        self.export_csv = QPushButton(self.tr("CSV export&eren…"), self)
        self.export_csv.setObjectName("exportCsvButton")
        self.export_csv.setToolTip(self.tr("Alle bijdragen als spreadsheet (opent in Excel)."))
        self.export_csv.clicked.connect(self.export_csv_dialog)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setStyleSheet(MUTED_STYLE)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_MS)
        self._status_timer.timeout.connect(self.status.clear)
        corner = QWidget(self)
        bar = QHBoxLayout(corner)
        bar.setContentsMargins(8, 2, 8, 2)
        bar.setSpacing(6)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_pdf)
        bar.addWidget(self.appendix)
        bar.addSpacing(8)
        bar.addWidget(self.export_csv)
        self.sections.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.unselected = QLabel(self)
        self.unselected.setObjectName("roundsWithoutSelection")
        self.unselected.setWordWrap(True)
        self.unselected.setStyleSheet("color: #8c1d18; padding: 4px 8px;")
        self.unselected.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.unselected)
        layout.addWidget(self.splitter, 1)

    # --- the event ----------------------------------------------------------------------------------

    @property
    def event_id(self) -> int:
        return self.workspace.event_id

    def load(self) -> None:
        """Read the event for every section (at the start; after that they follow the feed)."""
        self.controller.load_event()
        self.texts.reload()
        self.tags.reload()
        self._flag_unselected()

    def show_section(self, index: int) -> None:
        """Alt+1 … Alt+4: a section, with the keyboard in it."""
        if 0 <= index < self.sections.count():
            self.sections.setCurrentIndex(index)
            self.sections.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _section_shown(self) -> None:
        if self.sections.currentWidget() is self.tags:
            self.tags.reload()

    def _open_contribution(self, round_id: int, contribution_id: int) -> None:
        self.sections.setCurrentWidget(self.contributions)
        self.contributions.show_contribution(round_id, contribution_id)

    def _flag_unselected(self) -> None:
        """Say which rounds have no chosen contribution yet (the print shows only their question)."""
        rounds = curation_reads.rounds_without_selection(self.workspace)
        names = ", ".join(f"‘{r.title or r.question[:40]}’" for r in rounds)
        self.unselected.setText(
            self.tr(
                "Nog geen bijdragen gekozen voor: %1. Kies ze onder Bijdragen vóór u exporteert."
            ).replace("%1", names)
        )
        self.unselected.setVisible(bool(rounds))

    def _changed(self, changes: ChangeSet) -> None:
        """Something was committed (here, in another tab, by another thread): follow it."""
        if changes.event_id != self.event_id:
            return
        self.texts.changed(changes)
        if changes.everything or changes.touches("contribution", "round"):
            self._flag_unselected()
        if not preview_shows(changes):  # e.g. a contribution nobody chose, the live clock, tags
            return
        self._preview_stale = True
        if self.isVisible():
            self.preview.schedule()

    def _refresh_preview(self) -> None:
        self._preview_stale = False
        self.preview.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_stale:
            self._refresh_preview()

    # --- exports ------------------------------------------------------------------------------------

    def export_pdf_dialog(self) -> None:
        self.flush()
        self.exporter.choose_pdf(appendix=self.appendix.isChecked())

    def export_csv_dialog(self) -> None:
        self.flush()
        self.exporter.choose_csv()

    def _export_started(self, kind: str) -> None:
        self._status_timer.stop()
        self.status.setText(self.tr("%1 wordt opgeslagen…").replace("%1", kind))

    def _exported(self, path: str) -> None:
        self.status.setText(self.tr("Opgeslagen: %1").replace("%1", path))
        self._status_timer.start()

    # --- workspace hooks ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Store whatever was typed and not yet saved."""
        self.contributions.flush()
        self.texts.flush()
        self.photos.flush()

    def save_state(self, settings: QSettings) -> None:
        save_splitter(self.splitter, settings, SPLITTER_KEY)
        settings.setValue(SECTION_KEY, self.sections.currentIndex())
        self.contributions.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        restore_splitter(self.splitter, settings, SPLITTER_KEY)
        stored = settings.value(SECTION_KEY, 0, type=int)
        section = stored if isinstance(stored, int) else 0
        if 0 <= section < self.sections.count():
            self.sections.setCurrentIndex(section)
        self.contributions.restore_state(settings)

    def close_session(self) -> None:
        """Before the database closes: store what was typed, let renders and exports finish."""
        self.flush()
        self.preview.shutdown()
        self.exporter.shutdown()
