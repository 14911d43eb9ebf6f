"""The programme as a table: planned time, kind, heading, duration, who is on stage.

Times are computed from the order, each item's planned start and duration
(domain/schedule.py); a row whose times are inconsistent shows a warning icon
with the reason (domain/programme.schedule_problems). Rows reorder by drag or
with ``move_row``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle
from sqlalchemy.orm import Session

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.models import Event, ProgrammeItem
from erbij_desktop.domain.programme import move_programme_item, programme_items, schedule_problems
from erbij_desktop.domain.schedule import Slot, planned_slots

from ..widgets.binding import AutoSave
from ..widgets.field_row import error_text
from ..widgets.record_model import Column, RecordTableModel
from .labels import kind_label, minutes_label

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgrammeModel", text)


class ProgrammeModel(RecordTableModel[ProgrammeItem]):
    TIME, KIND, HEADING, DURATION, PEOPLE = range(5)

    def __init__(
        self, session: Session, event: Event, autosave: AutoSave, parent: QObject | None = None
    ) -> None:
        self.session = session
        self.evt = event
        self._slots: dict[int, Slot] = {}
        self._problems: dict[int, list[ValidationError]] = {}
        self.programme_problem: ValidationError | None = None
        columns = [
            Column[ProgrammeItem](_tr("Tijd"), self._time_text),
            Column[ProgrammeItem](_tr("Soort"), lambda i: kind_label(i.kind)),
            Column[ProgrammeItem](_tr("Onderdeel"), lambda i: i.heading),
            Column[ProgrammeItem](_tr("Duur"), lambda i: minutes_label(i.duration_minutes), align_right=True),
            Column[ProgrammeItem](_tr("Op het podium"), lambda i: ", ".join(p.name for p in i.people)),
        ]
        super().__init__(
            autosave,
            columns,
            lambda: programme_items(session, event),
            move=lambda item, index: move_programme_item(session, item, index),
            parent=parent,
        )

    def reload(self) -> None:
        self._recompute()
        super().reload()

    def refresh_all(self) -> None:
        self._recompute()
        super().refresh_all()

    def _recompute(self) -> None:
        self._slots = {id(s.item): s for s in planned_slots(self.evt.programme, self.evt.start_time)}
        self._problems = {}
        self.programme_problem = None
        for item, problem in schedule_problems(self.evt):
            if item is None:
                self.programme_problem = problem
            else:
                self._problems.setdefault(id(item), []).append(problem)

    def problems(self, item: ProgrammeItem) -> list[ValidationError]:
        return self._problems.get(id(item), [])

    def _time_text(self, item: ProgrammeItem) -> str:
        slot = self._slots.get(id(item))
        if slot is None or slot.start is None:
            return "–"
        start = slot.start.strftime("%H:%M")
        if slot.end is None or slot.end == slot.start:
            return start
        return f"{start}–{slot.end:%H:%M}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index.row()) if index.isValid() else None
        if item is not None and index.column() == self.TIME:
            problems = self.problems(item)
            if problems and role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if problems and role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(error_text(p) for p in problems)
            if problems and role == Qt.ItemDataRole.ForegroundRole:
                return WARNING_COLOR
            if role == Qt.ItemDataRole.ToolTipRole and item.planned_start is None:
                return _tr("Sluit aan op het vorige onderdeel.")
        if item is not None and index.column() == self.HEADING and not item.heading:
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr("(geen tussenkop)")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(Qt.GlobalColor.gray)
        return super().data(index, role)
