"""Searching an event's contributions as you type: case-insensitive, all words must match.

Accents are ignored as long as a word has none ("een" finds "één"); a word
typed with accents is looked for as typed ("één" does not find "een"), since
whoever types the accent means it.

Why an index in memory, kept current from the change feed, and not SQLite
FTS5 (measured on this 2-core machine with the benchmark's 100k event):
reading any 100k rows in event order takes 0.4 s in SQLite, so a query that
matches most of the event ("e", the first key of nearly every search) can
never come back within a keystroke's 50 ms from SQL; an index in memory
filters 100k folded strings in about 25 ms. FTS5 also matches whole words or
prefixes only, while Dutch compounds need substrings ("verpleeg" must find
"wijkverpleegkundige"), folds "één" into "een" either way, would need
triggers on four tables (names and tags are searched too), and the database
runs on PostgreSQL later, where it does not exist.

Nor n-gram posting lists in Python: bigram or trigram sets for 100k keys
took 10 s to build, and a bitset per bigram 45 ms each on the busy machine (11 s for the 245 of
the benchmark's text), for a keystroke that costs 13-25 ms without them.

``SearchIndex`` keeps every contribution's folded key (and, beside it, its key
with accents) and its rows in event order (round, position, id), all the
time: a new or moved row is put in its place by bisection, so a search is a
filter of lists already in order, in C (``map`` + ``compress``), and never a
sort. The results of the last searches are kept, patched as rows change, and
narrowed as the query grows: only the first key of a word looks through the
whole event. ``contribution_search_build`` fills it in small steps in idle
time, before anyone presses Ctrl+F. ``match_spans``/``marker`` say which
parts of a shown text a query matched, for highlighting.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import contains
from typing import TYPE_CHECKING

from .contribution_rows import ContributionRow, rows_for_event
from .text import clean_line

if TYPE_CHECKING:
    from .contribution_rows import Reader

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FOLDED_CHARS: dict[str, str] = {}
# A round the index was not told about sorts after the known ones.
_UNKNOWN_ROUND = 1 << 30


def _fold_char(match: re.Match[str]) -> str:
    char = match.group()
    folded = _FOLDED_CHARS.get(char)
    if folded is None:
        decomposed = unicodedata.normalize("NFKD", char)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        _FOLDED_CHARS[char] = folded
    return folded


def search_key(value: str) -> str:
    """The same as ``domain.text.fold`` (case and accents off), fast enough for 100,000 texts.

    Folding works per character, so each non-ASCII character is decomposed once
    and remembered; plain ASCII text never leaves C code.
    """
    value = value.casefold()
    if value.isascii():
        return value
    return _NON_ASCII.sub(_fold_char, value)


def search_terms(query: str) -> tuple[str, ...]:
    """The folded words of a query; a contribution matches when it holds all of them."""
    return tuple(search_key(clean_line(query)).split())


def exact_key(value: str) -> str:
    """Case off, accents kept (one composed form), for words typed with accents."""
    return unicodedata.normalize("NFC", value.casefold())


def accented_terms(query: str) -> tuple[str, ...]:
    """The words of a query typed with accents, case off: these must match with their accents."""
    return tuple(word for word in exact_key(clean_line(query)).split() if search_key(word) != word)


def query_words(query: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a query asks for: (folded words, accented words as typed); both must all match."""
    return search_terms(query), accented_terms(query)


def _row_text(row: ContributionRow) -> str:
    parts = [row.text, row.person_name, row.organisation_name, *row.tags]
    if row.report_text:
        parts.append(row.report_text)
    return "\n".join(parts)


def row_exact_key(row: ContributionRow) -> str:
    return exact_key(_row_text(row))


def row_search_key(row: ContributionRow) -> str:
    """What a search looks through: the text, the report wording, who said it, and tags."""
    return search_key(_row_text(row))


# What a query asks for: (folded words, accented words as typed).
Words = tuple[tuple[str, ...], tuple[str, ...]]
NO_WORDS: Words = ((), ())
# How many recent searches keep their results (patched on each change).
RECENT_SEARCHES = 8


