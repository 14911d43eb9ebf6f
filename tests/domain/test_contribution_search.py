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


# --- the index keeps event order through changes, and patches recent results ---------------------

CHANGES = st.lists(
    st.tuples(
        st.sampled_from(["put", "discard", "search"]),
        st.integers(1, 12),  # contribution id
        st.integers(1, 3),  # round
        st.integers(0, 5),  # position
        st.sampled_from(TEXTS),
    ),
    max_size=40,
)


QUERIES = ["e", "ee", "een", "cafe", "café", "wijk", "ou", "ouderen"]


@settings(max_examples=80, deadline=None)
@given(CHANGES, st.lists(st.sampled_from(QUERIES), min_size=1))
def test_results_stay_in_event_order_through_adds_moves_and_deletes(
    changes: list[tuple[str, int, int, int, str]], queries: list[str]
) -> None:
    index = search_ops.SearchIndex(round_order=[3, 1, 2])  # round 3 comes first in this event
    current: dict[int, ops.ContributionRow] = {}
    for number, (what, cid, round_id, position, text) in enumerate(changes):
        if what == "put":
            current[cid] = ops.ContributionRow(cid, 1, round_id, 1, text, None, False, position, MOMENT)
            index.put(current[cid])
        elif what == "discard":
            current.pop(cid, None)
            index.discard(cid)
        else:  # a search in between: its results are kept and must be patched by later changes
            index.search(queries[number % len(queries)])
    rank = {3: 0, 1: 1, 2: 2}
    in_order = sorted(current.values(), key=lambda r: (rank[r.round_id], r.position, r.id))
    assert [r.id for r in index.rows] == [r.id for r in in_order]
    for query in queries:  # typed after the changes: narrowing kept results finds what a fresh index does
        fresh = search_ops.SearchIndex(in_order, round_order=[3, 1, 2])
        assert [r.id for r in index.search(query)] == [r.id for r in fresh.search(query)], query


def test_backspace_and_typing_after_an_add_use_the_patched_results() -> None:
    rows = _rows()
    index = search_ops.SearchIndex(rows)
    assert len(index.search("cafe")) == 6 and len(index.search("cafe z")) == 3
    added = ops.ContributionRow(99, 1, 1, 1, "Een café zonder drempel", None, False, 0, MOMENT)
    index.put(added)  # position 0 of round 1: it comes first, without sorting anything
    assert [r.id for r in index.search("cafe")][:2] == [99, 2]
    assert [r.id for r in index.search("cafe zo")] == [99, 2, 8, 14]
    index.discard(2)
    assert [r.id for r in index.search("cafe z")] == [99, 8, 14]


def test_match_spans_point_into_the_text_as_shown() -> None:
    spans = search_ops.match_spans
    assert spans("Eenzame ouderen, EENZAAM", "eenza") == [(0, 5), (17, 5)]
    assert spans("Één keer, een keer", "een") == [(0, 3), (10, 3)]  # no accent typed: both
    assert spans("Één keer, een keer", "één") == [(0, 3)]  # typed with accents: only as typed
    assert spans("De Straße van Gülşen", "strasse gulsen") == [(3, 6), (14, 6)]
    assert spans("koffie en thee", "ee") == [(12, 2)]
    assert spans("koffie", "") == [] and spans("koffie", "thee") == []
    assert spans("wijkverpleegkundige", "wijk verpleeg") == [(0, 12)]  # touching stretches merge
