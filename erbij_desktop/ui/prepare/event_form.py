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
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.events import set_organisers, update_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import ensure_organisation, ensure_person, organisations, people

from ..widgets.binding import AutoSave, FormBinder, field_row
from ..widgets.names import NameCompleter, NameListEditor
from ..widgets.time_fields import DateEdit, TimeEdit
from .form_layout import PrepareForm

MAX_ATTENDANCE = 100_000


class EventForm(PrepareForm):
    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prepareEvent")
        self.session = session
        self.evt = event
        self.autosave = autosave
        self.binder = FormBinder(autosave, self)
        bind = self.binder

        self.section(self.tr("Het evenement"))
        self.title_row = field_row(QLineEdit(), "eventTitle")
        self.add(self.tr("&Titel:"), self.title_row)
        bind.line(self.title_row, lambda: event.title, lambda v: update_event(session, event, title=v))
        self.date_row = field_row(DateEdit(), "eventDate")
        self.add(self.tr("&Datum:"), self.date_row)
        bind.parsed(
            self.date_row, lambda: event.event_date, lambda v: update_event(session, event, event_date=v)
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
            self.start_row, lambda: event.start_time, lambda v: update_event(session, event, start_time=v)
        )
        bind.parsed(self.end_row, lambda: event.end_time, lambda v: update_event(session, event, end_time=v))

        self.section(self.tr("Waar"))
        self.venue_row = field_row(QLineEdit(), "eventVenue")
        self.venue_row.field.setPlaceholderText(self.tr("bijv. Jaarbeurs"))
        self.add(self.tr("Locat&ie:"), self.venue_row)
        bind.line(self.venue_row, lambda: event.venue, lambda v: update_event(session, event, venue=v))
        self.city_row = field_row(QLineEdit(), "eventCity")
        self.city_row.field.setPlaceholderText(self.tr("bijv. Utrecht"))
        self.add(self.tr("&Plaats:"), self.city_row)
        bind.line(self.city_row, lambda: event.city, lambda v: update_event(session, event, city=v))

        self.section(self.tr("Wie"))
        self.organisers = NameListEditor("eventOrganisers", self.tr("Organisatie toevoegen…"))
        self.organisers.changed.connect(self._store_organisers)
        self.add(
            self.tr("&Organisatoren:"),
            self.organisers,
            hint=self.tr("In de volgorde waarin het verslag ze noemt."),
        )
        self.chair_row = field_row(QLineEdit(), "eventChair")
        self.chair_row.field.setPlaceholderText(self.tr("naam van de dagvoorzitter"))
        self.chair_completer = NameCompleter(self.chair_row.field)
        self.chair_row.field.setCompleter(self.chair_completer)
        self.add(self.tr("Dagvoor&zitter:"), self.chair_row)
        bind.line(self.chair_row, lambda: event.chair.name if event.chair else "", self._store_chair)

        self.section(self.tr("Opkomst"))
        self.expected_row = field_row(self._attendance_box(), "eventAttendanceExpected")
        self.add(self.tr("Verwa&cht:"), self.expected_row)
        bind.spin(
            self.expected_row,
            lambda: event.attendance_expected,
            lambda v: update_event(session, event, attendance_expected=v),
        )
        self.actual_row = field_row(self._attendance_box(), "eventAttendanceActual")
        self.add(self.tr("Wer&kelijk:"), self.actual_row)
        bind.spin(
            self.actual_row,
            lambda: event.attendance_actual,
            lambda v: update_event(session, event, attendance_actual=v),
        )
        self.attendance_text_row = field_row(QLineEdit(), "eventAttendanceText")
        self.attendance_text_row.field.setPlaceholderText(self.tr("bv. ruim honderd aanwezigen"))
        self.add(
            self.tr("I&n woorden:"),
            self.attendance_text_row,
            hint=self.tr("Zo noemt het verslag de opkomst; leeg: het werkelijke aantal."),
        )
        bind.line(
            self.attendance_text_row,
            lambda: event.attendance_text,
            lambda v: update_event(session, event, attendance_text=v),
        )
        self.note(self.tr("Alles wordt opgeslagen zodra u een veld verlaat of op Enter drukt."))

    def _attendance_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(-1, MAX_ATTENDANCE)
        box.setSpecialValueText(self.tr("onbekend"))
        box.setSuffix(self.tr(" personen"))
        box.setFixedWidth(box.fontMetrics().horizontalAdvance("100000 personen") + 48)
        return box

    def reload(self) -> None:
        self.binder.load()
        known_people = [p.name for p in people(self.session, self.evt)]
        self.chair_completer.set_names(known_people)
        self.organisers.set_names(
            [o.name for o in self.evt.organisers], [o.name for o in organisations(self.session, self.evt)]
        )

    def flush(self) -> None:
        self.binder.flush()

    def _store_chair(self, name: str) -> None:
        person = ensure_person(self.session, self.evt, name, commit=False) if name.strip() else None
        update_event(self.session, self.evt, chair_id=person.id if person else None)
        self.session.expire(self.evt, ["chair"])

    def _store_organisers(self, names: list[str]) -> None:
        def store() -> None:
            chosen = [ensure_organisation(self.session, self.evt, n, commit=False) for n in names]
            set_organisers(self.session, self.evt, chosen)

        self.autosave.run(store)
        self.reload()
