"""Table models for people (name, role, organisation, consent) and organisations (name, people)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event, Organisation, Person
from erbij_desktop.domain.people import (
    ensure_organisation,
    organisations,
    people,
    rename_organisation,
    rename_person,
    update_person,
)

from ..widgets.binding import AutoSave
from ..widgets.record_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


class PeopleModel(RecordTableModel[Person]):
    NAME, ROLE, ORGANISATION, CONSENT = range(4)

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QObject | None = None
    ) -> None:
        self.session = session
        self.evt = event
        columns = [
            Column[Person](_tr("Naam"), lambda p: p.name, lambda p, v: rename_person(session, p, v)),
            Column[Person](_tr("Rol"), lambda p: p.role, lambda p, v: update_person(session, p, role=v)),
            Column[Person](
                _tr("Organisatie"),
                lambda p: p.organisation.name if p.organisation else "",
                self._set_organisation,
            ),
            Column[Person](
                _tr("Mag genoemd worden"),
                lambda p: p.consent_to_name,
                lambda p, v: update_person(session, p, consent_to_name=bool(v)),
                check=True,
                tooltip=lambda p: (
                    _tr("%1 mag in het verslag met naam genoemd worden.")
                    if p.consent_to_name
                    else _tr("Zonder toestemming noemt het verslag %1 niet bij naam.")
                ).replace("%1", p.name),
            ),
        ]
        super().__init__(autosave, columns, lambda: people(session, event), parent=parent)

    def _set_organisation(self, person: Person, name: str) -> None:
        organisation = (
            ensure_organisation(self.session, self.evt, name, commit=False) if name.strip() else None
        )
        update_person(self.session, person, organisation=organisation)


class OrganisationsModel(RecordTableModel[Organisation]):
    NAME, MEMBERS = range(2)

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QObject | None = None
    ) -> None:
        self.session = session
        self.evt = event
        self._members: Counter[int] = Counter()
        columns = [
            Column[Organisation](
                _tr("Naam"), lambda o: o.name, lambda o, v: rename_organisation(session, o, v)
            ),
            Column[Organisation](_tr("Mensen"), lambda o: self._members[o.id], align_right=True),
        ]
        super().__init__(autosave, columns, lambda: organisations(session, event), parent=parent)

    def reload(self) -> None:
        self._members = Counter(
            p.organisation_id for p in people(self.session, self.evt) if p.organisation_id
        )
        super().reload()
