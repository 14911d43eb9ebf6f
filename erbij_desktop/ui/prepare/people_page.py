"""Section "Mensen": the people and organisations of the event.

People: name, role, organisation and "Mag genoemd worden" (consent to be
named in the report; off until ticked). Organisations: name and how many
people belong to them. Both lists edit in place; typing a name that already
exists with different case or spacing selects the existing one instead of
adding a duplicate.

objectNames: ``personAdd`` (name field, Enter adds), ``personList``
(columns Naam, Rol, Organisatie, Mag genoemd worden), ``personDelete``,
``organisationAdd``, ``organisationList``, ``organisationDelete``,
``peopleNotice`` (the "already there" note), ``peopleSplitter``.
Mnemonics: Alt+N new person, Alt+G new organisation.

Each add, cell edit and delete is one workspace action (one undo step); both
lists show frozen rows, read again after every change (also one made
elsewhere), and keep their current row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.app import prepare_actions as actions
from erbij_desktop.app import prepare_reads as reads
from erbij_desktop.app.changes import ChangeSet

from ..events.context import EventContext
from ..settings import keys
from ..widgets.binding import AutoSave
from ..widgets.confirm import confirm
from ..widgets.field_row import FieldRow
from ..widgets.record_view import NameDelegate, RecordTable
from ..widgets.splitter_state import restore_splitter, save_splitter
from ..widgets.style import MUTED_STYLE
from .people_models import OrganisationsModel, PeopleModel

SPLITTER_KEY = keys.PREPARE_PEOPLE_SPLITTER


class PeoplePage(QWidget):
    # The feed's tables that change what these lists show.
    WATCHES = ("person", "organisation")

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparePeople")
        self.ws = context.workspace
        self.autosave = autosave
        self.people_model = PeopleModel(self.ws, autosave, self)
        self.organisations_model = OrganisationsModel(self.ws, autosave, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.setChildrenCollapsible(False)
        people_box, self.person_entry, self.person_view, self.person_row = self._list_box(
            self.tr("Mensen"), self.tr("&Nieuwe persoon:"), "person", self.people_model, self._add_person
        )
        self.person_view.setItemDelegateForColumn(
            PeopleModel.ORGANISATION,
            NameDelegate(lambda: reads.organisation_names(self.ws), self),
        )
        header = self.person_view.horizontalHeader()
        header.setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PeopleModel.ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PeopleModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PeopleModel.CONSENT, QHeaderView.ResizeMode.ResizeToContents)
        self.notice = QLabel(self)
        self.notice.setObjectName("peopleNotice")
        self.notice.setWordWrap(True)
        people_layout = people_box.layout()
        assert isinstance(people_layout, QVBoxLayout)
        people_layout.insertWidget(2, self.notice)
        self.notice.hide()
        hint = QLabel(
            self.tr(
                "Niemand wordt in het verslag met naam genoemd zonder vinkje bij ‘Mag genoemd worden’; "
                "zonder toestemming gebruikt het verslag de rol."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED_STYLE)
        people_layout.addWidget(hint)
        organisations_box, self.organisation_entry, self.organisation_view, self.organisation_row = (
            self._list_box(
                self.tr("Organisaties"),
                self.tr("Nieuwe or&ganisatie:"),
                "organisation",
                self.organisations_model,
                self._add_organisation,
            )
        )
        self.organisation_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.organisation_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.splitter.addWidget(people_box)
        self.splitter.addWidget(organisations_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.person_entry)

    def _list_box(
        self, title: str, label_text: str, name: str, model: object, add: object
    ) -> tuple[QWidget, QLineEdit, RecordTable, FieldRow]:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        heading = QLabel(title, box)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        layout.addWidget(heading)
        entry_row = QHBoxLayout()
        label = QLabel(label_text, box)
        entry = QLineEdit(box)
        entry.setObjectName(f"{name}Add")
        entry.setPlaceholderText(self.tr("naam, Enter voegt toe"))
        label.setBuddy(entry)
        entry.returnPressed.connect(add)
        entry_row.addWidget(label)
        entry_row.addWidget(entry, 1)
        layout.addLayout(entry_row)
        view = RecordTable(model, f"{name}List", box)  # type: ignore[arg-type]
        row = FieldRow(view)
        model.refused.connect(row.show_error)  # type: ignore[attr-defined]
        model.stored.connect(row.clear_error)  # type: ignore[attr-defined]
        layout.addWidget(row, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        delete = QPushButton(self.tr("Verwijderen…"), box)
        delete.setObjectName(f"{name}Delete")
        buttons.addWidget(delete)
        layout.addLayout(buttons)
        if name == "person":
            delete.clicked.connect(lambda: self._delete_person(self.person_view.current_row()))
            view.delete_requested.connect(self._delete_person)
        else:
            delete.clicked.connect(lambda: self._delete_organisation(self.organisation_view.current_row()))
            view.delete_requested.connect(self._delete_organisation)
        return box, entry, view, row

    def reload(self) -> None:
        self.people_model.reload()
        self.organisations_model.reload()

    def changed(self, changes: ChangeSet) -> None:
        """Something was stored (here or elsewhere): show it; the current rows stay current."""
        if changes.everything or changes.touches(*self.WATCHES):
            self.reload()

    def flush(self) -> None:
        """Nothing pending: cells store on Enter."""

    def _add_person(self) -> None:
        name = self.person_entry.text()
        label = self.tr("Persoon toevoegen")
        self._add(
            reads.find_person(self.ws, name),
            lambda: actions.add_person(self.ws, name, label=label),
            self.person_entry,
            self.person_row,
            self.person_view,
            self.people_model,
            self.tr("‘%1’ staat al in de lijst en is geselecteerd."),
        )

    def _add_organisation(self) -> None:
        name = self.organisation_entry.text()
        label = self.tr("Organisatie toevoegen")
        self._add(
            reads.find_organisation(self.ws, name),
            lambda: actions.add_organisation(self.ws, name, label=label),
            self.organisation_entry,
            self.organisation_row,
            self.organisation_view,
            self.organisations_model,
            self.tr("‘%1’ staat al in de lijst en is geselecteerd."),
        )

    def _add(
        self,
        existing: int | None,
        create: Callable[[], int],
        entry: QLineEdit,
        row: FieldRow,
        view: RecordTable,
        model: PeopleModel | OrganisationsModel,
        already: str,
    ) -> None:
        self.notice.hide()
        if existing is not None:
            model.reload()
            record = model.record(model.row_of(existing))
            self.notice.setText(already.replace("%1", getattr(record, "name", "")))
            self.notice.show()
            record_id = existing
        else:
            made: list[int] = []
            if not self.autosave.run(lambda: made.append(create()), row):
                return
            record_id = made[0]
        entry.clear()
        model.reload()
        view.select_row(model.row_of(record_id), 0)

    def _delete_person(self, row: int) -> None:
        person = self.people_model.record(row)
        if person is None:
            return
        confirm(
            self,
            self.tr("Persoon verwijderen"),
            self.tr("‘%1’ verwijderen?").replace("%1", person.name),
            lambda: self._really_delete(
                lambda: actions.delete_person(self.ws, person.id, label=self.tr("Persoon verwijderen"))
            ),
            detail=self.tr("Bijdragen, citaten en tafels van deze persoon blijven bestaan, zonder naam."),
        )

    def _delete_organisation(self, row: int) -> None:
        organisation = self.organisations_model.record(row)
        if organisation is None:
            return
        confirm(
            self,
            self.tr("Organisatie verwijderen"),
            self.tr("‘%1’ verwijderen?").replace("%1", organisation.name),
            lambda: self._really_delete(
                lambda: actions.delete_organisation(
                    self.ws, organisation.id, label=self.tr("Organisatie verwijderen")
                )
            ),
            detail=self.tr("Mensen en bijdragen van deze organisatie blijven bestaan, zonder organisatie."),
        )

    def _really_delete(self, operation: Callable[[], object]) -> None:
        self.autosave.run(operation)
        self.reload()

    def save_state(self, settings: QSettings) -> None:
        save_splitter(self.splitter, settings, SPLITTER_KEY)

    def restore_state(self, settings: QSettings) -> None:
        restore_splitter(self.splitter, settings, SPLITTER_KEY)
