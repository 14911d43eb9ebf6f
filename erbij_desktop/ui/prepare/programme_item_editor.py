"""Editing one programme item: what it is, when, who is on stage, what happened, its quotes and figures.

Three tabs: "Onderdeel" (kind, heading, planned start, duration, people on
stage, narrative), "Citaten" and "Kerncijfers". A planned start left empty
means the item follows the previous one. objectNames: ``itemKind``,
``itemHeading``, ``itemStart``, ``itemDuration``, ``itemPeople`` (add field
``itemPeopleAdd``), ``itemNarrative``, ``itemFiguresSummary``, ``itemTabs``; Alt+S kind,
Alt+K heading, Alt+G start, Alt+U duration, Alt+P people, Alt+T narrative, Alt+Z the key
figures in one sentence (the text alternative of the figures box);
Ctrl+Tab / Ctrl+PgDn switch between the three tabs.

The editor holds the item's id; its fields show the frozen ``ProgrammeRow``
the programme list holds (read again after every change). Each stored edit
is one workspace action (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTabWidget, QWidget

from erbij_desktop.app import prepare_reads
from erbij_desktop.app import programme_actions as actions
from erbij_desktop.app.programme_reads import ProgrammeRow
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.programme import MAX_DURATION

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
        self,
        ws: Workspace,
        autosave: AutoSave,
        lookup: Callable[[int], ProgrammeRow | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemTabs")
        self.ws = ws
        self.autosave = autosave
        self.lookup = lookup  # the programme list's current row of an item
        self.item_id: int | None = None
        self.form = PrepareForm(self)
        self.binder = bind = FormBinder(autosave, self)
        label = self.tr("Programmaonderdeel wijzigen")

        def item() -> ProgrammeRow:
            found = self.item
            assert found is not None
            return found

        def update(**fields: object) -> None:
            assert self.item_id is not None
            actions.update_item(ws, self.item_id, label=label, **fields)

        self.kind_row = field_row(kind_box(), "itemKind")
        self.form.add(self.tr("&Soort:"), self.kind_row)
        bind.combo(self.kind_row, lambda: item().kind, lambda v: update(kind=v))
        heading = QLineEdit()
        heading.setPlaceholderText(self.tr("tussenkop in het verslag (mag leeg blijven)"))
        self.heading_row = field_row(heading, "itemHeading")
        self.form.add(self.tr("&Kop:"), self.heading_row)
        bind.line(self.heading_row, lambda: item().heading, lambda v: update(heading=v))
        start = TimeEdit()
        start.setPlaceholderText(self.tr("aansluitend"))
        self.start_row = field_row(start, "itemStart")
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

        self.quotes = QuotesEditor(ws, autosave, lambda: self.item_id)
        self.figures = FiguresEditor(ws, autosave, lambda: self.item_id)
        self.addTab(self.form, self.tr("Onderdeel"))
        self.addTab(self.quotes, self.tr("Citaten"))
        self.addTab(self.figures, self.tr("Kerncijfers"))
        self.quotes.model.modelReset.connect(self._update_counts)
        self.quotes.model.rowsRemoved.connect(self._update_counts)
        self.figures.model.modelReset.connect(self._update_counts)
        self.set_item(None)

    @property
    def item(self) -> ProgrammeRow | None:
        return self.lookup(self.item_id) if self.item_id is not None else None

    def set_item(self, item_id: int | None) -> None:
        """Show another item (or none); what was typed for the previous one is stored first."""
        if item_id != self.item_id:
            self.flush()
            self.people.clear_entry()
        self.item_id = item_id
        present = self.item is not None
        self.setEnabled(present)
        self.binder.enabled = present
        if present:
            self.binder.load()
        else:
            self.item_id = None
            for widget in (
                self.heading_row.field,
                self.start_row.field,
                self.narrative_row.field,
                self.summary_row.field,
            ):
                widget.setText("")  # type: ignore[attr-defined]
        self._show_people()
        self.quotes.reload()
        self.figures.reload()

    def refresh(self) -> None:
        """The item was stored anew (here or elsewhere): show it, leaving a field being typed in alone."""
        if self.item is None:
            self.set_item(None)
            return
        self.binder.load(keep_typing=True)
        self._show_people()
        self.quotes.reload()
        self.figures.reload()

    def flush(self) -> None:
        if self.item is not None:
            self.binder.flush()

    def _update_counts(self) -> None:
        self.setTabText(1, self.tr("Citaten (%1)").replace("%1", str(self.quotes.model.rowCount())))
        self.setTabText(2, self.tr("Kerncijfers (%1)").replace("%1", str(self.figures.model.rowCount())))

    def _show_people(self) -> None:
        item = self.item
        self.people.set_names(list(item.people) if item else [], prepare_reads.person_names(self.ws))

    def _store_people(self, names: list[str]) -> None:
        if self.item_id is None:
            return
        item_id, label = self.item_id, self.tr("Podium wijzigen")
        self.autosave.run(lambda: actions.set_people_on_stage(self.ws, item_id, names, label=label))
        self._show_people()
