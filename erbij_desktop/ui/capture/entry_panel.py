"""Where a contribution is typed: the text, optionally who said it, and why it was refused.

Enter in any of the three fields saves; the owner commits and only then calls
``saved()``, which clears the fields. A refusal (empty text, too long) is shown
right under the field and nothing is cleared, so no typed word is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from erbij_desktop.domain.outline import EventStructure
from erbij_desktop.ui.widgets.field_row import ERROR_STYLE, set_invalid

from .entry import ContributionEntry
from .name_field import NameField

NEW_STYLE = "color: #1f6f3a; font-size: 85%;"
HINT_STYLE = "color: #7a7a7a; font-size: 85%;"


class EntryPanel(QWidget):
    # text, person, organisation
    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryPanel")
        self.entry = ContributionEntry(self)
        self.error = QLabel(self)
        self.error.setObjectName("contributionEntryError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.person = NameField("personField", self)
        self.person.setPlaceholderText(self.tr("Persoon (optioneel)"))
        self.organisation = NameField("organisationField", self)
        self.organisation.setPlaceholderText(self.tr("Organisatie (optioneel)"))
        person_label = QLabel(self.tr("&Persoon"), self)
        person_label.setBuddy(self.person)
        organisation_label = QLabel(self.tr("&Organisatie"), self)
        organisation_label.setBuddy(self.organisation)
        self.person_new = self._new_marker("personNew")
        self.organisation_new = self._new_marker("organisationNew")
        self.person.novelty_changed.connect(self.person_new.setVisible)
        self.organisation.novelty_changed.connect(self.organisation_new.setVisible)
        self.person.picked.connect(self._person_picked)

        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.add_button.setObjectName("addContribution")
        self.add_button.setToolTip(self.tr("Bewaart de bijdrage (Enter)"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self.tr("Enter bewaart · Shift+Enter nieuwe regel · ↑ naar de lijst"), self)
        self.hint.setObjectName("entryHint")
        self.hint.setStyleSheet(HINT_STYLE)

        self.entry.submitted.connect(lambda _text: self._submit())
        self.person.submitted.connect(self._submit)
        self.organisation.submitted.connect(self._submit)
        self.add_button.clicked.connect(self._submit)
        self.entry.textChanged.connect(self._typed)
        self._organisation_of: dict[str, str] = {}
        self._structure: EventStructure | None = None

        names = QHBoxLayout()
        names.setSpacing(6)
        names.addWidget(person_label)
        names.addWidget(self.person, 1)
        names.addWidget(self.person_new)
        names.addSpacing(10)
        names.addWidget(organisation_label)
        names.addWidget(self.organisation, 1)
        names.addWidget(self.organisation_new)
        names.addSpacing(10)
        names.addWidget(self.add_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.entry, 0, 0)
        grid.addWidget(self.error, 1, 0)
        grid.addLayout(names, 2, 0)
        grid.addWidget(self.hint, 3, 0)
        self.setFocusProxy(self.entry)

    def _new_marker(self, name: str) -> QLabel:
        marker = QLabel(self.tr("nieuw"), self)
        marker.setObjectName(name)
        marker.setStyleSheet(NEW_STYLE)
        marker.setToolTip(self.tr("Deze naam is nog niet bekend; bij bewaren wordt hij toegevoegd."))
        marker.hide()
        return marker

    def set_structure(self, structure: EventStructure | None) -> None:
        self._structure = structure
        self.person.set_names(structure.people if structure else [])
        self.organisation.set_names(structure.organisations if structure else [])

    def set_placeholder(self, table: str) -> None:
        if table:
            text = self.tr("Wat zegt %1? Typ en druk op Enter").replace("%1", table)
        else:
            text = self.tr("Typ wat er gezegd wordt en druk op Enter")
        self.entry.setPlaceholderText(text)

    def _person_picked(self, name: str) -> None:
        """A known person: fill in their organisation when none was typed."""
        if self._structure is not None and not self.organisation.text().strip():
            organisation = self._structure.organisation_of(name)
            if organisation:
                self.organisation.setText(organisation)

    def _submit(self) -> None:
        self.submitted.emit(self.entry.text(), self.person.text(), self.organisation.text())

    def _typed(self) -> None:
        if not self.error.isHidden() and self.entry.text().strip():
            self.clear_error()

    def saved(self) -> None:
        """The contribution is on disk: clear the fields for the next one."""
        self.entry.clear_after_save()
        self.person.clear()
        self.organisation.clear()
        self.clear_error()
        self.entry.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        set_invalid(self.entry, True)
        self.entry.setFocus()

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()
        set_invalid(self.entry, False)
