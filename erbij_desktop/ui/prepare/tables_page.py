"""Section "Tafels": the tables in the room and their hosts.

"12 tafels toevoegen" in one step (spin box + button; the names continue
"Tafel N"), or one table with a name of your own. Names and hosts edit in
place (the host column completes from the people; a new name adds a
person). objectNames: ``tableCount`` (spin box), ``tableAddMany``,
``tableAddName``, ``tableAddButton``, ``tableList`` (columns Tafel,
Tafelhost, Bijdragen), ``tableUp``, ``tableDown``, ``tableDelete``.
Alt+N focuses the count, Enter there adds the tables; Alt+T the name field.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QWidget
from sqlalchemy.orm import Session

from erbij_desktop.domain.contribution_rows import counts_by_table_in_event
from erbij_desktop.domain.models import Event, EventTable
from erbij_desktop.domain.people import ensure_person, people
from erbij_desktop.domain.rounds import (
    MAX_TABLES_AT_ONCE,
    add_table,
    add_tables,
    contribution_count,
    delete_table,
    move_table,
    rename_table,
    set_table_host,
    tables,
)

from ..widgets.binding import AutoSave, field_row
from ..widgets.confirm import confirm
from ..widgets.record_model import Column, RecordTableModel
from ..widgets.record_view import NameDelegate
from .list_editor import ListEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("TablesPage", text)


class TablesModel(RecordTableModel[EventTable]):
    NAME, HOST, CONTRIBUTIONS = range(3)

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QObject | None = None
    ) -> None:
        self.session, self.evt = session, event
        self._counts: Counter[int] = Counter()
        columns = [
            Column[EventTable](_tr("Tafel"), lambda t: t.name, lambda t, v: rename_table(session, t, v)),
            Column[EventTable](_tr("Tafelhost"), lambda t: t.host.name if t.host else "", self._set_host),
            Column[EventTable](_tr("Bijdragen"), lambda t: self._counts[t.id], align_right=True),
        ]
        super().__init__(
            autosave,
            columns,
            lambda: tables(session, event),
            move=lambda t, i: move_table(session, t, i),
            parent=parent,
        )

    def reload(self) -> None:
        self._counts = Counter(counts_by_table_in_event(self.session, self.evt.id))
        super().reload()

    def _set_host(self, table: EventTable, name: str) -> None:
        host = ensure_person(self.session, self.evt, name, commit=False) if name.strip() else None
        set_table_host(self.session, table, host)


class TablesPage(ListEditor):
    ADD_LABEL = QT_TRANSLATE_NOOP("ListEditor", "Of één &tafel:")
    FIELDS = (
        ("Name", "name", QT_TRANSLATE_NOOP("ListEditor", "naam van één tafel (leeg: volgende nummer)"), 3),
    )

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        self.session, self.evt = session, event
        super().__init__(TablesModel(session, event, autosave), "table", autosave, parent)
        self.setObjectName("prepareTables")
        self.layout().setContentsMargins(20, 12, 20, 12)
        many = QHBoxLayout()
        label = QLabel(_tr("Aa&ntal tafels:"), self)
        self.count_row = field_row(QSpinBox(), "tableCount")
        count = self.count_row.field
        assert isinstance(count, QSpinBox)
        count.setRange(1, MAX_TABLES_AT_ONCE)
        count.setValue(12)
        count.setMinimumWidth(80)
        label.setBuddy(count)
        count.lineEdit().returnPressed.connect(self._add_many)
        self.add_many = QPushButton(self)
        self.add_many.setObjectName("tableAddMany")
        self.add_many.clicked.connect(self._add_many)
        count.valueChanged.connect(self._label_add_many)
        self._label_add_many(count.value())
        for widget in (label, self.count_row, self.add_many):
            many.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        many.addStretch(1)
        self.layout().insertLayout(0, many)  # type: ignore[attr-defined]
        self.view.setItemDelegateForColumn(
            TablesModel.HOST, NameDelegate(lambda: [p.name for p in people(session, event)], self)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TablesModel.HOST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TablesModel.CONTRIBUTIONS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(TablesModel.NAME, 220)
        self.setFocusProxy(count)

    def _label_add_many(self, value: int) -> None:
        text = _tr("%1 tafels toevoegen") if value != 1 else _tr("1 tafel toevoegen")
        self.add_many.setText(text.replace("%1", str(value)))

    def flush(self) -> None:
        """Nothing pending: cells store on Enter."""

    def _add_many(self) -> None:
        count = self.count_row.field
        assert isinstance(count, QSpinBox)
        count.interpretText()
        made: list[EventTable] = []
        if self.autosave.run(
            lambda: made.extend(add_tables(self.session, self.evt, count.value())), self.count_row
        ):
            self.model.reload()
            self.view.select_row(self.model.row_of(made[-1]), TablesModel.NAME)

    def _add(self) -> None:
        made: list[EventTable] = []
        name = self.value("name").strip() or None
        if self.autosave.run(lambda: made.append(add_table(self.session, self.evt, name)), self.row_for):
            self.added(made[0])

    def _delete(self, row: int) -> None:
        table = self.model.record(row)
        if table is None:
            return
        count = contribution_count(self.session, table=table)
        detail = (
            _tr("De %1 bijdragen van deze tafel blijven bewaard, zonder tafel.").replace("%1", str(count))
            if count
            else _tr("Aan deze tafel zijn nog geen bijdragen vastgelegd.")
        )
        confirm(
            self,
            _tr("Tafel verwijderen"),
            _tr("‘%1’ verwijderen?").replace("%1", table.name),
            lambda: self.autosave.run(lambda: delete_table(self.session, table)) and self.deleted(row),
            detail=detail,
        )
