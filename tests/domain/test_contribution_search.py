"""Filtering as you type narrows the last results; it must find exactly what a fresh search finds."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from erbij_desktop.domain import contribution_search as search_ops
from erbij_desktop.domain import contributions as ops

TEXTS = [
    "Eenzame ouderen in de wijk",
    "Een café voor mantelzorgers, zonder wachtlijst",
    "Gülşen coördineert het buddyproject",
    "De wijkverpleegkundige bezoekt ouderen thuis",
    "Jongeren die zich anders voelen",
    "CAFÉ in het buurthuis: iedereen welkom",
]
MOMENT = dt.datetime(2018, 2, 20, 9, 0, tzinfo=dt.UTC)


def _rows() -> list[ops.ContributionRow]:
    return [
        ops.ContributionRow(n + 1, 1, 1, 1, text, None, False, n, MOMENT) for n, text in enumerate(TEXTS * 3)
    ]


def _fresh(rows: list[ops.ContributionRow], query: str) -> list[int]:
    return [r.id for r in search_ops.SearchIndex(rows).search(query)]


PIECES = ["e", "een", "ou", "cafe", "café ", "gul", " wijk", "x", "ë", " "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=6))
def test_typing_and_erasing_finds_what_a_fresh_search_finds(pieces: list[str]) -> None:
    rows = _rows()
    index = search_ops.SearchIndex(rows)
    query = ""
    for piece in pieces:
        for char in piece:  # one key at a time, as typed
            query += char
            assert [r.id for r in index.search(query)] == _fresh(rows, query), query
    while query:  # and Backspace back to nothing
        query = query[:-1]
        assert [r.id for r in index.search(query)] == _fresh(rows, query), query


def test_a_change_to_the_index_is_not_hidden_by_the_last_results() -> None:
    rows = _rows()
    index = search_ops.SearchIndex(rows)
    assert [r.id for r in index.search("cafe")] == [2, 6, 8, 12, 14, 18]
    renamed = rows[0]._replace(text="Een café om de hoek")
    index.put(renamed)  # narrowing "cafe" to "cafe hoek" must not skip the row that only now matches
    assert [r.id for r in index.search("cafe hoek")] == [1]
    index.discard(1)
    assert index.search("cafe hoek") == []


def test_accents_are_ignored_unless_the_query_has_them() -> None:
    rows = [
        ops.ContributionRow(1, 1, 1, 1, "Één keer per week komt er iemand langs", None, False, 0, MOMENT),
        ops.ContributionRow(2, 1, 1, 1, "Een buurtcafé voor iedereen", None, False, 1, MOMENT),
    ]
    index = search_ops.SearchIndex(rows)
    assert [r.id for r in index.search("een")] == [1, 2]  # no accent typed: both
    assert [r.id for r in index.search("één")] == [1]  # typed with accents: as typed
    assert [r.id for r in index.search("ÉÉN keer")] == [1]  # case still does not matter
    assert [r.id for r in index.search("cafe")] == [2]
    assert [r.id for r in index.search("café")] == [2]
    assert [r.id for r in index.search("caf\u0065\u0301")] == [2]  # a decomposed é is the same é
