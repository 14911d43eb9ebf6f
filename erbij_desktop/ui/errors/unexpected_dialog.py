"""The dialog for an unexpected error: calm words, what to do, and where the log is.

The app keeps running behind it; everything saved is already on disk. The
details show the error to the user on screen (never written to the log with
its message, see erbij_desktop.logs).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnexpectedErrorDialog", text)


class UnexpectedErrorDialog(QDialog):
    def __init__(self, summary: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowTitle(_tr("Er ging iets mis"))
        self.setMinimumWidth(540)
        self.log_path = log_path
        self.occurrences = 1

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel(
            _tr(
                "<b>Er ging iets mis in Erbij Desktop.</b><br><br>"
                "Wat u al had opgeslagen is veilig: elke opgeslagen bijdrage staat op schijf. "
                "Kijk of uw laatste invoer er staat, typ die zo nodig opnieuw, en werk gewoon verder.<br><br>"
                "Gebeurt dit vaker? Stuur dan het logbestand naar wie u helpt met de app. "
                "Het logbestand bevat geen bijdragen of andere ingevoerde tekst."
            )
        )
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.log_label = QLabel(_tr("Logbestand: {path}").format(path=log_path))
        self.log_label.setObjectName("logPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.hide()
        self.details = QPlainTextEdit(summary)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setFixedHeight(80)

        column = QVBoxLayout()
        for widget in (self.message_label, self.log_label, self.count_label, self.details):
            column.addWidget(widget)
        column.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(column, 1)

        buttons = QDialogButtonBox()
        self.open_folder_button = QPushButton(_tr("Logmap openen"))
        self.open_folder_button.setObjectName("openLogFolder")
        self.copy_button = QPushButton(_tr("Pad kopiëren"))
        self.copy_button.setObjectName("copyLogPath")
        self.continue_button = buttons.addButton(_tr("Doorgaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName("continue")
        self.continue_button.setDefault(True)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        self.open_folder_button.clicked.connect(self.open_log_folder)
        self.copy_button.clicked.connect(self.copy_log_path)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)

    def add_occurrence(self, summary: str) -> None:
        """Another error while this dialog is open: count it instead of stacking dialogs."""
        self.occurrences += 1
        self.count_label.setText(_tr("Dit gebeurde {count} keer.").format(count=self.occurrences))
        self.count_label.show()
        self.details.appendPlainText(summary)

    def open_log_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def copy_log_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.log_path))
