"""The details of one photo: caption, alt text, credit, consent, its place in the report, who is in it.

Every field saves itself (the app's FormBinder), refusals are shown at the
field. Without consent the photo stays out of every export, which the form
says plainly next to the check box. objectNames: ``photoPreview``,
``photoInfo``, ``photoCaption``, ``photoAltText``, ``photoCredit``, ``photoConsent``,
``photoConsentNote``, ``photoPlace``, ``photoPeople``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListView, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event, Person, Photo, ProgrammeItem
from erbij_desktop.domain.people import people as event_people
from erbij_desktop.domain.photos import update_photo
from erbij_desktop.domain.programme import programme_items
from erbij_desktop.ui.prepare.form_layout import PrepareForm
from erbij_desktop.ui.prepare.labels import kind_label
from erbij_desktop.ui.widgets.binding import AutoSave, FormBinder, field_row
from erbij_desktop.ui.widgets.style import MUTED_STYLE
from erbij_desktop.ui.widgets.text_area import TextArea

from .photo_model import PeopleCheckModel, PersonEntry, thumbnail

PREVIEW = QSize(320, 214)
NO_PLACE = 0  # combo data for "no programme item": before the conclusion
WARNING_STYLE = "color: #8c1d18;"


def place_names(items: list[ProgrammeItem]) -> dict[int | None, str]:
    """'Na ‘Koplopers in Rotterdam’' per programme item, and the place of unplaced photos."""
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    names: dict[int | None, str] = {}
    for number, item in enumerate(items, start=1):
        title = item.heading or f"{kind_label(item.kind)} ({number})"
        names[item.id] = tr("PhotoEditor", "Na ‘%1’").replace("%1", title)
    names[None] = tr("PhotoEditor", "Aan het eind, vóór de conclusie")
    return names


class PhotoEditor(PrepareForm):
    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoEditor")
        self.session = session
        self.evt = event
        self.autosave = autosave
        self.photo: Photo | None = None
        self.binder = bind = FormBinder(autosave, self)

        self.preview = QLabel(self)
        self.preview.setObjectName("photoPreview")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: palette(mid); border-radius: 3px;")
        self.form.addRow(self.preview)
        self.info = QLabel(self)
        self.info.setObjectName("photoInfo")
        self.info.setStyleSheet(MUTED_STYLE)
        self.form.addRow(self.info)

        self.caption_row = field_row(TextArea(lines=3), "photoCaption")
        self.caption_row.field.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.add(self.tr("Bij&schrift:"), self.caption_row)
        bind.line(self.caption_row, lambda: self.photo.caption if self.photo else "", self._writer("caption"))
        self.alt_row = field_row(TextArea(lines=2), "photoAltText")
        self.alt_row.field.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.alt_row.field.setPlaceholderText(self.tr("Wat is er op de foto te zien?"))
        self.add(
            self.tr("Bes&chrijving (alt-tekst):"),
            self.alt_row,
            hint=self.tr(
                "Voor wie de foto niet kan zien (schermlezer). Nodig voordat het verslag definitief wordt."
            ),
        )
        bind.line(self.alt_row, lambda: self.photo.alt_text if self.photo else "", self._writer("alt_text"))
        self.credit_row = field_row(QLineEdit(), "photoCredit")
        self.credit_row.field.setPlaceholderText(self.tr("Fotograaf of bron"))
        self.add(self.tr("Bro&n:"), self.credit_row)
        bind.line(self.credit_row, lambda: self.photo.credit if self.photo else "", self._writer("credit"))
        self.consent_row = field_row(
            QCheckBox(self.tr("Iedereen die herkenbaar is, gaf toestemming")), "photoConsent"
        )
        self.add(self.tr("&Toestemming:"), self.consent_row)
        bind.check(self.consent_row, lambda: bool(self.photo and self.photo.consent), self._writer("consent"))
        self.consent_note = QLabel(self.tr("Zonder toestemming komt deze foto in geen enkele export."), self)
        self.consent_note.setObjectName("photoConsentNote")
        self.consent_note.setStyleSheet(WARNING_STYLE)
        self.consent_note.setWordWrap(True)
        self.form.addRow("", self.consent_note)
        self.place_row = field_row(QComboBox(), "photoPlace")
        self.add(self.tr("Ple&k:"), self.place_row, hint=self.tr("Na welk programmaonderdeel de foto staat."))
        bind.combo(
            self.place_row,
            lambda: (self.photo.after_item_id or NO_PLACE) if self.photo else NO_PLACE,
            self._place,
        )
        self.people_model = PeopleCheckModel(self)
        self.people_model.toggler = self._toggle_person
        self.people_view = QListView(self)
        self.people_view.setObjectName("photoPeople")
        self.people_view.setModel(self.people_model)
        self.people_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.people_view.setToolTip(
            self.tr(
                "Wie er op de foto staat. Wie geen toestemming gaf, wordt in het bijschrift niet genoemd."
            )
        )
        self.add(self.tr("Mensen o&p de foto:"), self.people_view)
        self.show_photo(None)

    def _writer(self, field: str):  # type: ignore[no-untyped-def]
        def write(value: object) -> object:
            assert self.photo is not None
            return update_photo(self.session, self.photo, **{field: value})

        return write

    def _place(self, item_id: object) -> object:
        assert self.photo is not None
        item = self.session.get(ProgrammeItem, item_id) if isinstance(item_id, int) and item_id else None
        return update_photo(self.session, self.photo, after_item=item)

    def _toggle_person(self, person_id: int, pictured: bool) -> bool:
        photo = self.photo
        if photo is None:
            return False
        current = [p for p in photo.people if p.id != person_id]
        if pictured:
            person = self.session.get(Person, person_id)
            if person is not None:
                current.append(person)
        return self.autosave.run(lambda: update_photo(self.session, photo, people=current), self.consent_row)

    def load_places(self) -> dict[int | None, str]:
        items = list(programme_items(self.session, self.evt))
        names = place_names(items)
        combo = self.place_row.field
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        for item in items:
            combo.addItem(names[item.id], item.id)
        combo.addItem(names[None], NO_PLACE)
        combo.blockSignals(False)
        return names

    def show_photo(self, photo: Photo | None) -> None:
        if self.photo is not None and self.photo is not photo:
            self.binder.flush()
        self.photo = photo
        self.binder.enabled = photo is not None
        for row in (self.caption_row, self.alt_row, self.credit_row, self.consent_row, self.place_row):
            row.field.setEnabled(photo is not None)
        self.people_view.setEnabled(photo is not None)
        self.binder.load()
        self.consent_note.setVisible(photo is not None and not photo.consent)
        everyone = event_people(self.session, self.evt)
        self.people_model.set_people(
            [PersonEntry(p.id, p.name, p.consent_to_name) for p in everyone],
            {p.id for p in photo.people} if photo is not None else set(),
        )
        if photo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Geen foto gekozen"))
            self.info.setText("")
            return
        self.preview.setPixmap(thumbnail(photo.image, PREVIEW))
        self.info.setText(f"{photo.filename} · {photo.width} × {photo.height} px")

    def stored(self) -> None:
        """After a save: what depends on the stored values (the consent note)."""
        self.consent_note.setVisible(self.photo is not None and not self.photo.consent)

    def flush(self) -> None:
        self.binder.flush()
