"""The search over the whole event as a Qt table model, on the base of the table lists.

Its own module because it is the one model built on a ``SearchIndex`` (the
domain's in-memory index, kept in event order and current from the change
feed), and the one that says what to highlight (``MATCH_ROLE``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QTimer

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.contribution_search import SearchIndex, match_spans, query_words
from erbij_desktop.domain.contribution_search_scan import Scan

from .contributions import Col, ContributionRowsModel


class ContributionSearchModel(ContributionRowsModel):
    """Every contribution of the event holding all words of the query, in event order.

    Built on a ``SearchIndex`` that keeps the event in order and is kept current
    as contributions change: each keystroke takes the index's filtered rows as
    they come (never a sort), and a row added while searching is put in its
    place if it matches. ``MATCH_ROLE`` tells the view what to highlight.

    On a big event a keystroke lists the matches among the first rows at once
    and the rest in idle slices (``Scan``); ``searching`` is True meanwhile,
    and the count grows with ``rowsInserted``.
    """

    columns = (Col.ROUND, Col.TABLE, Col.TIME, Col.TEXT, Col.PERSON, Col.ORGANISATION)
    searched = frozenset({Col.TEXT, Col.PERSON, Col.ORGANISATION})
    # Indexes this big are searched in slices of this many rows (about 5 ms each).
    scan_above = 20_000
    scan_slice = 10_000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index_: SearchIndex | None = None
        self.query = ""
        # The query's folded words and its words typed with accents (which must match as typed).
        self._words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._round_names: dict[int, str] = {}
        self._table_names: dict[int | None, str] = {}
        self._scan: Scan | None = None
        self._listed_while_scanning: set[int] = set()  # by the change feed, during a scan
        self._scan_timer = QTimer(self, interval=0)
        self._scan_timer.timeout.connect(self._scan_step)

    @property
    def searching(self) -> bool:
        """A search is still looking through the rest of the event (more rows may come)."""
        return self._scan is not None

    @property
    def loaded(self) -> bool:
        return self.index_ is not None

    def load(
        self,
        index: SearchIndex,
        round_names: Sequence[tuple[int, str]],
        table_names: dict[int | None, str],
    ) -> None:
        """The event's contributions and the names to show for rounds and tables."""
        index.set_round_order([round_id for round_id, _ in round_names])
        self.index_ = index
        self._round_names = dict(round_names)
        self._table_names = dict(table_names)
        self.set_query(self.query, force=True)

    def unload(self) -> None:
        self.index_ = None
        self._stop_scan()
        self.set_rows(())

    def set_query(self, query: str, *, force: bool = False) -> None:
        words = query_words(query)
        self.query = query
        if words == self._words and not force:
            return
        self._words = words
        self._spans.clear()
        self._stop_scan()
        index = self.index_
        if index is None or not words[0]:
            self.set_rows(())
            return
        if len(index) <= self.scan_above:
            self.set_rows(index.search(query), ordered=True)  # the index keeps event order
            return
        scan = Scan(index, query)
        self.set_rows(scan.step(self.scan_slice), ordered=True)
        if not scan.done:
            self._scan = scan
            self._scan_timer.start()

    def _stop_scan(self) -> None:
        self._scan = None
        self._scan_timer.stop()
        self._listed_while_scanning.clear()

    def _scan_step(self) -> None:
        scan = self._scan
        if scan is None:
            self._scan_timer.stop()
            return
        found = scan.step(self.scan_slice)
        listed = self._listed_while_scanning  # by the change feed meanwhile: here already
        self.extend([row for row in found if row.id not in listed] if listed else found)
        if scan.done:
            self._stop_scan()

    def extend(self, rows: list[ContributionRow]) -> None:
        """Add rows that come after the ones listed, in order (a scan's next slice)."""
        if not rows:
            return
        last = self._rows[-1] if self._rows else None
        if last is not None and self.sort_key(last) > self.sort_key(rows[0]):
            for row in rows:  # a row added meanwhile sits further down: put each in its place
                self.insert(row)
            return
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self._rows.extend(rows)
        self._numbers = None  # numbered again when asked (a change to follow), not per slice
        self.endInsertRows()

    def sort_key(self, row: ContributionRow) -> tuple[int, ...]:
        if self.index_ is None:
            return (row.position, row.id)
        return self.index_.order_key(row)

    def accepts(self, row: ContributionRow) -> bool:
        terms, accented = self._words
        return bool(terms) and self.index_ is not None and self.index_.matches(row, terms, accented)

    def follow(self, rows: Iterable[ContributionRow], removed: Iterable[int] = ()) -> None:
        rows = list(rows)
        removed = list(removed)
        if self.index_ is not None:
            for contribution_id in removed:
                self.index_.discard(contribution_id)
            for row in rows:
                self.index_.put(row)
        if self._scan is not None:
            self._listed_while_scanning.update(row.id for row in rows)
        super().follow(rows, removed)

    def refill(self, rows: Iterable[ContributionRow], removed: Iterable[int] = ()) -> None:
        """Follow a big change: the index takes every row, the results are filtered once again."""
        if self.index_ is None:
            return
        for contribution_id in removed:
            self.index_.discard(contribution_id)
        for row in rows:
            self.index_.put(row)
        self.set_query(self.query, force=True)

    def match_spans(self, row: ContributionRow, column: Col) -> list[tuple[int, int]]:
        if column not in self.searched or not self._words[0]:
            return []
        shown = self.display(row, column)
        spans = self._spans.get(shown)
        if spans is None:
            if len(self._spans) > 4000:  # only the visible cells are asked: keep it small
                self._spans.clear()
            spans = self._spans[shown] = match_spans(shown, self.query)
        return spans

    def display(self, row: ContributionRow, column: Col) -> str:
        if column is Col.ROUND:
            return self._round_names.get(row.round_id, "")
        if column is Col.TABLE:
            return self._table_names.get(row.table_id, "")
        return super().display(row, column)
