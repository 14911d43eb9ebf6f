"""The programme clock for the facilitator: planned against actual, and ahead or behind.

Select an item and press "Nu op het podium" (or double-click it) when it
starts; the previous item ends at that moment. The headline says how far
the event runs behind or ahead and when it will end at this pace.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erbij_desktop.domain.programme_clock import ClockStatus

from ..widgets.confirm import confirm
from .controller import LiveController
from .programme_model import ProgrammeClockModel
from .texts import describe_delay, item_title, local_hhmm


class ProgrammeBox(QGroupBox):
    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Programmaklok"), parent)
        self._controller = controller
        self.summary = QLabel()
        self.summary.setObjectName("liveScheduleSummary")
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.summary.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.model = ProgrammeClockModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeClockModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.start_button = QPushButton(self.tr("Nu op het podium"))
        self.start_button.setToolTip(self.tr("Het gekozen onderdeel begint nu; het vorige is dan afgelopen"))
        self.end_button = QPushButton(self.tr("Onderdeel afgelopen"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self._start_selected)
        self.end_button.clicked.connect(controller.take_off_stage)
        self.view.doubleClicked.connect(lambda index: self._start_row(index.row()))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.programme_changed.connect(self._reload)
        controller.event_changed.connect(self._reload)
        controller.timer_changed.connect(lambda _reading: self._show_status())
        self._reload()

    def _reload(self) -> None:
        snapshot = self._controller.snapshot
        selected = self._selected_row()
        self.model.set_items(snapshot.items if snapshot is not None else ())
        on_stage = self.model.row_of(self._controller.item_on_stage)
        row = on_stage + 1 if on_stage >= 0 and on_stage + 1 < self.model.rowCount() else on_stage
        if row < 0:
            row = selected if selected >= 0 else 0
        if self.model.rowCount():
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        self._show_status()
        self._update_buttons()

    def _selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _start_selected(self) -> None:
        self._start_row(self._selected_row())

    def _start_row(self, row: int) -> None:
        item = self.model.item_at(row)
        if item is None:
            return
        running = self._controller.stage_would_stop_countdown(item.item_id)
        if running is None:
            self._controller.put_on_stage(item.item_id)
            return
        confirm(  # the room is watching a countdown: never take it away without asking
            self,
            self.tr("Aftelklok loopt nog"),
            self.tr("De aftelklok van ‘%1’ loopt nog. Toch ‘%2’ op het podium zetten?")
            .replace("%1", running)
            .replace("%2", item_title(item)),
            lambda: self._controller.put_on_stage(item.item_id),
            detail=self.tr("Het scherm toont dan het onderdeel in plaats van de vraag en de klok."),
            yes_text=self.tr("&Op het podium zetten"),
        )

    def _update_buttons(self, *_args: object) -> None:
        self.start_button.setEnabled(self._selected_row() >= 0)
        self.end_button.setEnabled(self._controller.item_on_stage is not None)

    def _show_status(self) -> None:
        status = self._controller.clock_status()
        summary, details, colour = self._describe(status)
        if self.summary.text() != summary:
            self.summary.setText(summary)
            self.summary.setStyleSheet(f"QLabel#liveScheduleSummary {{ color: {colour}; }}")
        if self.details.text() != details:
            self.details.setText(details)

    def _describe(self, status: ClockStatus | None) -> tuple[str, str, str]:
        if status is None or not status.items:
            return self.tr("Geen programma"), self.tr("Open een evenement met een programma."), "palette(mid)"
        minutes = status.delay_minutes
        colour = "palette(window-text)"
        if minutes is not None and minutes > 2:
            colour = "#b3261e"
        elif minutes is not None and minutes > 0:
            colour = "#b86e00"
        elif minutes is not None and minutes < 0:
            colour = "#1b7a3a"
        parts = []
        if status.current is not None:
            parts.append(self.tr("Nu: %1").replace("%1", item_title(status.current)))
        if status.next is not None:
            parts.append(self.tr("Hierna: %1").replace("%1", item_title(status.next)))
        if status.projected_end is not None:
            end = self.tr("Verwacht einde %1").replace("%1", local_hhmm(status.projected_end))
            if status.planned_end is not None and status.projected_end != status.planned_end:
                end += self.tr(" (gepland %1)").replace("%1", local_hhmm(status.planned_end))
            parts.append(end)
        day = self._controller.rehearsal_of()
        if day is not None:  # not the event's day: minutes ahead or behind would mean nothing
            when = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
            return (
                self.tr("Repetitie — het evenement is op %1").replace("%1", when),
                " · ".join(parts),
                "palette(mid)",
            )
        return describe_delay(minutes), " · ".join(parts), colour

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
