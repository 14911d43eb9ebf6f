"""Creating an event: a title (required) and, if known, the date.

Everything else is filled in afterwards on the Voorbereiden tab; the logo
chosen in the settings dialog (if any) comes with the new event. The dialog
is opened with ``open()`` (never a blocking exec) and emits ``created`` with
the new event's id. objectNames: ``newEventDialog``, ``newEventTitle``,
``newEventDate``; Enter creates, Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from erbij_desktop.app.library import Library

from ..settings.preferences import default_logo
from ..widgets.binding import AutoSave, field_row
from ..widgets.time_fields import DateEdit


class NewEventDialog(QDialog):
    created = Signal(int)

    def __init__(self, library: Library, autosave: AutoSave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newEventDialog")
        self.setWindowTitle(self.tr("Nieuw evenement"))
        self.library = library
        self.autosave = autosave
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Geef het evenement een titel. De rest vult u daarna in bij Voorbereiden."), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("bijv. Praktijktafel Samen tegen eenzaamheid"))
        self.title_row = field_row(self.title, "newEventTitle")
        self.title.setMinimumWidth(380)
        title_label = QLabel(self.tr("&Titel:"), self)
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title_row)
        self.date = DateEdit(self)
        self.date_row = field_row(self.date, "newEventDate")
        date_label = QLabel(self.tr("&Datum:"), self)
        date_label.setBuddy(self.date.line)
        form.addRow(date_label, self.date_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Aanmaken"))
        ok.setObjectName("newEventCreate")
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _create(self) -> None:
        self.date_row.clear_error()
        try:
            date = self.date.value()
        except ValueError as error:
            self.date_row.show_error(str(error))
            self.date.setFocus()
            return
        made: list[int] = []

        logo = default_logo()
        extra = {"logo": logo.data, "logo_mime": logo.mime} if logo is not None else {}

        def create() -> None:
            made.append(self.library.create_event(self.title.text(), event_date=date, **extra))

        if self.autosave.run(create, self.title_row):
            self.accept()
            self.created.emit(made[0])
        else:
            self.title.setFocus()
