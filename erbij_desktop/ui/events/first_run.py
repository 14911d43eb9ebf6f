"""The first-run screen: shown while the database holds no events.

Three ways forward, each one key press away: start a new event (objectName
``firstRunNew``, Alt+N), open the demo event (``firstRunDemo``, Alt+D), the
praktijktafel "Samen tegen eenzaamheid" from 2018, to look around first, or
import an event brought from another laptop as a .erbij file (``firstRunImport``,
Alt+I).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..widgets.style import MUTED_STYLE


class FirstRunPage(QWidget):
    new_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame(self)
        card.setMaximumWidth(620)
        layout = QVBoxLayout(card)
        layout.setSpacing(14)

        icon = QLabel(card)
        icon.setPixmap(QApplication.windowIcon().pixmap(72, 72))
        layout.addWidget(icon)
        title = QLabel(self.tr("Welkom bij Erbij Desktop"), card)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        intro = QLabel(
            self.tr(
                "Bereid hier een praktijktafel voor, leg tijdens de rondetafelgesprekken vast wat "
                "elke tafel zegt, en maak na afloop het verslag. Alles blijft op deze laptop en wordt "
                "direct opgeslagen."
            ),
            card,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.new_button = QPushButton(self.tr("&Nieuw evenement"), card)
        self.new_button.setObjectName("firstRunNew")
        self.new_button.setDefault(True)
        self.new_button.setAutoDefault(True)
        self.new_button.setMinimumHeight(36)
        self.new_button.clicked.connect(self.new_requested)
        buttons.addWidget(self.new_button)
        self.demo_button = QPushButton(self.tr("&Demo openen"), card)
        self.demo_button.setObjectName("firstRunDemo")
        self.demo_button.setAutoDefault(True)
        self.demo_button.setMinimumHeight(36)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addWidget(self.demo_button)
        self.import_button = QPushButton(self.tr("Evenement &importeren…"), card)
        self.import_button.setObjectName("firstRunImport")
        self.import_button.setAutoDefault(True)
        self.import_button.setMinimumHeight(36)
        self.import_button.setToolTip(self.tr("Een evenement van een andere laptop openen (.erbij-bestand)"))
        self.import_button.clicked.connect(self.import_requested)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        hint = QLabel(
            self.tr(
                "De demo is de praktijktafel ‘Samen tegen eenzaamheid’ (Utrecht, 2018): een volledig "
                "voorbeeld met programma, rondes, tafels en bijdragen. U kunt hem later weer verwijderen."
            ),
            card,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        layout.addWidget(hint)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.setFocusProxy(self.new_button)

    def set_demo_available(self, available: bool) -> None:
        self.demo_button.setEnabled(available)
        if not available:
            self.demo_button.setToolTip(self.tr("De demo is in deze installatie niet beschikbaar."))
