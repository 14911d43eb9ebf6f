"""Section "Programma": the running order, with the projected end time always in view.

Left: an add bar (kind, heading, duration; Enter adds), the programme as a
table (drag rows, or Alt+Up/Alt+Down, or the Omhoog/Omlaag buttons to
reorder; Delete asks to delete) and the projected end. Right: the editor of
the selected item. objectNames: ``programmeAddKind``, ``programmeAddHeading``,
``programmeAddDuration``, ``programmeAddButton``, ``programmeList``,
``programmeUp``, ``programmeDown``, ``programmeDelete``,
``programmeProjectedEnd``, ``programmeSplitter``. Alt+N focuses the heading
of a new item, Alt+M the list.

Each add, edit, move and delete is one workspace action (one undo step);
the list, the projected end and the item editor show frozen rows, read again
after every change (also one made elsewhere); the selected item stays selected.
"""

from __future__ import annotations

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

from erbij_desktop.app import programme_actions as actions
from erbij_desktop.app.changes import ChangeSet

from ..events.context import EventContext
from ..settings import keys
from ..widgets.binding import AutoSave, field_row
from ..widgets.confirm import confirm
from ..widgets.enter_key import submit_on_enter
from ..widgets.field_row import FieldRow, error_text
from ..widgets.record_view import RecordTable
from ..widgets.splitter_state import restore_splitter, save_splitter
from ..widgets.time_fields import TimeEdit
from .programme_item_editor import ProgrammeItemEditor, duration_box, kind_box
from .programme_model import ProgrammeModel

SPLITTER_KEY = keys.PREPARE_PROGRAMME_SPLITTER


