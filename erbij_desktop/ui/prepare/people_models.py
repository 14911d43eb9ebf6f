"""Table models for people (name, role, organisation, consent) and organisations (name, people).

The rows are frozen ``PersonRow`` / ``OrganisationRow``s read from the
workspace; each cell edit is one workspace action (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from erbij_desktop.app import prepare_actions as actions
from erbij_desktop.app import prepare_reads as reads
from erbij_desktop.app.prepare_reads import OrganisationRow, PersonRow
from erbij_desktop.app.workspace import Workspace

from ..widgets.binding import AutoSave
from ..widgets.record_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


class PeopleModel(RecordTableModel[PersonRow]):
    NAME, ROLE, ORGANISATION, CONSENT = range(4)

    def __init__(self, ws: Workspace, autosave: AutoSave, parent: QObject | None = None) -> None:
        changed = _tr("Persoon wijzigen")
        columns = [
            Column[PersonRow](
                _tr("Naam"),
                lambda p: p.name,
                lambda p, v: actions.rename_person(ws, p.id, v, label=_tr("Persoon hernoemen")),
            ),
            Column[PersonRow](
                _tr("Rol"),
                lambda p: p.role,
                lambda p, v: actions.update_person(ws, p.id, label=changed, role=v),
            ),
            Column[PersonRow](
                _tr("Organisatie"),
                lambda p: p.organisation,
                lambda p, v: actions.set_person_organisation(ws, p.id, v, label=changed),
            ),
            Column[PersonRow](
                _tr("Mag genoemd worden"),
                lambda p: p.consent_to_name,
                lambda p, v: actions.update_person(ws, p.id, label=changed, consent_to_name=bool(v)),
                check=True,
                tooltip=lambda p: (
                    _tr("%1 mag in het verslag met naam genoemd worden.")
                    if p.consent_to_name
                    else _tr("Zonder toestemming noemt het verslag %1 niet bij naam.")
                ).replace("%1", p.name),
            ),
        ]
        super().__init__(autosave, columns, lambda: reads.person_rows(ws), parent=parent, key=lambda p: p.id)


class OrganisationsModel(RecordTableModel[OrganisationRow]):
    NAME, MEMBERS = range(2)

    def __init__(self, ws: Workspace, autosave: AutoSave, parent: QObject | None = None) -> None:
        columns = [
            Column[OrganisationRow](
                _tr("Naam"),
                lambda o: o.name,
                lambda o, v: actions.rename_organisation(ws, o.id, v, label=_tr("Organisatie hernoemen")),
            ),
            Column[OrganisationRow](_tr("Mensen"), lambda o: o.members, align_right=True),
        ]
        super().__init__(
            autosave, columns, lambda: reads.organisation_rows(ws), parent=parent, key=lambda o: o.id
        )
