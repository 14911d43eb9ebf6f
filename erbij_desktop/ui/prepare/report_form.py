"""Section "Verslag": the texts and settings of the published article.

Purpose, lead, conclusion, the background box, the headline quote, report
language and status, the published/modified dates and the logo. objectNames:
``reportPurpose``, ``reportLead``, ``reportConclusion``,
``reportBackgroundHeading``, ``reportBackgroundText``, ``reportHeadline``,
``reportLanguage``, ``reportStatus``, ``reportPublished``, ``reportModified``,
``reportLogoChoose``, ``reportLogoRemove``. Date fields: type into
``reportPublishedText`` / ``reportModifiedText``.

Each stored edit is one workspace action (one undo step); the form shows
the frozen ``ReportFields`` read after every change, also one made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from erbij_desktop.app import prepare_actions as actions
from erbij_desktop.app import prepare_reads as reads
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.app.prepare_reads import ReportFields
from erbij_desktop.domain.enums import ReportLanguage, ReportStatus

from ..events.context import EventContext
from ..settings import keys
from ..widgets.binding import AutoSave, FormBinder, field_row
from ..widgets.field_row import FieldRow
from ..widgets.files import last_folder, remember_folder
from ..widgets.text_area import TextArea
from ..widgets.time_fields import DateEdit
from .form_layout import PrepareForm

LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
MAX_LOGO_BYTES = 2_000_000


class ReportForm(PrepareForm):
    # The feed's tables that change what this form shows.
    WATCHES = ("event", "quote")

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareReport")
        self.ws = ws = context.workspace
        self.fields: ReportFields = reads.report_fields(ws)
        self.autosave = autosave
        self.binder = bind = FormBinder(autosave, self)
        label = self.tr("Verslag wijzigen")

        def get(field: str) -> Callable[[], Any]:
            return lambda: getattr(self.fields, field)

        def store(field: str) -> Callable[[Any], None]:
            return lambda v: actions.update_event(ws, label=label, **{field: v})

        def text(name: str, label: str, field: str, lines: int, hint: str = "") -> None:
            row = field_row(TextArea(lines=lines), name)
            self.add(label, row, hint=hint)
            bind.line(row, get(field), store(field))

        self.section(self.tr("Tekst van het verslag"))
        text(
            "reportPurpose",
            self.tr("&Doel:"),
            "purpose",
            2,
            self.tr("Waarom het evenement er is, in één zin."),
        )
        text("reportLead", self.tr("&Inleiding:"), "lead", 5, self.tr("De eerste alinea van het verslag."))
        text("reportConclusion", self.tr("&Conclusie:"), "conclusion", 4)
        headline = QComboBox()
        self.headline_row = field_row(headline, "reportHeadline")
        self.add(
            self.tr("&Kopcitaat:"),
            self.headline_row,
            hint=self.tr("Het citaat dat in de titel van het verslag staat."),
        )
        headline.activated.connect(self._store_headline)

        self.section(self.tr("Achtergrond (kader)"))
        heading_edit = QLineEdit()
        heading_edit.setPlaceholderText(self.tr("bijv. Eenzaamheid in Nederland"))
        heading = field_row(heading_edit, "reportBackgroundHeading")
        self.add(self.tr("Ko&p:"), heading)
        bind.line(heading, get("background_heading"), store("background_heading"))
        text("reportBackgroundText", self.tr("Tek&st:"), "background_text", 4)

        self.section(self.tr("Publicatie"))
        languages = QComboBox()
        languages.addItem(self.tr("Nederlands"), ReportLanguage.NL)
        languages.addItem(self.tr("Engels"), ReportLanguage.EN)
        languages.setMaximumWidth(260)
        language = field_row(languages, "reportLanguage")
        self.add(self.tr("&Taal:"), language)
        bind.combo(language, get("report_language"), store("report_language"))
        statuses = QComboBox()
        statuses.addItem(self.tr("Concept"), ReportStatus.DRAFT)
        statuses.addItem(self.tr("Definitief"), ReportStatus.FINAL)
        statuses.setMaximumWidth(260)
        status = field_row(statuses, "reportStatus")
        self.add(self.tr("Stat&us:"), status)
        bind.combo(status, get("report_status"), store("report_status"))
        published = field_row(DateEdit(), "reportPublished")
        self.add(self.tr("&Geplaatst op:"), published)
        bind.parsed(published, get("published_on"), store("published_on"))
        modified = field_row(DateEdit(), "reportModified")
        self.add(self.tr("Laatst gewi&jzigd op:"), modified)
        bind.parsed(modified, get("modified_on"), store("modified_on"))
        self.add(self.tr("Logo:"), self._logo_row())

    def _logo_row(self) -> FieldRow:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(box)
        self.logo_preview.setObjectName("reportLogoPreview")
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid); border-radius: 3px;")
        layout.addWidget(self.logo_preview)
        choose = QPushButton(self.tr("Logo kie&zen…"), box)
        choose.setObjectName("reportLogoChoose")
        choose.clicked.connect(self._choose_logo)
        layout.addWidget(choose)
        self.remove_logo = QPushButton(self.tr("Logo weghale&n"), box)
        self.remove_logo.setObjectName("reportLogoRemove")
        self.remove_logo.clicked.connect(lambda: self._store_logo(None, ""))
        layout.addWidget(self.remove_logo)
        layout.addStretch(1)
        self.logo_row = FieldRow(box)
        return self.logo_row

    def reload(self, *, keep_typing: bool = False) -> None:
        self.fields = reads.report_fields(self.ws)
        self.binder.load(keep_typing=keep_typing)
        combo = self.headline_row.field
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(geen kopcitaat)"), None)
        for quote in reads.quote_rows(self.ws):
            short = quote.text if len(quote.text) <= 90 else quote.text[:88] + "…"
            combo.addItem(f"‘{short}’", quote.id)
            if quote.is_headline:
                combo.setCurrentIndex(combo.count() - 1)
        combo.blockSignals(False)
        self._show_logo()

    def changed(self, changes: ChangeSet) -> None:
        """Something was stored (here or elsewhere): show it, leaving a field being typed in alone."""
        if changes.everything or changes.touches(*self.WATCHES):
            self.reload(keep_typing=True)

    def flush(self) -> None:
        self.binder.flush()

    def _store_headline(self, index: int) -> None:
        combo = self.headline_row.field
        assert isinstance(combo, QComboBox)
        quote_id = combo.itemData(index)
        label = self.tr("Kopcitaat kiezen")
        self.autosave.run(lambda: actions.set_headline(self.ws, quote_id, label=label), self.headline_row)

    def _choose_logo(self) -> None:
        dialog = QFileDialog(self, self.tr("Logo kiezen"), last_folder(keys.LOGO_DIRECTORY))
        dialog.fileSelected.connect(lambda path: remember_folder(keys.LOGO_DIRECTORY, path))
        dialog.setObjectName("logoFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self.load_logo_file)
        dialog.open()

    def load_logo_file(self, path: str) -> None:
        file = Path(path)
        mime = LOGO_TYPES.get(file.suffix.lower())
        try:
            data = file.read_bytes()
        except OSError as error:
            self.logo_row.show_error(
                self.tr("Kan het bestand niet lezen: %1").replace("%1", error.strerror or "")
            )
            return
        if mime is None or QImage.fromData(data).isNull():
            self.logo_row.show_error(self.tr("Kies een PNG- of JPEG-afbeelding."))
        elif len(data) > MAX_LOGO_BYTES:
            self.logo_row.show_error(self.tr("Dit logo is groter dan 2 MB; kies een kleinere afbeelding."))
        else:
            self._store_logo(data, mime)

    def _store_logo(self, data: bytes | None, mime: str) -> None:
        label = self.tr("Logo kiezen") if data else self.tr("Logo weghalen")
        if self.autosave.run(
            lambda: actions.update_event(self.ws, label=label, logo=data, logo_mime=mime), self.logo_row
        ):
            self.fields = reads.report_fields(self.ws)
            self._show_logo()

    def _show_logo(self) -> None:
        data = self.fields.logo
        self.remove_logo.setEnabled(bool(data))
        if not data:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("geen logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(data))
        size = self.logo_preview.size()
        self.logo_preview.setPixmap(
            pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