class SearchIndex:
    """All contributions of an event with their folded search keys, in event order, in memory.

    ``round_order``: the event's round ids in their order (rows of other rounds
    come last); without it, rounds rank in the order the first rows show them.
    Kept current with ``put``/``discard`` as contributions change; the results
    of the last few searches are kept too, and patched on every change (one
    bisection each), so the next keystroke narrows them even after rows were
    added, and Backspace finds its results ready.
    """

    def __init__(
        self, rows: Iterable[ContributionRow] = (), *, round_order: Sequence[int] | None = None
    ) -> None:
        self._rows: dict[int, ContributionRow] = {}
        self._keys: dict[int, str] = {}
        # Keys with accents, only for the rows that have any (for ASCII rows it is the folded key).
        self._exact: dict[int, str] = {}
        self._all = Found([], [], [])
        self._rank: dict[int, int] = {}
        self._ranked_by_rows = round_order is None
        # What recent searches asked for (folded words, accented words) -> their rows (newest last).
        self._recent: dict[Words, Found] = {}
        self.version = 0  # grows with every change
        if round_order is not None:
            self._rank = {round_id: number for number, round_id in enumerate(round_order)}
        for row in rows:
            self.put(row)

    @classmethod
    def for_event(cls, reader: Reader, event_id: int) -> SearchIndex:
        """The whole event in one read (the idle build of ``contribution_search_build`` is gentler)."""
        rows = rows_for_event(reader, event_id)
        return cls(rows, round_order=_round_ids_in_order(rows))

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, contribution_id: object) -> bool:
        return contribution_id in self._rows

    @property
    def rows(self) -> Sequence[ContributionRow]:
        """Every row, in event order."""
        return self._all.rows

    def order_key(self, row: ContributionRow) -> tuple[int, int, int]:
        return (self._rank.get(row.round_id, _UNKNOWN_ROUND), row.position, row.id)

    def set_round_order(self, round_ids: Sequence[int]) -> None:
        """The event's rounds in their order; sorts the rows once when it differs from what it was."""
        rank = {round_id: number for number, round_id in enumerate(round_ids)}
        self._ranked_by_rows = False
        if rank == self._rank:
            return
        self._rank = rank
        ordered = sorted(self._all.rows, key=self.order_key)
        keys = [self._keys[row.id] for row in ordered]
        exact = [self._exact.get(row.id, key) for row, key in zip(ordered, keys, strict=True)]
        self._all = Found(ordered, keys, exact)
        self._recent.clear()
        self.version += 1

    def put(self, row: ContributionRow) -> None:
        """Add a row, or replace the one with its id; it goes where it belongs in the order."""
        if self._ranked_by_rows and row.round_id not in self._rank:
            self._rank[row.round_id] = len(self._rank)
        text = _row_text(row).casefold()
        if text.isascii():
            folded = exact = text
            self._exact.pop(row.id, None)
        else:
            folded = _NON_ASCII.sub(_fold_char, text)
            exact = self._exact[row.id] = unicodedata.normalize("NFC", text)
        old = self._rows.get(row.id)
        self.version += 1
        self._rows[row.id] = row
        self._keys[row.id] = folded
        self._all.put(old, row, folded, exact, self.order_key)
        for (terms, accented), found in self._recent.items():
            hit = all(t in folded for t in terms) and all(a in exact for a in accented)
            found.put(old, row if hit else None, folded, exact, self.order_key)

    def discard(self, contribution_id: int) -> None:
        old = self._rows.pop(contribution_id, None)
        if old is None:
            return
        self.version += 1
        del self._keys[contribution_id]
        self._exact.pop(contribution_id, None)
        for found in (self._all, *self._recent.values()):
            found.put(old, None, "", "", self.order_key)

    def matches(self, row: ContributionRow, terms: Sequence[str], accented: Sequence[str] = ()) -> bool:
        key = self._keys.get(row.id)
        if key is None:
            key = row_search_key(row)
        if not all(term in key for term in terms):
            return False
        if not accented:
            return True
        exact = self._exact.get(row.id, key) if row.id in self._keys else row_exact_key(row)
        return all(term in exact for term in accented)

    def search(self, query: str) -> list[ContributionRow]:
        """Rows holding every word of ``query`` (case- and accent-insensitive), in event order."""
        return list(self.found(query_words(query)).rows)

    def found(self, words: Words) -> Found:
        """The rows (with their keys) a query's words ask for: kept, narrowed from kept, or filtered.

        The result is the index's own (patched as rows change): read it, do not change it.
        """
        terms, accented = words
        if not terms:
            return self._all
        found = self._recent.get(words)
        if found is None:
            base, (known, known_accented) = self._base_for(words)
            found = base.narrowed(
                [t for t in terms if t not in known], [a for a in accented if a not in known_accented]
            )
        self._recent.pop(words, None)
        self._recent[words] = found
        while len(self._recent) > RECENT_SEARCHES:
            del self._recent[next(iter(self._recent))]
        return found

    def _base_for(self, words: Words) -> tuple[Found, Words]:
        """The fewest rows a search for ``words`` must look through, and the words they all hold.

        A key holding every new word holds every word it extends: when each word of a recent
        search is part of a new one (the usual keystroke), only its results need looking at.
        """
        terms, accented = words
        base, known = self._all, NO_WORDS
        for (old_terms, old_accented), found in self._recent.items():
            if len(found.rows) >= len(base.rows):
                continue
            if all(any(o in n for n in terms) for o in old_terms) and all(
                any(o in n for n in accented) for o in old_accented
            ):
                base, known = found, (old_terms, old_accented)
        return base, known

    def current(self, contribution_id: int) -> ContributionRow | None:
        return self._rows.get(contribution_id)