class ProgrammePage(QWidget):
    # The feed's tables that change what this section shows.
    WATCHES = ("event", "programme_item", "programme_item_person", "person", "quote", "key_figure")

    def __init__(self, context: EventContext, autosave: AutoSave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareProgramme")
        self.ws = context.workspace
        self.autosave = autosave
        self.model = model = ProgrammeModel(self.ws, autosave, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("programmeSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._list_side())
        self.editor = ProgrammeItemEditor(
            self.ws, autosave, lambda item_id: model.record(model.row_of(item_id)), self.splitter
        )
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.splitter)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._select(current.row())
        )
        self.setFocusProxy(self.heading_row.field)

    def _list_side(self) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 6, 0)
        bar = QHBoxLayout()
        new_label = QLabel(self.tr("&Nieuw:"), side)
        self.kind_row = field_row(kind_box(), "programmeAddKind")
        heading = QLineEdit()
        heading.setPlaceholderText(self.tr("tussenkop, Enter voegt het onderdeel toe"))
        heading.returnPressed.connect(self._add)
        self.heading_row = field_row(heading, "programmeAddHeading")
        new_label.setBuddy(heading)
        self.duration_row = field_row(duration_box(), "programmeAddDuration")
        submit_on_enter(self.duration_row.field, self._add)
        submit_on_enter(self.kind_row.field, self._add)
        add = QPushButton(self.tr("Toevoegen"), side)
        add.setObjectName("programmeAddButton")
        add.clicked.connect(self._add)
        for widget, stretch in (
            (new_label, 0),
            (self.kind_row, 0),
            (self.heading_row, 1),
            (self.duration_row, 0),
            (add, 0),
        ):
            bar.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        list_label = QLabel(self.tr("Progra&mma (slepen of Alt+pijltjes om te verplaatsen):"), side)
        layout.addWidget(list_label)
        self.view = RecordTable(self.model, "programmeList", side)
        list_label.setBuddy(self.view)
        self.view.delete_requested.connect(self._delete)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ProgrammeModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeModel.HEADING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProgrammeModel.DURATION, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ProgrammeModel.PEOPLE, 160)
        self.list_row = FieldRow(self.view)
        self.model.refused.connect(self.list_row.show_error)
        layout.addWidget(self.list_row, 1)
        buttons = QHBoxLayout()
        for text, name, step in (
            (self.tr("Omhoog"), "programmeUp", -1),
            (self.tr("Omlaag"), "programmeDown", 1),
        ):
            button = QPushButton(text, side)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=step: self.view.move_current(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        delete = QPushButton(self.tr("Verwijderen…"), side)
        delete.setObjectName("programmeDelete")
        delete.clicked.connect(lambda: self._delete(self.view.current_row()))
        buttons.addWidget(delete)
        layout.addLayout(buttons)
        self.projected = QLabel(side)
        self.projected.setObjectName("programmeProjectedEnd")
        self.projected.setWordWrap(True)
        layout.addWidget(self.projected)
        return side

    # --- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.editor.item_id
        self.model.reload()
        row = self.model.row_of(current) if current is not None else -1
        self.view.select_row(row if row >= 0 else 0, ProgrammeModel.HEADING)
        if self.model.rowCount() == 0:
            self.editor.set_item(None)
        else:
            self._select(self.view.current_row())
        self.editor.refresh()
        self._show_projected_end()
        self._mark_standing_problem()

    def changed(self, changes: ChangeSet) -> None:
        """Something was stored (here or elsewhere): show it; the selected item stays selected."""
        if not (changes.everything or changes.touches(*self.WATCHES)):
            return
        self.model.reload()
        if self.editor.item is None:  # gone (or none yet): show another
            self.view.select_row(max(self.view.current_row(), 0), ProgrammeModel.HEADING)
            self._select(self.view.current_row())
        self.editor.refresh()
        self._show_projected_end()
        self._mark_standing_problem()

    def flush(self) -> None:
        self.editor.flush()

    def _select(self, row: int) -> None:
        item = self.model.record(row)
        item_id = item.id if item is not None else None
        if item_id != self.editor.item_id or item is None:
            self.editor.set_item(item_id)
            self._mark_standing_problem()

    def _mark_standing_problem(self) -> None:
        """An inconsistency that arose elsewhere (reordering, the event's start) shows at the start field."""
        item = self.editor.item
        problems = self.model.problems(item) if item is not None else []
        if problems:
            self.editor.start_row.show_error(problems[0])
        elif item is not None and self.editor.start_row.error and not self._start_typed():
            self.editor.start_row.clear_error()

    def _start_typed(self) -> bool:
        start = self.editor.start_row.field
        assert isinstance(start, TimeEdit)
        return start.isModified()

    def _show_projected_end(self) -> None:
        programme = self.model.programme
        end, problem = programme.projected_end, programme.problem
        if not programme.items:
            text = self.tr("Het programma is nog leeg: voeg hierboven het eerste onderdeel toe.")
        elif end is None:
            text = self.tr(
                "Verwacht einde: vul de begintijd van het evenement (of van het eerste onderdeel) in."
            )
        else:
            text = self.tr("Verwacht einde van het programma: <b>%1</b>").replace("%1", end.strftime("%H:%M"))
            if programme.event_end is not None and problem is None:
                text += self.tr(" (gepland einde %1)").replace("%1", programme.event_end.strftime("%H:%M"))
        if problem is not None:
            text += f"<br><span style='color:#b3261e'>{error_text(problem)}</span>"
        self.projected.setText(text)

    # --- actions --------------------------------------------------------------------------------

    def _add(self) -> None:
        kind_box_ = self.kind_row.field
        duration = self.duration_row.field
        made: list[int] = []
        label = self.tr("Programmaonderdeel toevoegen")

        def add() -> None:
            minutes = duration.value() or None  # type: ignore[attr-defined]
            made.append(
                actions.add_item(
                    self.ws,
                    self.heading_row.field.text(),  # type: ignore[attr-defined]
                    kind=kind_box_.currentData(),  # type: ignore[attr-defined]
                    duration_minutes=minutes,
                    label=label,
                )
            )

        rows = {"heading": self.heading_row, "duration_minutes": self.duration_row, "kind": self.kind_row}
        if not self.autosave.run(add, lambda field: rows.get(field, self.heading_row)):
            return
        for row in rows.values():
            row.clear_error()
        self.heading_row.field.clear()  # type: ignore[attr-defined]
        self.model.reload()
        self.view.select_row(self.model.row_of(made[0]), ProgrammeModel.HEADING)
        self._show_projected_end()
        self.heading_row.field.setFocus()

    def _delete(self, row: int) -> None:
        item = self.model.record(row)
        if item is None:
            return
        confirm(
            self,
            self.tr("Programmaonderdeel verwijderen"),
            self.tr("‘%1’ verwijderen?").replace("%1", item.heading),
            lambda: self._really_delete(item.id, row),
            detail=self.tr(
                "Citaten, kerncijfers en rondes van dit onderdeel blijven bestaan, zonder onderdeel."
            ),
        )

    def _really_delete(self, item_id: int, row: int) -> None:
        if self.editor.item_id == item_id:
            self.editor.set_item(None)
        label = self.tr("Programmaonderdeel verwijderen")
        if self.autosave.run(lambda: actions.delete_item(self.ws, item_id, label=label)):
            self.model.reload()
            self.view.select_row(min(row, self.model.rowCount() - 1), ProgrammeModel.HEADING)
            self._select(self.view.current_row())
            self._show_projected_end()

    def save_state(self, settings: QSettings) -> None:
        save_splitter(self.splitter, settings, SPLITTER_KEY)

    def restore_state(self, settings: QSettings) -> None:
        restore_splitter(self.splitter, settings, SPLITTER_KEY)
