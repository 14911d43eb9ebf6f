"""A short message for the room, typed by the facilitator ("Nog 5 minuten — rond af").

Half-typed text never reaches the beamer: the message appears when the
facilitator presses Enter or "Tonen", and disappears with "Wissen".
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from .controller import MESSAGE_MAX, LiveController


class MessageBox(QGroupBox):
    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bericht op het scherm"), parent)
        self._controller = controller
        self.field = QLineEdit()
        self.field.setObjectName("liveMessageField")
        self.field.setMaxLength(MESSAGE_MAX)
        self.field.setPlaceholderText(self.tr("Bijvoorbeeld: Nog 5 minuten — rond af"))
        self.field.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("Tonen"))
        self.show_button.setToolTip(self.tr("Zet het bericht op het scherm (Enter)"))
        self.clear_button = QPushButton(self.tr("Wissen"))
        self.clear_button.setToolTip(self.tr("Haal het bericht van het scherm"))
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout = QGridLayout(self)
        layout.addWidget(self.field, 0, 0)
        layout.addWidget(self.show_button, 0, 1)
        layout.addWidget(self.clear_button, 0, 2)
        layout.addWidget(self.current, 1, 0, 1, 3)

        self.field.returnPressed.connect(self._publish)
        self.show_button.clicked.connect(self._publish)
        self.clear_button.clicked.connect(controller.clear_message)
        controller.message_changed.connect(self._on_message)
        self._on_message(controller.message)

    def _publish(self) -> None:
        self._controller.set_message(self.field.text())

    def _on_message(self, message: str) -> None:
        if message:
            self.current.setText(self.tr("Op het scherm: ‘%1’").replace("%1", message))
        else:
            self.current.setText(self.tr("Er staat geen bericht op het scherm."))
        self.clear_button.setEnabled(bool(message))
