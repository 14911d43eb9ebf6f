"""The dialog for a database that cannot be used: what happened, and the ways on.

Shown at start-up (the chosen file is damaged, foreign, newer, in use, in a
read-only folder) and during use (the disk filled up). It never acts itself:
it emits ``way_chosen`` and the owner (DatabaseOpener, the error reporter)
does the work, so tests drive it through ``open()`` and its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.storage.backups import BackupInfo
from erbij_desktop.storage.errors import StorageError

from .texts import Way, describe, way_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("StorageErrorDialog", text)


class StorageErrorDialog(QDialog):
    way_chosen = Signal(str)

    def __init__(
        self,
        error: StorageError,
        latest: BackupInfo | None = None,
        parent: QWidget | None = None,
        *,
        at_startup: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storageErrorDialog")
        self.error = error
        self.latest = latest
        described = describe(error)
        ways = described.ways if at_startup else (Way.RETRY, Way.CLOSE)  # in use: the window stays
        self.ways = tuple(w for w in ways if w is not Way.LATEST_BACKUP or latest is not None)
        self.setWindowTitle(described.title)
        self.setModal(True)
        self.setMinimumWidth(520)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(f"<b>{described.title}</b>")
        self.message_label = QLabel(described.text)
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label = QLabel()
        self.location_label.setObjectName("location")
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if error.path is not None:
            self.location_label.setText(_tr("Bestand: {path}").format(path=error.path))
        self.backup_label = QLabel()
        self.backup_label.setObjectName("latestBackup")
        self.backup_label.setWordWrap(True)
        if latest is not None and Way.LATEST_BACKUP in self.ways:
            events = latest.events()
            count = (
                "?"
                if events is None
                else (_tr("1 evenement") if events == 1 else _tr("{n} evenementen").format(n=events))
            )
            self.backup_label.setText(
                _tr("Laatste reservekopie: {when} ({count}).").format(
                    when=latest.created.strftime("%d-%m-%Y %H:%M"), count=count
                )
            )
        self.backup_label.setVisible(bool(self.backup_label.text()))

        text_column = QVBoxLayout()
        for label in (self.title_label, self.message_label, self.location_label, self.backup_label):
            text_column.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)

        self.buttons: dict[Way, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for way in self.ways:
            button = QPushButton(way_label(way, at_startup=at_startup))
            button.setObjectName(f"way_{way.value}")
            button.clicked.connect(lambda _checked=False, w=way: self._choose(w))
            row.addWidget(button)
            self.buttons[way] = button
        if self.ways:
            self.buttons[self.ways[0]].setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(row)

    def _choose(self, way: Way) -> None:
        self.done(QDialog.DialogCode.Rejected if way is Way.CLOSE else QDialog.DialogCode.Accepted)
        self.way_chosen.emit(way.value)

    def reject(self) -> None:  # Escape or the window's close button
        if self.isVisible():
            super().reject()
            self.way_chosen.emit(Way.CLOSE.value)
