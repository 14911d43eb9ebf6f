"""The details of one photo: caption, alt text, credit, consent, its place in the report, who is in it.

Every field saves itself (the app's FormBinder), each stored edit one
workspace action (one undo step); refusals are shown at the field. The
editor holds the shown photo's frozen ``PhotoRow`` and the event's people
and programme items as read from the workspace; ``show_photo`` with a fresh
row of the same photo (after a change here, an undo, another tab) updates
the fields, leaving one being typed in alone. Without consent the photo
stays out of every export, which the form says plainly next to the check
box. objectNames: ``photoPreview``, ``photoInfo``, ``photoCaption``,
``photoAltText``, ``photoCredit``, ``photoConsent``, ``photoConsentNote``,
``photoPlace``, ``photoPeople``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListView, QWidget

from erbij_desktop.app import photo_actions as actions
from erbij_desktop.app import photo_reads as reads
from erbij_desktop.app.photo_reads import PhotoRow, PlaceChoice
from erbij_desktop.ui.events.context import EventContext
from erbij_desktop.ui.prepare.form_layout import PrepareForm
from erbij_desktop.ui.prepare.labels import kind_label
from erbij_desktop.ui.widgets.binding import AutoSave, FormBinder, field_row
from erbij_desktop.ui.widgets.style import MUTED_STYLE
from erbij_desktop.ui.widgets.text_area import TextArea

from .photo_model import PeopleCheckModel, PersonEntry, thumbnail

PREVIEW = QSize(320, 214)
NO_PLACE = 0  # combo data for "no programme item": before the conclusion
WARNING_STYLE = "color: #8c1d18;"


def place_names(items: Sequence[PlaceChoice]) -> dict[int | None, str]:
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
    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoEditor")
        self.ws = context.workspace
        self.autosave = autosave
        self.photo: PhotoRow | None = None
        self.images: Callable[[int], bytes | None] = lambda photo_id: reads.image(self.ws, photo_id)
        self._shown_image: str | None = None  # sha256 of the image in the preview
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
        bind.line(
            self.caption_row,
            lambda: self.photo.caption if self.photo else "",
            self._writer("caption", self.tr("Bijschrift wijzigen")),
        )
        alt = TextArea(lines=2)
        self.alt_row = field_row(alt, "photoAltText")
        alt.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        alt.setPlaceholderText(self.tr("Wat is er op de foto te zien?"))
        self.add(
            self.tr("Bes&chrijving (alt-tekst):"),
            self.alt_row,
            hint=self.tr(
                "Voor wie de foto niet kan zien (schermlezer). Nodig voordat het verslag definitief wordt."
            ),
        )
        bind.line(
            self.alt_row,
            lambda: self.photo.alt_text if self.photo else "",
            self._writer("alt_text", self.tr("Alt-tekst wijzigen")),
        )
        credit = QLineEdit()
        self.credit_row = field_row(credit, "photoCredit")
        credit.setPlaceholderText(self.tr("Fotograaf of bron"))
        self.add(self.tr("Bro&n:"), self.credit_row)
        bind.line(
            self.credit_row,
            lambda: self.photo.credit if self.photo else "",
            self._writer("credit", self.tr("Bron wijzigen")),
        )
        self.consent_row = field_row(
            QCheckBox(self.tr("Iedereen die herkenbaar is, gaf toestemming")), "photoConsent"
        )
        self.add(self.tr("&Toestemming:"), self.consent_row)
        bind.check(
            self.consent_row,
            lambda: bool(self.photo and self.photo.consent),
            self._writer("consent", self.tr("Toestemming wijzigen")),
        )
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

    def _writer(self, field: str, label: str) -> Callable[[object], object]:
        def write(value: object) -> object:
            assert self.photo is not None
            change: dict[str, Any] = {field: value}
            return self._stored(actions.update_photo(self.ws, self.photo.id, label=label, **change))

        return write

    def _stored(self, row: PhotoRow) -> PhotoRow:
        """The row an action returned: what the fields show from now on."""
        if self.photo is not None and row.id == self.photo.id:
            self.photo = row
        return row

    def _place(self, item_id: object) -> object:
        assert self.photo is not None
        place = item_id if isinstance(item_id, int) and item_id != NO_PLACE else None
        label = self.tr("Plek van de foto wijzigen")
        return self._stored(actions.update_photo(self.ws, self.photo.id, after_item_id=place, label=label))

    def _toggle_person(self, person_id: int, pictured: bool) -> bool:
        photo = self.photo
        if photo is None:
            return False
        label = self.tr("Mensen op de foto wijzigen")
        return self.autosave.run(
            lambda: self._stored(actions.set_pictured(self.ws, photo.id, person_id, pictured, label=label)),
            self.consent_row,
        )

    def load_places(self) -> dict[int | None, str]:
        """Read the programme items again: the place picker's choices, and each one's name."""
        items = reads.places(self.ws)
        names = place_names(items)
        combo = self.place_row.field
        assert isinstance(combo, QComboBox)
        combo.blockSignals(True)
        combo.clear()
        for item in items:
            combo.addItem(names[item.id], item.id)
        combo.addItem(names[None], NO_PLACE)
        combo.blockSignals(False)
        self.binder.load(keep_typing=True)  # the combo's choice, again
        return names

    def load_people(self) -> None:
        """Read the event's people again (the check list's rows)."""
        self.people_model.set_people(
            [PersonEntry(p.id, p.name, p.consent) for p in reads.people(self.ws)],
            set(self.photo.people) if self.photo is not None else set(),
        )

    def show_photo(self, photo: PhotoRow | None) -> None:
        """Show this photo; a fresh row of the one shown updates it, leaving typing alone."""
        same = photo is not None and self.photo is not None and photo.id == self.photo.id
        if self.photo is not None and not same:
            self.binder.flush()
        self.photo = photo
        self.binder.enabled = photo is not None
        for row in (self.caption_row, self.alt_row, self.credit_row, self.consent_row, self.place_row):
            row.field.setEnabled(photo is not None)
        self.people_view.setEnabled(photo is not None)
        self.binder.load(keep_typing=same)
        self.consent_note.setVisible(photo is not None and not photo.consent)
        self.people_model.set_checked(set(photo.people) if photo is not None else set())
        if photo is None:
            self._shown_image = None
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Geen foto gekozen"))
            self.info.setText("")
            return
        if photo.sha256 != self._shown_image:
            data = self.images(photo.id)
            self.preview.setPixmap(thumbnail(data, PREVIEW) if data else QPixmap())
            self._shown_image = photo.sha256
        self.info.setText(f"{photo.filename} · {photo.width} × {photo.height} px")

    def flush(self) -> None:
        self.binder.flush()
