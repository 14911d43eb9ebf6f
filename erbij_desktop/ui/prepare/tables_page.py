"""Section "Tafels": the tables in the room and their hosts.

"Aantal tafels" sets how many tables there are (spin box + button; new
names continue "Tafel N", fewer removes the last ones if nothing was
captured at them and they have no host; Enter twice changes nothing the
second time), or one table with a name of your own. Names and hosts edit in
place (the host column completes from the people; a new name adds a
person). objectNames: ``tableCount`` (spin box), ``tableAddMany``,
``tableAddName``, ``tableAddButton``, ``tableList`` (columns Tafel,
Tafelhost, Bijdragen), ``tableUp``, ``tableDown``, ``tableDelete``.
Alt+N focuses the count, Enter there sets it; Alt+T the name field.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QWidget

from erbij_desktop.app import prepare_actions as actions
from erbij_desktop.app import prepare_reads as reads
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.app.prepare_reads import TableRow
from erbij_desktop.domain.rounds import MAX_TABLES_AT_ONCE

from ..events.context import EventContext
from ..widgets.binding import AutoSave, field_row
from ..widgets.confirm import confirm
from ..widgets.enter_key import submit_on_enter
from ..widgets.record_model import Column, RecordTableModel
from ..widgets.record_view import NameDelegate
from .list_editor import ListEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("TablesPage", text)


class TablesModel(RecordTableModel[TableRow]):
    NAME, HOST, CONTRIBUTIONS = range(3)

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QObject | None = None) -> None:
        ws = context.workspace
        columns = [
            Column[TableRow](
                _tr("Tafel"),
                lambda t: t.name,
                lambda t, v: actions.rename_table(ws, t.id, v, label=_tr("Tafel hernoemen")),
            ),
            Column[TableRow](
                _tr("Tafelhost"),
                lambda t: t.host,
                lambda t, v: actions.set_table_host(ws, t.id, v, label=_tr("Tafelhost wijzigen")),
            ),
            Column[TableRow](_tr("Bijdragen"), lambda t: t.contributions, align_right=True),
        ]
        super().__init__(
            autosave,
            columns,
            lambda: reads.table_rows(ws),
            move=lambda t, i: actions.move_table(ws, t.id, i, label=_tr("Tafel verplaatsen")),
            parent=parent,
            key=lambda t: t.id,
        )


class TablesPage(ListEditor):
    ADD_LABEL = QT_TRANSLATE_NOOP("ListEditor", "Of één &tafel:")
    FIELDS = (
        ("Name", "name", QT_TRANSLATE_NOOP("ListEditor", "naam van één tafel (leeg: volgende nummer)"), 3),
    )
    # The feed's tables that change what this list shows.
    WATCHES = ("event_table", "person", "contribution")

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        self.context = context
        self.ws = context.workspace
        super().__init__(TablesModel(context, autosave), "table", autosave, parent)
        self.setObjectName("prepareTables")
        self.box.setContentsMargins(20, 12, 20, 12)
        many = QHBoxLayout()
        label = QLabel(_tr("Aa&ntal tafels:"), self)
        self.count_row = field_row(QSpinBox(), "tableCount")
        count = self.count_row.field
        assert isinstance(count, QSpinBox)
        count.setRange(1, MAX_TABLES_AT_ONCE)
        count.setValue(self.model.rowCount() or 12)
        count.setMinimumWidth(80)
        label.setBuddy(count)
        submit_on_enter(count, self._add_many)
        self.add_many = QPushButton(self)
        self.add_many.setObjectName("tableAddMany")
        self.add_many.clicked.connect(self._add_many)
        count.valueChanged.connect(self._label_add_many)
        self._label_add_many(count.value())
        for widget in (label, self.count_row, self.add_many):
            many.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        many.addStretch(1)
        self.box.insertLayout(0, many)
        self.view.setItemDelegateForColumn(
            TablesModel.HOST, NameDelegate(lambda: reads.person_names(self.ws), self)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TablesModel.HOST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TablesModel.CONTRIBUTIONS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(TablesModel.NAME, 220)
        self.setFocusProxy(count)

    def _label_add_many(self, value: int) -> None:
        text = _tr("Naar %1 tafels") if value != 1 else _tr("Naar 1 tafel")
        self.add_many.setText(text.replace("%1", str(value)))
        self.add_many.setEnabled(value != self.model.rowCount())

    def reload(self) -> None:
        super().reload()
        self._sync_count()

    def changed(self, changes: ChangeSet) -> None:
        super().changed(changes)
        self._sync_count()

    def _sync_count(self) -> None:
        count = self.count_row.field
        assert isinstance(count, QSpinBox)
        if not count.hasFocus() and self.model.rowCount():
            count.setValue(self.model.rowCount())  # follows tables added or deleted anywhere
        self._label_add_many(count.value())

    def flush(self) -> None:
        """Nothing pending: cells store on Enter."""

    def _add_many(self) -> None:
        count = self.count_row.field
        assert isinstance(count, QSpinBox)
        count.interpretText()
        if count.value() == self.model.rowCount():
            return  # already so: Enter twice never doubles the tables
        made: list[int] = []
        label = _tr("Aantal tafels")
        if self.autosave.run(
            lambda: made.extend(actions.set_table_count(self.ws, count.value(), label=label)), self.count_row
        ):
            self.model.reload()
            self._label_add_many(count.value())
            if made:
                self.view.select_row(self.model.row_of(made[-1]), TablesModel.NAME)

    def _add(self) -> None:
        made: list[int] = []
        name = self.value("name").strip() or None
        label = _tr("Tafel toevoegen")
        if self.autosave.run(
            lambda: made.append(actions.add_table(self.ws, name, label=label)), self.row_for
        ):
            self.added(made[0])

    def _delete(self, row: int) -> None:
        table = self.model.record(row)
        if table is None:
            return
        count = reads.table_contribution_count(self.ws, table.id)
        detail = (
            _tr("De %1 bijdragen van deze tafel blijven bewaard, zonder tafel.").replace("%1", str(count))
            if count
            else _tr("Aan deze tafel zijn nog geen bijdragen vastgelegd.")
        )
        label = _tr("Tafel verwijderen")

        def delete() -> None:
            if self.autosave.run(lambda: actions.delete_table(self.ws, table.id, label=label)):
                self.deleted(row)

        confirm(
            self,
            _tr("Tafel verwijderen"),
            _tr("‘%1’ verwijderen?").replace("%1", table.name),
            delete,
            detail=detail,
        )
