"""Section "Verslag": the texts and settings of the published article.

Purpose, lead, conclusion, the background box, the headline quote, report
language and status, the published/modified dates and the logo. objectNames:
``reportPurpose``, ``reportLead``, ``reportConclusion``,
``reportBackgroundHeading``, ``reportBackgroundText``, ``reportHeadline``,
``reportLanguage``, ``reportStatus``, ``reportPublished``, ``reportModified``,
``reportLogoChoose``, ``reportLogoRemove``. Date fields: type into
``reportPublishedText`` / ``reportModifiedText``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ReportLanguage, ReportStatus
from erbij_desktop.domain.events import update_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.quotes import quotes, set_headline

from ..widgets.binding import AutoSave, FormBinder, field_row
from ..widgets.field_row import FieldRow
from ..widgets.text_area import TextArea
from ..widgets.time_fields import DateEdit
from .form_layout import PrepareForm

LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
MAX_LOGO_BYTES = 2_000_000


class ReportForm(PrepareForm):
    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prepareReport")
        self.session = session
        self.evt = event
        self.autosave = autosave
        self.binder = bind = FormBinder(autosave, self)

        def text(name: str, label: str, field: str, lines: int, hint: str = "") -> None:
            row = field_row(TextArea(lines=lines), name)
            self.add(label, row, hint=hint)
            bind.line(
                row, lambda: getattr(event, field), lambda v: update_event(session, event, **{field: v})
            )

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
        self.headline_row = field_row(QComboBox(), "reportHeadline")
        self.add(
            self.tr("&Kopcitaat:"),
            self.headline_row,
            hint=self.tr("Het citaat dat in de titel van het verslag staat."),
        )
        self.headline_row.field.activated.connect(self._store_headline)

        self.section(self.tr("Achtergrond (kader)"))
        heading = field_row(QLineEdit(), "reportBackgroundHeading")
        heading.field.setPlaceholderText(self.tr("bijv. Eenzaamheid in Nederland"))
        self.add(self.tr("Ko&p:"), heading)
        bind.line(
            heading,
            lambda: event.background_heading,
            lambda v: update_event(session, event, background_heading=v),
        )
        text("reportBackgroundText", self.tr("Tek&st:"), "background_text", 4)

        self.section(self.tr("Publicatie"))
        language = field_row(QComboBox(), "reportLanguage")
        language.field.addItem(self.tr("Nederlands"), ReportLanguage.NL)
        language.field.addItem(self.tr("Engels"), ReportLanguage.EN)
        language.field.setMaximumWidth(260)
        self.add(self.tr("&Taal:"), language)
        bind.combo(
            language, lambda: event.report_language, lambda v: update_event(session, event, report_language=v)
        )
        status = field_row(QComboBox(), "reportStatus")
        status.field.addItem(self.tr("Concept"), ReportStatus.DRAFT)
        status.field.addItem(self.tr("Definitief"), ReportStatus.FINAL)
        status.field.setMaximumWidth(260)
        self.add(self.tr("Stat&us:"), status)
        bind.combo(
            status, lambda: event.report_status, lambda v: update_event(session, event, report_status=v)
        )
        published = field_row(DateEdit(), "reportPublished")
        self.add(self.tr("&Geplaatst op:"), published)
        bind.parsed(
            published, lambda: event.published_on, lambda v: update_event(session, event, published_on=v)
        )
        modified = field_row(DateEdit(), "reportModified")
        self.add(self.tr("Laatst gewi&jzigd op:"), modified)
        bind.parsed(
            modified, lambda: event.modified_on, lambda v: update_event(session, event, modified_on=v)
        )
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

    def reload(self) -> None:
        self.binder.load()
        combo = self.headline_row.field
        assert isinstance(combo, QComboBox)
        combo.clear()
        combo.addItem(self.tr("(geen kopcitaat)"), None)
        for quote in quotes(self.session, self.evt):
            short = quote.text if len(quote.text) <= 90 else quote.text[:88] + "…"
            combo.addItem(f"‘{short}’", quote.id)
            if quote.is_headline:
                combo.setCurrentIndex(combo.count() - 1)
        self._show_logo()

    def flush(self) -> None:
        self.binder.flush()

    def _store_headline(self, index: int) -> None:
        combo = self.headline_row.field
        assert isinstance(combo, QComboBox)
        quote_id = combo.itemData(index)
        chosen = next((q for q in quotes(self.session, self.evt) if q.id == quote_id), None)
        self.autosave.run(lambda: set_headline(self.session, self.evt, chosen), self.headline_row)

    def _choose_logo(self) -> None:
        dialog = QFileDialog(self, self.tr("Logo kiezen"))
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
        if self.autosave.run(
            lambda: update_event(self.session, self.evt, logo=data, logo_mime=mime), self.logo_row
        ):
            self._show_logo()

    def _show_logo(self) -> None:
        data = self.evt.logo
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
