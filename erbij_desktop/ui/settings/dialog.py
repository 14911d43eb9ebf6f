"""The settings dialog (Extra → Instellingen…, Ctrl+,): the few choices a facilitator makes once.

Language, beamer screen, the length a new round starts with, report defaults
(logo for new events, appendix on or off) and how many backups to keep. Nothing
is stored until OK; Cancel or Escape leaves every setting as it was. After
storing, signals tell the window what changed so it can apply it at once
(backups, the open event's fields) or say it applies at the next start (language).

objectNames: ``settingsDialog``, ``settingsLanguage``, ``settingsScreen``,
``settingsRoundMinutes``, ``settingsAppendix``, ``settingsLogoPreview``,
``settingsLogoChoose``, ``settingsLogoRemove``, ``settingsLogoError``,
``settingsLogoFileDialog``, ``settingsBackupKeep``, ``settingsBackupInterval``,
``settingsDatabaseUrl``, ``settingsDatabaseError``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.storage.backups import BackupPolicy
from erbij_desktop.storage.server_db import settings_problem

from ..widgets.files import last_folder, remember_folder
from ..widgets.style import ERROR_RED, MUTED_STYLE
from . import keys
from . import preferences as prefs

LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
KEEP_RANGE = (1, 100)
INTERVAL_RANGE = (1, 60)


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    screen_changed = Signal(str)
    round_minutes_changed = Signal(int)
    appendix_changed = Signal(bool)
    logo_changed = Signal()
    backup_policy_changed = Signal(object)  # BackupPolicy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(600)
        self.logo: prefs.Logo | None = prefs.default_logo()
        self._stored_logo = self.logo
        self.logo_dialog: QFileDialog | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self._language_group())
        layout.addWidget(self._presenter_group())
        layout.addWidget(self._prepare_group())
        layout.addWidget(self._report_group())
        layout.addWidget(self._backup_group())
        layout.addWidget(self._database_group())
        layout.addStretch(1)  # extra height goes below the groups, not into them
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("settingsOk")
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setObjectName("settingsDefaults")
        self.defaults_button.setText(self.tr("&Standaardwaarden"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    # --- building -------------------------------------------------------------------------------

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        """A titled group: a form, and room below it for notes that wrap (see ``_note``)."""
        group = QGroupBox(title, self)
        column = QVBoxLayout(group)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column.addLayout(form)
        return group, form

    @staticmethod
    def _note(group: QGroupBox, text: str, style: str = MUTED_STYLE) -> QLabel:
        label = QLabel(text, group)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        group.layout().addWidget(label)  # type: ignore[union-attr]
        return label

    def _language_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Taal"))
        self.language = QComboBox(group)
        self.language.setObjectName("settingsLanguage")
        for code, name in prefs.LANGUAGES:
            self.language.addItem(name, code)
        form.addRow(self.tr("&Taal van de app:"), self.language)
        self._note(group, self.tr("Een andere taal geldt vanaf de volgende start van Erbij Desktop."))
        return group

    def _presenter_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Presentatie"))
        self.screen_choice = QComboBox(group)
        self.screen_choice.setObjectName("settingsScreen")
        form.addRow(self.tr("&Beamer:"), self.screen_choice)
        self._note(
            group,
            self.tr(
                "Het scherm waarop de presentatie (F5) verschijnt. Met één scherm opent ze in een venster."
            ),
        )
        return group

    def _prepare_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Voorbereiden"))
        self.round_minutes = QSpinBox(group)
        self.round_minutes.setObjectName("settingsRoundMinutes")
        self.round_minutes.setRange(*prefs.ROUND_MINUTES_RANGE)
        self.round_minutes.setSingleStep(5)
        self.round_minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Standaardduur van een &ronde:"), self.round_minutes)
        return group

    def _report_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Verslag"))
        box = QWidget(group)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel(box)
        self.logo_preview.setObjectName("settingsLogoPreview")
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid); border-radius: 3px;")
        row.addWidget(self.logo_preview)
        self.logo_choose = QPushButton(self.tr("Logo &kiezen…"), box)
        self.logo_choose.setObjectName("settingsLogoChoose")
        self.logo_choose.clicked.connect(self.choose_logo)
        row.addWidget(self.logo_choose)
        self.logo_remove = QPushButton(self.tr("Logo &weghalen"), box)
        self.logo_remove.setObjectName("settingsLogoRemove")
        self.logo_remove.clicked.connect(lambda: self._set_logo(None))
        row.addWidget(self.logo_remove)
        row.addStretch(1)
        logo_label = QLabel(self.tr("&Logo:"), group)
        logo_label.setBuddy(self.logo_choose)
        form.addRow(logo_label, box)
        self.appendix = QCheckBox(self.tr("&met bijlage"), group)
        self.appendix.setObjectName("settingsAppendix")
        self.appendix.setToolTip(
            self.tr("De bijlage bevat alle bijdragen per ronde en tafel en de lijst van organisaties.")
        )
        form.addRow(self.tr("Verslag exporteren:"), self.appendix)
        self.logo_error = self._note(group, "", f"color: {ERROR_RED};")
        self.logo_error.setObjectName("settingsLogoError")
        self.logo_error.hide()
        self._note(
            group,
            self.tr(
                "Een nieuw evenement krijgt dit logo; per evenement te wijzigen onder "
                "Voorbereiden → Verslag. Met bijlage: alle bijdragen per ronde en tafel en de organisaties."
            ),
        )
        return group

    def _backup_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Reservekopieën"))
        self.backup_keep = QSpinBox(group)
        self.backup_keep.setObjectName("settingsBackupKeep")
        self.backup_keep.setRange(*KEEP_RANGE)
        form.addRow(self.tr("&Aantal bewaren (van elke soort):"), self.backup_keep)
        self.backup_interval = QSpinBox(group)
        self.backup_interval.setObjectName("settingsBackupInterval")
        self.backup_interval.setRange(*INTERVAL_RANGE)
        self.backup_interval.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Na wijzigingen een kopie &elke:"), self.backup_interval)
        self._note(
            group,
            self.tr(
                "Reservekopieën staan naast de database, in de map backups. "
                "Bestand → Reservekopieën… toont ze en zet er een terug."
            ),
        )
        return group

    def _database_group(self) -> QGroupBox:
        group, form = self._group(self.tr("Database"))
        self.database_url = QLineEdit(group)
        self.database_url.setObjectName("settingsDatabaseUrl")
        self.database_url.setPlaceholderText(self.tr("leeg: het bestand op deze laptop"))
        form.addRow(self.tr("Server van de &organisatie:"), self.database_url)
        self.database_error = self._note(group, "", f"color: {ERROR_RED};")
        self.database_error.setObjectName("settingsDatabaseError")
        self.database_error.hide()
        self._note(
            group,
            self.tr(
                "Bijvoorbeeld postgresql+psycopg://naam@server/erbij?sslmode=verify-full. Geldt vanaf de "
                "volgende start. Het wachtwoord staat niet hier maar in ~/.pgpass. Reservekopieën van een "
                "server maakt de beheerder (pg_dump)."
            ),
        )
        return group

    # --- values ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored settings."""
        self._select(self.language, prefs.language())
        self._fill_screens(prefs.presenter_screen())
        self.round_minutes.setValue(prefs.default_round_minutes())
        self.appendix.setChecked(prefs.report_appendix())
        self._set_logo(prefs.default_logo())
        policy = prefs.backup_policy()
        self.backup_keep.setValue(min(max(policy.keep, KEEP_RANGE[0]), KEEP_RANGE[1]))
        self.backup_interval.setValue(min(max(policy.interval_minutes, INTERVAL_RANGE[0]), INTERVAL_RANGE[1]))
        self.database_url.setText(prefs.database_url())

    def restore_defaults(self) -> None:
        """Put the defaults in the fields (stored only with OK); the language stays as chosen."""
        self.screen_choice.setCurrentIndex(0)
        self.round_minutes.setValue(prefs.ROUND_MINUTES)
        self.appendix.setChecked(False)
        self._set_logo(None)
        default = BackupPolicy()
        self.backup_keep.setValue(default.keep)
        self.backup_interval.setValue(default.interval_minutes)

    def _fill_screens(self, chosen: str) -> None:
        self.screen_choice.clear()
        self.screen_choice.addItem(self.tr("Automatisch (het eerste scherm dat niet het hoofdscherm is)"), "")
        primary = QGuiApplication.primaryScreen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry().size()
            label = self.tr("Scherm %1: %2 (%3×%4)").replace("%1", str(number))
            label = label.replace("%2", screen.name() or screen.model() or "?")
            label = label.replace("%3", str(size.width())).replace("%4", str(size.height()))
            if screen is primary:
                label += self.tr(" — hoofdscherm")
            self.screen_choice.addItem(label, screen.name())
        if chosen and self.screen_choice.findData(chosen) < 0:
            # remembered but not plugged in now: keep it, so the beamer is found again next time
            self.screen_choice.addItem(self.tr("%1 (nu niet aangesloten)").replace("%1", chosen), chosen)
        self._select(self.screen_choice, chosen)

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    # --- logo -----------------------------------------------------------------------------------

    def choose_logo(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Logo kiezen"), last_folder(keys.LOGO_DIRECTORY))
        dialog.fileSelected.connect(lambda path: remember_folder(keys.LOGO_DIRECTORY, path))
        dialog.setObjectName("settingsLogoFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self.load_logo_file)
        dialog.finished.connect(dialog.deleteLater)
        self.logo_dialog = dialog
        dialog.open()
        return dialog

    def load_logo_file(self, path: str) -> bool:
        """Take the logo from ``path`` (stored with OK); False and a reason shown when it cannot be used."""
        file = Path(path)
        mime = LOGO_TYPES.get(file.suffix.lower())
        try:
            too_big = file.stat().st_size > prefs.MAX_LOGO_BYTES
            data = b"" if too_big else file.read_bytes()
        except OSError as error:
            return self._logo_refused(
                self.tr("Kan het bestand niet lezen: %1").replace("%1", error.strerror or "")
            )
        if too_big:
            return self._logo_refused(self.tr("Dit logo is groter dan 2 MB; kies een kleinere afbeelding."))
        if mime is None or QImage.fromData(data).isNull():
            return self._logo_refused(self.tr("Kies een PNG- of JPEG-afbeelding."))
        self._set_logo(prefs.Logo(data, mime))
        return True

    def _logo_refused(self, reason: str) -> bool:
        self.logo_error.setText(reason)
        self.logo_error.show()
        return False

    def _set_logo(self, logo: prefs.Logo | None) -> None:
        self.logo = logo
        self.logo_error.hide()
        self.logo_remove.setEnabled(logo is not None)
        if logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("geen logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(logo.data))
        self.logo_preview.setPixmap(
            pixmap.scaled(
                self.logo_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # --- storing --------------------------------------------------------------------------------

    def accept(self) -> None:
        url = self.database_url.text().strip()
        problem = settings_problem(url) if url else None
        if problem:  # nothing is stored: the dialog stays open and says why
            self.database_error.setText(problem)
            self.database_error.show()
            self.database_url.setFocus()
            return
        self.store()
        super().accept()

    def store(self) -> None:
        """Write what the fields say and emit a signal for every setting that changed."""
        language = str(self.language.currentData())
        if language != prefs.language():
            prefs.set_language(language)
            self.language_changed.emit(language)
        screen = str(self.screen_choice.currentData() or "")
        if screen != prefs.presenter_screen():
            prefs.set_presenter_screen(screen)
            self.screen_changed.emit(screen)
        minutes = self.round_minutes.value()
        if minutes != prefs.default_round_minutes():
            prefs.set_default_round_minutes(minutes)
            self.round_minutes_changed.emit(minutes)
        appendix = self.appendix.isChecked()
        if appendix != prefs.report_appendix():
            prefs.set_report_appendix(appendix)
            self.appendix_changed.emit(appendix)
        if self.logo != self._stored_logo:
            prefs.set_default_logo(self.logo)
            self._stored_logo = self.logo
            self.logo_changed.emit()
        policy = BackupPolicy(keep=self.backup_keep.value(), interval_minutes=self.backup_interval.value())
        if policy != prefs.backup_policy():
            prefs.set_backup_policy(policy)
            self.backup_policy_changed.emit(policy)
        url = self.database_url.text().strip()
        if url != prefs.database_url():
            prefs.set_database_url(url)  # applies at the next start
