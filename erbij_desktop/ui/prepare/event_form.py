"""Section "Evenement": title, date and times, place, organisers, chair, attendance.

Every field saves itself when you leave it (or press Enter). objectNames:
``eventTitle``, ``eventDate``, ``eventStart``, ``eventEnd``, ``eventVenue``,
``eventCity``, ``eventOrganisers`` (add field ``eventOrganisersAdd``),
``eventChair``, ``eventAttendanceExpected``, ``eventAttendanceActual``,
``eventAttendanceText`` (attendance as the article words it, Alt+N); an
error under a field is ``<name>Error``. Mnemonics: Alt+T title, Alt+D date,
Alt+G start, Alt+E end, Alt+I venue, Alt+P city, Alt+O organisers,
Alt+Z chair, Alt+C expected, Alt+K actual attendance. (A, B, H, L, R, V, W
and X are taken by the menus and the workspace tabs.)

Each stored edit is one workspace action (one undo step); the form shows
the frozen ``EventFields`` read after every change, also one made elsewhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from erbij_desktop.app import prepare_actions as actions
from erbij_desktop.app import prepare_reads as reads
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.app.prepare_reads import EventFields

from ..events.context import EventContext
from ..widgets.binding import AutoSave, FormBinder, field_row
from ..widgets.field_row import FieldRow
from ..widgets.names import NameCompleter, NameListEditor
from ..widgets.time_fields import DateEdit, TimeEdit
from .form_layout import PrepareForm

MAX_ATTENDANCE = 100_000


def _line(row: FieldRow) -> QLineEdit:
    edit = row.field
    assert isinstance(edit, QLineEdit)
    return edit


class EventForm(PrepareForm):
    # The feed's tables that change what this form shows.
    WATCHES = ("event", "person", "organisation", "event_organiser")

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareEvent")
        self.ws = ws = context.workspace
        self.fields: EventFields = reads.event_fields(ws)
        self.autosave = autosave

        def store(label: str, name: str) -> Any:
            return lambda v: actions.update_event(ws, label=label, **{name: v})

        f = self
        self.binder = FormBinder(autosave, self)
        bind = self.binder

        self.section(self.tr("Het evenement"))
        self.title_row = field_row(QLineEdit(), "eventTitle")
        self.add(self.tr("&Titel:"), self.title_row)
        bind.line(self.title_row, lambda: f.fields.title, store(self.tr("Evenement wijzigen"), "title"))
        self.date_row = field_row(DateEdit(), "eventDate")
        self.add(self.tr("&Datum:"), self.date_row)
        bind.parsed(
            self.date_row, lambda: f.fields.event_date, store(self.tr("Evenement wijzigen"), "event_date")
        )
        self.start_row = field_row(TimeEdit(), "eventStart")
        self.end_row = field_row(TimeEdit(), "eventEnd")
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_row)
        end_label = QLabel(self.tr("tot &eindtijd:"))
        end_label.setBuddy(self.end_row.field)
        row.addWidget(end_label)
        row.addWidget(self.end_row)
        row.addStretch(1)
        self.add(self.tr("Be&gintijd:"), times).setBuddy(self.start_row.field)
        bind.parsed(
            self.start_row, lambda: f.fields.start_time, store(self.tr("Evenement wijzigen"), "start_time")
        )
        bind.parsed(self.end_row, lambda: f.fields.end_time, store(self.tr("Evenement wijzigen"), "end_time"))

        self.section(self.tr("Waar"))
        self.venue_row = field_row(QLineEdit(), "eventVenue")
        _line(self.venue_row).setPlaceholderText(self.tr("bijv. Jaarbeurs"))
        self.add(self.tr("Locat&ie:"), self.venue_row)
        bind.line(self.venue_row, lambda: f.fields.venue, store(self.tr("Evenement wijzigen"), "venue"))
        self.city_row = field_row(QLineEdit(), "eventCity")
        _line(self.city_row).setPlaceholderText(self.tr("bijv. Utrecht"))
        self.add(self.tr("&Plaats:"), self.city_row)
        bind.line(self.city_row, lambda: f.fields.city, store(self.tr("Evenement wijzigen"), "city"))

        self.section(self.tr("Wie"))
        self.organisers = NameListEditor("eventOrganisers", self.tr("Organisatie toevoegen…"))
        self.organisers.changed.connect(self._store_organisers)
        self.add(
            self.tr("&Organisatoren:"),
            self.organisers,
            hint=self.tr("In de volgorde waarin het verslag ze noemt."),
        )
        self.chair_row = field_row(QLineEdit(), "eventChair")
        _line(self.chair_row).setPlaceholderText(self.tr("naam van de dagvoorzitter"))
        self.chair_completer = NameCompleter(self.chair_row.field)
        _line(self.chair_row).setCompleter(self.chair_completer)
        self.add(self.tr("Dagvoor&zitter:"), self.chair_row)
        bind.line(self.chair_row, lambda: f.fields.chair, self._store_chair)
        # Asked where the chair is entered: without it the report would say "een dagvoorzitter".
        self.chair_consent = QCheckBox(self.tr("Mag bij naam genoemd worden (verslag en scherm)"))
        self.chair_consent.setObjectName("eventChairConsent")
        self.chair_consent.toggled.connect(self._store_chair_consent)
        self.add("", self.chair_consent, hint=self.tr("Zonder toestemming noemt het verslag alleen de rol."))

        self.section(self.tr("Opkomst"))
        self.expected_row = field_row(self._attendance_box(), "eventAttendanceExpected")
        self.add(self.tr("Verwa&cht:"), self.expected_row)
        bind.spin(
            self.expected_row,
            lambda: f.fields.attendance_expected,
            store(self.tr("Evenement wijzigen"), "attendance_expected"),
        )
        self.actual_row = field_row(self._attendance_box(), "eventAttendanceActual")
        self.add(self.tr("Wer&kelijk:"), self.actual_row)
        bind.spin(
            self.actual_row,
            lambda: f.fields.attendance_actual,
            store(self.tr("Evenement wijzigen"), "attendance_actual"),
        )
        self.attendance_text_row = field_row(QLineEdit(), "eventAttendanceText")
        _line(self.attendance_text_row).setPlaceholderText(self.tr("bv. ruim honderd aanwezigen"))
        self.add(
            self.tr("I&n woorden:"),
            self.attendance_text_row,
            hint=self.tr("Zo noemt het verslag de opkomst; leeg: het werkelijke aantal."),
        )
        bind.line(
            self.attendance_text_row,
            lambda: f.fields.attendance_text,
            store(self.tr("Evenement wijzigen"), "attendance_text"),
        )
        self.note(self.tr("Alles wordt opgeslagen zodra u een veld verlaat of op Enter drukt."))

    def _attendance_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(-1, MAX_ATTENDANCE)
        box.setSpecialValueText(self.tr("onbekend"))
        box.setSuffix(self.tr(" personen"))
        box.setFixedWidth(box.fontMetrics().horizontalAdvance("100000 personen") + 48)
        return box

    def reload(self, *, keep_typing: bool = False) -> None:
        self.fields = reads.event_fields(self.ws)
        self.binder.load(keep_typing=keep_typing)
        self.chair_completer.set_names(reads.person_names(self.ws))
        self._show_chair_consent()
        self.organisers.set_names(list(self.fields.organisers), reads.organisation_names(self.ws))

    def changed(self, changes: ChangeSet) -> None:
        """Something was stored (here or elsewhere): show it, leaving a field being typed in alone."""
        if changes.everything or changes.touches(*self.WATCHES):
            self.reload(keep_typing=True)

    def flush(self) -> None:
        self.binder.flush()

    def _store_chair(self, name: str) -> None:
        actions.set_chair(self.ws, name, label=self.tr("Dagvoorzitter wijzigen"))
        self.fields = reads.event_fields(self.ws)
        self._show_chair_consent()

    def _show_chair_consent(self) -> None:
        box = self.chair_consent
        box.blockSignals(True)
        box.setChecked(self.fields.chair_consents)
        box.blockSignals(False)
        box.setEnabled(self.fields.chair_id is not None)

    def _store_chair_consent(self, consents: bool) -> None:
        chair = self.fields.chair_id
        if chair is None:
            return
        label = self.tr("Toestemming dagvoorzitter")
        self.autosave.run(
            lambda: actions.update_person(self.ws, chair, consent_to_name=consents, label=label)
        )
        self.fields = reads.event_fields(self.ws)
        self._show_chair_consent()

    def _store_organisers(self, names: list[str]) -> None:
        label = self.tr("Organisatoren wijzigen")
        self.autosave.run(lambda: actions.set_organisers(self.ws, names, label=label))
        self.reload()
