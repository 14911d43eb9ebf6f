"""What the facilitator does to a chosen contribution in the capture view, from the keys or the menu.

Highlight (Space, Ctrl+H), edit in place (F2), move up or down (Alt+Up/Down),
move to another table and delete (Delete): each is one workspace action made
by the controller; a refusal is shown in the view's message line and changes
nothing. Works on the list shown, the table's rows or the search results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QKeySequence

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.ui.models.contribution_texts import SOURCE_WAITING
from erbij_desktop.ui.models.contributions import Col

from .contribution_list import ContributionList
from .row_menu import row_menu

if TYPE_CHECKING:
    from .view import CaptureView


class RowActions(QObject):
    def __init__(self, view: CaptureView) -> None:
        super().__init__(view)
        self.view = view

    def waits(self, row: ContributionRow) -> bool:
        """A row still in the outbox (not on the server yet) cannot be changed: say so."""
        if row.source != SOURCE_WAITING:
            return False
        self.view.show_message(
            self.tr("Deze bijdrage wacht nog op de server; wijzig haar als ze is bezorgd.")
        )
        return True

    def act(self, action: Callable[[ContributionRow], object], row: ContributionRow) -> None:
        if self.waits(row):
            return
        view = self.view.active_list()
        try:
            action(row)
        except DomainError as error:
            self.view.show_message(str(error))
            return
        if view.rows_model.index_of(row.id) is not None:
            view.select_id(row.id)

    def delete(self, row: ContributionRow) -> None:
        """Delete at once (no question: one key takes it back), and say which key that is."""
        if self.waits(row):
            return
        try:
            self.view.controller.delete(row)
        except DomainError as error:
            self.view.show_message(str(error))
            return
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self.view.show_message(
            self.tr("Bijdrage verwijderd — %1 zet hem terug.").replace("%1", undo), error=False
        )

    def move(self, row: ContributionRow, delta: int) -> None:
        if self.waits(row):
            return
        try:
            moved = self.view.controller.move(row, delta)
        except DomainError as error:
            self.view.show_message(str(error))
            return
        if moved:
            self.view.list.select_id(row.id)

    def move_to_table(self, row: ContributionRow, table_id: int | None) -> None:
        if self.waits(row):
            return
        try:
            self.view.controller.move_to_table(row, table_id)
        except DomainError as error:
            self.view.show_message(str(error))

    def highlight_current(self) -> None:
        row = self.view.active_list().current_row()
        if row is not None:
            self.act(self.view.controller.toggle_highlight, row)

    def edit_current(self) -> None:
        view = self.view.active_list()
        if view.current_row() is None and view is self.view.list:
            self.view.list.select_last()
        view.setFocus()
        view.edit_current(Col.TEXT)

    def context_menu(self, view: ContributionList, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        row = view.current_row()
        if row is None:
            return
        c = self.view.controller
        menu = row_menu(
            self.view,
            row,
            c.counts.entries,
            highlight=lambda: self.act(c.toggle_highlight, row),
            edit=lambda: view.edit_current(Col.TEXT),
            move_to_table=lambda table_id: self.move_to_table(row, table_id),
            hide=lambda: self.act(c.toggle_hidden, row),
            delete=lambda: self.delete(row),
        )
        menu.popup(view.viewport().mapToGlobal(pos))