class Found:
    """Rows in event order with their folded keys and their keys with accents, side by side."""

    __slots__ = ("exact", "keys", "rows")

    def __init__(self, rows: list[ContributionRow], keys: list[str], exact: list[str]) -> None:
        self.rows = rows
        self.keys = keys
        self.exact = exact  # the folded key for rows without accents (no accented word is in it)

    def narrowed(self, terms: Sequence[str], accented: Sequence[str]) -> Found:
        """The rows whose folded key holds every term and whose key with accents every accented word.

        ``map`` + ``compress``: the scan of 100k keys stays in C (a comprehension is half as fast).
        """
        rows, keys, exact = self.rows, self.keys, self.exact
        checks = [(t, False) for t in sorted(terms, key=len, reverse=True)]  # the longest leaves fewest
        checks += [(a, True) for a in accented]
        for word, with_accents in checks:
            hits = list(map(contains, exact if with_accents else keys, repeat(word)))
            rows, keys = list(compress(rows, hits)), list(compress(keys, hits))
            exact = list(compress(exact, hits))
        if rows is self.rows:  # nothing to check: a copy, since each result is patched on its own
            rows, keys, exact = list(rows), list(keys), list(exact)
        return Found(rows, keys, exact)

    def put(
        self,
        old: ContributionRow | None,
        new: ContributionRow | None,
        key: str,
        exact: str,
        order_key: Callable[[ContributionRow], tuple[int, int, int]],
    ) -> None:
        """Replace ``old`` (if here) by ``new`` (None: only take ``old`` out), each in its place."""
        rows, keys, exacts = self.rows, self.keys, self.exact
        if old is not None:
            at = bisect.bisect_left(rows, order_key(old), key=order_key)
            if at < len(rows) and rows[at].id == old.id:
                if new is not None and order_key(new) == order_key(old):
                    rows[at], keys[at], exacts[at] = new, key, exact
                    return
                del rows[at], keys[at], exacts[at]
        if new is not None:
            place = order_key(new)
            if not rows or order_key(rows[-1]) < place:
                at = len(rows)  # the usual case: a new row at the end, or the next of a build
            else:
                at = bisect.bisect_left(rows, place, key=order_key)
            rows.insert(at, new)
            keys.insert(at, key)
            exacts.insert(at, exact)


def _round_ids_in_order(rows: Sequence[ContributionRow]) -> list[int]:
    seen: dict[int, None] = {}
    for row in rows:
        seen.setdefault(row.round_id)
    return list(seen)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """The (start, length) stretches of ``text`` that words of ``query`` match, merged, in order.

    Folds like the search does, character by character, so the stretches point
    into the text as shown even where folding changes lengths ("ß" is "ss").
    """
    return marker(query)(text)


def marker(query: str) -> Callable[[str], list[tuple[int, int]]]:
    """``match_spans`` for one query, its words worked out once (a repaint asks for every visible cell)."""
    terms, accented = query_words(query)
    plain = [search_key(t) for t in clean_line(query).split() if search_key(t) == exact_key(t)]

    def spans(text: str) -> list[tuple[int, int]]:
        if not terms:
            return []
        found: list[tuple[int, int]] = []
        folded = search_key(text)
        _find_all(folded, plain, _owners(text, folded, search_key), found)
        if accented and not text.isascii():
            exact = text.casefold()
            _find_all(exact, accented, _owners(text, exact, str.casefold), found)
        return _merged(found)

    return spans


def _owners(text: str, folded: str, fold: Callable[[str], str]) -> list[int] | None:
    """For each character of ``folded``, the character of ``text`` it came from (None: the same)."""
    if len(folded) == len(text):  # the usual case, accents included ("é" folds to one "e")
        return None
    owners: list[int] = []
    for at, char in enumerate(text):
        owners.extend([at] * len(fold(char)))
    return owners


def _find_all(
    haystack: str, words: Iterable[str], owners: list[int] | None, found: list[tuple[int, int]]
) -> None:
    for word in words:
        if not word:
            continue
        start = haystack.find(word)
        while start >= 0:
            end = start + len(word)
            if owners is None:
                found.append((start, end))
            elif end - 1 < len(owners):
                found.append((owners[start], owners[end - 1] + 1))
            start = haystack.find(word, end)


def _merged(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if spans and start <= spans[-1][0] + spans[-1][1]:
            first = spans[-1][0]
            spans[-1] = (first, max(first + spans[-1][1], end) - first)
        else:
            spans.append((start, end - start))
    return spans


def search(reader: Reader, event_id: int, query: str) -> list[ContributionRow]:
    """Contributions of the event holding every word of ``query``, in event order."""
    return SearchIndex.for_event(reader, event_id).search(query)
