"""The programme as a table: planned time, kind, heading, duration, who is on stage.

Times are computed from the order, each item's planned start and duration
(domain/schedule.py); a row whose times are inconsistent shows a warning icon
with the reason (domain/programme.schedule_problems). Rows reorder by drag or
with ``move_row``.

The rows are frozen ``ProgrammeRow``s (``app.programme_reads``), times and
problems included; a move is one workspace action (one undo step).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from erbij_desktop.app import programme_actions as actions
from erbij_desktop.app import programme_reads as reads
from erbij_desktop.app.programme_reads import Programme, ProgrammeRow
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.errors import ValidationError

from ..widgets.binding import AutoSave
from ..widgets.field_row import error_text
from ..widgets.record_model import Column, RecordTableModel
from .labels import kind_label, minutes_label

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgrammeModel", text)


class ProgrammeModel(RecordTableModel[ProgrammeRow]):
    TIME, KIND, HEADING, DURATION, PEOPLE = range(5)

    def __init__(self, ws: Workspace, autosave: AutoSave, parent: QObject | None = None) -> None:
        self.ws = ws
        self.programme = Programme((), None, None, None, None)
        columns = [
            Column[ProgrammeRow](_tr("Tijd"), self._time_text),
            Column[ProgrammeRow](_tr("Soort"), lambda i: kind_label(i.kind)),
            Column[ProgrammeRow](_tr("Onderdeel"), lambda i: i.heading),
            Column[ProgrammeRow](_tr("Duur"), lambda i: minutes_label(i.duration_minutes), align_right=True),
            Column[ProgrammeRow](_tr("Op het podium"), lambda i: ", ".join(i.people)),
        ]
        super().__init__(
            autosave,
            columns,
            self._fetch,
            move=lambda item, index: actions.move_item(
                ws, item.id, index, label=_tr("Programmaonderdeel verplaatsen")
            ),
            parent=parent,
            key=lambda i: i.id,
        )

    def _fetch(self) -> tuple[ProgrammeRow, ...]:
        self.programme = reads.programme(self.ws)
        return self.programme.items

    @property
    def programme_problem(self) -> ValidationError | None:
        return self.programme.problem

    def problems(self, item: ProgrammeRow) -> list[ValidationError]:
        found = self.record(self.row_of(item.id))
        return list(found.problems) if found is not None else []

    def _time_text(self, item: ProgrammeRow) -> str:
        if item.start is None:
            return "–"
        start = item.start.strftime("%H:%M")
        if item.end is None or item.end == item.start:
            return start
        return f"{start}–{item.end:%H:%M}"

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
