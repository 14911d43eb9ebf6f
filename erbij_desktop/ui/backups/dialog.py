"""The backups dialog: see every backup of the open database and put one back.

Restoring is never silent: a confirmation says that the current state is
itself backed up first, so nothing is lost. The dialog does not restore by
itself; it emits ``restore_requested(path)`` and the window closes its
database, restores (erbij_desktop.storage.restore.restore_backup) and reopens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.storage.backups import (
    BackupInfo,
    BackupPolicy,
    backup_database,
    list_backups,
    load_policy,
    prune_backups,
    save_policy,
)
from erbij_desktop.storage.errors import StorageError
from erbij_desktop.storage.locations import backups_dir_for

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsDialog", text)


def reason_label(reason: str) -> str:
    labels = {
        "bij-openen": _tr("Bij openen"),
        "automatisch": _tr("Automatisch"),
        "voor-migratie": _tr("Vóór bijwerken"),
        "voor-herstel": _tr("Vóór terugzetten"),
        "handmatig": _tr("Handmatig"),
    }
    return labels.get(reason, reason)


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # Path of the backup
    policy_changed = Signal(object)  # BackupPolicy

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(_tr("Reservekopieën"))
        self.resize(680, 440)
        self.database = database
        self.confirmation: QMessageBox | None = None
        policy = load_policy()

        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [_tr("Gemaakt op"), _tr("Soort"), _tr("Grootte"), _tr("Evenementen")]
        )
        self.view = QTableView(self)
        self.view.setObjectName("backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _index: self.ask_restore())
        self.empty_label = QLabel(_tr("Er zijn nog geen reservekopieën van deze database."))
        self.empty_label.setObjectName("empty")

        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("keep")
        self.keep_spin.setRange(1, 100)
        self.keep_spin.setValue(min(policy.keep, 100))
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("interval")
        self.interval_spin.setRange(1, 60)
        self.interval_spin.setValue(min(policy.interval_minutes, 60))
        self.interval_spin.setSuffix(_tr(" min."))
        settings = QHBoxLayout()
        for part in (
            QLabel(_tr("Bewaar van elk soort de laatste")),
            self.keep_spin,
            QLabel(_tr("reservekopieën; maak er na wijzigingen elke")),
            self.interval_spin,
            QLabel(_tr("een.")),
        ):
            settings.addWidget(part)
        settings.addStretch(1)
        self.keep_spin.valueChanged.connect(self._save_policy)
        self.interval_spin.valueChanged.connect(self._save_policy)

        self.backup_now_button = QPushButton(_tr("Nu een reservekopie maken"))
        self.backup_now_button.setObjectName("backupNow")
        self.restore_button = QPushButton(_tr("Terugzetten…"))
        self.restore_button.setObjectName("restore")
        self.folder_button = QPushButton(_tr("Map openen"))
        self.folder_button.setObjectName("openFolder")
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.folder_button.clicked.connect(self.open_folder)
        actions = QHBoxLayout()
        for button in (self.backup_now_button, self.restore_button, self.folder_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addLayout(settings)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # --- contents -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.intro.setText(
            _tr(
                "Erbij Desktop maakt vanzelf een reservekopie bij het openen en, als er iets is "
                "veranderd, elke paar minuten. Ze staan in {folder}."
            ).format(folder=backups_dir_for(self.database))
        )
        self.model.removeRows(0, self.model.rowCount())
        try:
            backups = list_backups(self.database)
        except StorageError as error:
            self.status.setText(str(error))
            backups = []
        locale = QLocale()
        for info in backups:
            self.model.appendRow(self._row(info, locale))
        self.empty_label.setVisible(not backups)
        self.view.setVisible(bool(backups))
        if backups:
            self.view.selectRow(0)
        self._update_buttons()

    def _row(self, info: BackupInfo, locale: QLocale) -> list[QStandardItem]:
        events = info.events()
        cells = [
            QStandardItem(locale.toString(info.created, "d MMMM yyyy  HH:mm:ss")),  # type: ignore[call-overload]
            QStandardItem(reason_label(info.reason)),
            QStandardItem(
                locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            ),
            QStandardItem(_tr("onleesbaar") if events is None else str(events)),
        ]
        cells[0].setData(str(info.path), PATH_ROLE)
        cells[0].setToolTip(str(info.path))
        cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cells[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cells

    def selected_backup(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.model.data(self.model.index(rows[0].row(), 0), PATH_ROLE)
        return Path(value) if value else None

    def select_backup(self, path: Path) -> None:
        for row in range(self.model.rowCount()):
            index: QModelIndex = self.model.index(row, 0)
            if self.model.data(index, PATH_ROLE) == str(path):
                self.view.selectRow(row)
                return

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    # --- actions --------------------------------------------------------------------------------

    def backup_now(self) -> Path | None:
        try:
            made = backup_database(self.database, reason="handmatig")
            prune_backups(self.database, self.keep_spin.value())
        except StorageError as error:
            self.status.setText(str(error))
            return None
        self.status.setText(_tr("Reservekopie gemaakt: {name}").format(name=made.name))
        self.refresh()
        return made

    def ask_restore(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        row = self.view.selectionModel().selectedRows()[0].row()
        when = self.model.item(row, 0).text()
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Reservekopie terugzetten"))
        box.setText(_tr("De database terugzetten naar de reservekopie van {when}?").format(when=when))
        box.setInformativeText(
            _tr(
                "Wat er nu in de database staat, wordt eerst zelf als reservekopie bewaard. "
                "U verliest dus niets en kunt dit ongedaan maken door die kopie terug te zetten."
            )
        )
        yes = box.addButton(_tr("Terugzetten"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmRestoreYes")
        box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(lambda button: self._confirmed(chosen) if button is yes else None)
        box.finished.connect(box.deleteLater)
        self.confirmation = box
        box.open()

    def _confirmed(self, backup: Path) -> None:
        self.accept()
        self.restore_requested.emit(backup)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_dir_for(self.database))))

    def _save_policy(self) -> None:
        policy = BackupPolicy(keep=self.keep_spin.value(), interval_minutes=self.interval_spin.value())
        save_policy(policy)
        self.policy_changed.emit(policy)
