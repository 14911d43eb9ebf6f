"""The always-visible "Opgeslagen 10:42:13" in the status bar.

There is no Save button: every change is committed when it is made. This
label is how the facilitator sees that it happened (objectName
``saveIndicator``).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLabel, QWidget


class SaveIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setContentsMargins(8, 0, 8, 0)
        self.last_saved: QDateTime | None = None
        self.setText(self.tr("Alles is opgeslagen"))
        self.setToolTip(self.tr("Elke wijziging wordt meteen opgeslagen; er is geen Opslaan-knop nodig."))

    def mark_saved(self) -> None:
        """Call after every commit."""
        self.last_saved = QDateTime.currentDateTime()
        self.setText(self.tr("Opgeslagen %1").replace("%1", self.last_saved.toString("HH:mm:ss")))
