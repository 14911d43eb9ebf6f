"""The search over the whole event as a Qt table model, on the base of the table lists.

Its own module because it is the one model built on a ``SearchIndex`` (the
domain's in-memory index, kept in event order and current from the change
feed), and the one that says what to highlight (``MATCH_ROLE``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.contribution_search import NO_WORDS, SearchIndex, Words, marker, query_words

from .contributions import Col, ContributionRowsModel


class ContributionSearchModel(ContributionRowsModel):
    """Every contribution of the event holding all words of the query, in event order.

    Built on a ``SearchIndex`` that keeps the event in order and is kept current
    as contributions change: each keystroke takes the index's filtered rows as
    they come (never a sort), and a row added while searching is put in its
    place if it matches (``beginInsertRows``). A keystroke resets the model once,
    and not at all when its results are the ones shown (a space, a word that
    narrows nothing): then only the marks change. ``MATCH_ROLE`` tells the view
    what to highlight.
    """

    columns = (Col.ROUND, Col.TABLE, Col.TIME, Col.TEXT, Col.PERSON, Col.ORGANISATION)
    searched = frozenset({Col.TEXT, Col.PERSON, Col.ORGANISATION})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.index_: SearchIndex | None = None
        self.query = ""
        # The query's folded words and its words typed with accents (which must match as typed).
        self._words: Words = NO_WORDS
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._marker = marker("")
        self._round_names: dict[int, str] = {}
        self._table_names: dict[int | None, str] = {}

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
        self.set_rows(())

    def set_query(self, query: str, *, force: bool = False) -> None:
        words = query_words(query)
        self.query = query
        if words == self._words and not force:
            return
        self._words = words
        self._spans.clear()
        self._marker = marker(query)
        index = self.index_
        rows = index.search(query) if index is not None and words[0] else []
        if rows == self._rows:  # the same rows (compared by identity first: cheap): only the marks move
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.set_rows(rows, ordered=True)  # the index keeps event order

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
            spans = self._spans[shown] = self._marker(shown)
        return spans

    def display(self, row: ContributionRow, column: Col) -> str:
        if column is Col.ROUND:
            return self._round_names.get(row.round_id, "")
        if column is Col.TABLE:
            return self._table_names.get(row.table_id, "")
        return super().display(row, column)
