"""A search over a big index in slices, so a keystroke shows its first results at once.

Looking through 100,000 folded texts for a word takes 25-60 ms on the benchmark
machine however it is done (a list of keys, one joined string, a regular
expression: all bound by the substring search itself), which leaves no room
for painting within a keystroke's 50 ms. ``Scan`` looks through the first
slice at once (the rows at the top of the list, which is what is seen), and
the rest in further slices the GUI runs when idle; the next keystroke
abandons it. A complete scan is remembered by the index like any search, so
typing on narrows it, unless the index changed meanwhile.

The rows a scan looks through are a copy taken when it starts: a row changed
or deleted since is skipped when found (whoever follows the change feed has
judged its new version already), so nothing is listed twice or after it is gone.
"""

from __future__ import annotations

from .contribution_rows import ContributionRow
from .contribution_search import Found, SearchIndex, filter_keys, query_words


class Scan:
    def __init__(self, index: SearchIndex, query: str) -> None:
        self.index = index
        self.terms, self.accented = query_words(query)
        self._version = index.version
        base, answered = index.base_for(self.terms) if self.terms else (Found([], []), True)
        self._answer: list[ContributionRow] | None = list(base.rows) if answered else None
        self._rows = list(base.rows)
        self._keys = list(base.keys)
        self._at = 0
        self._found = Found([], [])

    @property
    def done(self) -> bool:
        return self._at >= len(self._rows)

    def step(self, keys: int) -> list[ContributionRow]:
        """Look through up to ``keys`` more rows; the ones that match, in event order."""
        end = min(self._at + keys, len(self._rows))
        if self._answer is not None:  # the index had these results already
            rows = self._rows[self._at : end]
        else:
            rows, found_keys = filter_keys(self._rows[self._at : end], self._keys[self._at : end], self.terms)
            self._found.rows.extend(rows)
            self._found.keys.extend(found_keys)
        self._at = end
        if self.done and self._answer is None:
            self.index.remember(self.terms, self._found, self._version)
        if self._version != self.index.version:  # changed meanwhile: only what is still as it was
            rows = [row for row in rows if self.index.current(row.id) is row]
        return self.index.only_accented(rows, self.accented)
