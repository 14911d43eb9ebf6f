"""Editing one programme item: what it is, when, who is on stage, what happened, its quotes and figures.

Three tabs: "Onderdeel" (kind, heading, planned start, duration, people on
stage, narrative), "Citaten" and "Kerncijfers". A planned start left empty
means the item follows the previous one. objectNames: ``itemKind``,
``itemHeading``, ``itemStart``, ``itemDuration``, ``itemPeople`` (add field
``itemPeopleAdd``), ``itemNarrative``, ``itemFiguresSummary``, ``itemTabs``; Alt+S kind,
Alt+K heading, Alt+G start, Alt+U duration, Alt+P people, Alt+T narrative, Alt+Z the key
figures in one sentence (the text alternative of the figures box);
Ctrl+Tab / Ctrl+PgDn switch between the three tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTabWidget, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.models import Event, ProgrammeItem
from erbij_desktop.domain.people import ensure_person, people
from erbij_desktop.domain.programme import MAX_DURATION, set_people_on_stage, update_programme_item

from ..widgets.binding import AutoSave, FormBinder, field_row
from ..widgets.names import NameListEditor
from ..widgets.text_area import TextArea
from ..widgets.time_fields import TimeEdit
from .figures_editor import FiguresEditor
from .form_layout import PrepareForm
from .labels import kind_label
from .quotes_editor import QuotesEditor


def kind_box() -> QComboBox:
    box = QComboBox()
    for kind in ProgrammeKind:
        box.addItem(kind_label(kind), kind)
    return box


def duration_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_DURATION)
    box.setSingleStep(5)
    box.setSpecialValueText("–")
    box.setSuffix(QCoreApplication.translate("ProgrammeItemEditor", " min"))
    box.setFixedWidth(box.fontMetrics().horizontalAdvance("480 min") + 48)
    return box


class ProgrammeItemEditor(QTabWidget):
    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemTabs")
        self.session = session
        self.evt = event
        self.autosave = autosave
        self.item: ProgrammeItem | None = None
        self.form = PrepareForm(self)
        self.binder = bind = FormBinder(autosave, self)

        def item() -> ProgrammeItem:
            assert self.item is not None
            return self.item

        def update(**fields: object) -> None:
            update_programme_item(session, item(), **fields)

        self.kind_row = field_row(kind_box(), "itemKind")
        self.form.add(self.tr("&Soort:"), self.kind_row)
        bind.combo(self.kind_row, lambda: item().kind, lambda v: update(kind=v))
        self.heading_row = field_row(QLineEdit(), "itemHeading")
        self.heading_row.field.setPlaceholderText(self.tr("tussenkop in het verslag (mag leeg blijven)"))
        self.form.add(self.tr("&Kop:"), self.heading_row)
        bind.line(self.heading_row, lambda: item().heading, lambda v: update(heading=v))
        self.start_row = field_row(TimeEdit(), "itemStart")
        self.start_row.field.setPlaceholderText(self.tr("aansluitend"))
        self.form.add(
            self.tr("Be&gintijd:"),
            self.start_row,
            hint=self.tr("Leeg: begint zodra het vorige onderdeel eindigt."),
        )
        bind.parsed(self.start_row, lambda: item().planned_start, lambda v: update(planned_start=v))
        self.duration_row = field_row(duration_box(), "itemDuration")
        self.form.add(self.tr("D&uur:"), self.duration_row)
        bind.spin(self.duration_row, lambda: item().duration_minutes, lambda v: update(duration_minutes=v))
        self.people = NameListEditor("itemPeople", self.tr("Naam toevoegen…"))
        self.people.changed.connect(self._store_people)
        self.form.add(self.tr("O&p het podium:"), self.people, hint=self.tr("Spreker(s), in volgorde."))
        self.narrative_row = field_row(TextArea(lines=8), "itemNarrative")
        self.form.add(
            self.tr("&Tekst voor het verslag:"),
            self.narrative_row,
            hint=self.tr("Wat er gebeurde, voor het verslag."),
        )
        bind.line(self.narrative_row, lambda: item().narrative, lambda v: update(narrative=v))
        self.summary_row = field_row(TextArea(lines=2), "itemFiguresSummary")
        self.form.add(
            self.tr("Kerncijfers in één &zin:"),
            self.summary_row,
            hint=self.tr(
                "Wat de cijfers samen zeggen, voor wie het kader niet ziet (leeg: de cijfers op een rij)."
            ),
        )
        bind.line(self.summary_row, lambda: item().figures_summary, lambda v: update(figures_summary=v))

        self.quotes = QuotesEditor(session, event, autosave, lambda: self.item)
        self.figures = FiguresEditor(session, event, autosave, lambda: self.item)
        self.addTab(self.form, self.tr("Onderdeel"))
        self.addTab(self.quotes, self.tr("Citaten"))
        self.addTab(self.figures, self.tr("Kerncijfers"))
        self.quotes.model.modelReset.connect(self._update_counts)
        self.quotes.model.rowsRemoved.connect(self._update_counts)
        self.figures.model.modelReset.connect(self._update_counts)
        self.set_item(None)

    def set_item(self, item: ProgrammeItem | None) -> None:
        if self.item is not None and item is not self.item:
            self.binder.flush()
        self.item = item
        self.setEnabled(item is not None)
        self.binder.enabled = item is not None
        if item is not None:
            self.binder.load()
            self.people.set_names(
                [p.name for p in item.people], [p.name for p in people(self.session, self.evt)]
            )
        else:
            for widget in (
                self.heading_row.field,
                self.start_row.field,
                self.narrative_row.field,
                self.summary_row.field,
            ):
                widget.setText("")  # type: ignore[attr-defined]
            self.people.set_names([])
        self.quotes.reload()
        self.figures.reload()

    def flush(self) -> None:
        if self.item is not None:
            self.binder.flush()

    def _update_counts(self) -> None:
        self.setTabText(1, self.tr("Citaten (%1)").replace("%1", str(self.quotes.model.rowCount())))
        self.setTabText(2, self.tr("Kerncijfers (%1)").replace("%1", str(self.figures.model.rowCount())))

    def _store_people(self, names: list[str]) -> None:
        item = self.item
        if item is None:
            return

        def store() -> None:
            chosen = [ensure_person(self.session, self.evt, n, commit=False) for n in names]
            set_people_on_stage(self.session, item, chosen)

        self.autosave.run(store)
        self.people.set_names([p.name for p in item.people], [p.name for p in people(self.session, self.evt)])
