"""Search results across the whole event, shown in place of the table's list while searching.

Each result shows its round and table and has what the query matched marked
(``MatchOverlay``); Enter opens it (the view goes to that round and table),
and highlighting, editing and deleting work as in the list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from erbij_desktop.ui.models.contributions import Col
from erbij_desktop.ui.models.search_results import ContributionSearchModel

from .contribution_list import ContributionList
from .match_overlay import MatchOverlay

MUTED_STYLE = "color: #6b6b6b;"


class SearchPanel(QWidget):
    def __init__(
        self, model: ContributionSearchModel, names: Callable[[Col], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setStyleSheet(MUTED_STYLE)
        self.results = ContributionList(model, names, "searchResults", self)
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        # A scroll bar that comes and goes with the number of results resizes the list and paints it again.
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.matches = MatchOverlay(self.results, model, model.searched)
        # Lay the new results out at once: Qt waits for a timer, which paints every keystroke twice.
        model.modelReset.connect(self.results.executeDelayedItemsLayout)
        # Rows added, changed or deleted while searching change the count (the change feed).
        self._query = ""
        model.rowsInserted.connect(self._recount)
        model.rowsRemoved.connect(self._recount)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def _recount(self) -> None:
        if self._query.strip():
            self.show_count(self._query, self.results.rows_model.rowCount())

    def show_count(self, query: str, count: int) -> None:
        self._query = query
        if count == 0:
            text = self.tr("Geen bijdragen gevonden voor ‘%1’.")
        elif count == 1:
            text = self.tr("1 bijdrage gevonden voor ‘%1’ · Enter opent hem")
        else:
            text = self.tr("%2 bijdragen gevonden voor ‘%1’ · Enter opent de gekozen").replace(
                "%2", str(count)
            )
        self.summary.setText(text.replace("%1", query.strip()))

    def focus_first(self) -> bool:
        model = self.results.rows_model
        if not model.rowCount():
            return False
        self.results.setFocus()
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(model.index(0, model.column_of(Col.TEXT)))
        return True
