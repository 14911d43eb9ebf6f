"""The incremental search index finds what a plain search finds, on a generated event with its accents.

The reference is the search as it was defined before the index kept results per
keystroke: every row's folded key (text, report wording, names, tags) must hold
every folded word, its key with accents every word typed with accents, in event
order (round, position, id). The index is typed into key by key, with adds,
edits (text, names, report wording, tags), moves and deletes in between, and
must agree with that reference over a fresh read after every key, on both databases.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

from sqlalchemy import select
from sqlalchemy.orm import Session

from erbij_desktop.domain import contribution_search as search_ops
from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.contribution_rows import ContributionRow, rows_by_ids, rows_for_event
from erbij_desktop.domain.models import Round

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
QUERIES = [
    "eenzame ouderen",
    "Gülşen",
    "gulsen yilmaz",
    "coördineert",
    "café zonder wachtlijst",
    "één",
    "Coöperatie zorg",
    "chloë öztürk",
    "mantelzorg",
    "noel celik",
]


def generator() -> ModuleType:
    """The benchmarks' event generator (made-up Dutch contributions, accented names), loaded by path."""
    spec = importlib.util.spec_from_file_location("erbij_bench_generator", BENCHMARKS / "generator.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return module


def reference(session: Session, event_id: int, query: str) -> list[int]:
    """The plain search: every stored row judged on its own, in event order."""
    terms, accented = search_ops.query_words(query)
    return [  # no words: every row
        row.id
        for row in rows_for_event(session, event_id)
        if all(t in search_ops.row_search_key(row) for t in terms)
        and all(a in search_ops.row_exact_key(row) for a in accented)
    ]


def change_something(
    session: Session, rng: random.Random, rows: list[ContributionRow], gen: ModuleType
) -> list[int]:
    """One change as the capture view makes them; returns the ids it touched (read again after it)."""
    row = rng.choice(rows)
    what = rng.choice(["add", "add_first_round", "edit", "names", "report", "tags", "move", "delete"])
    if what in ("add", "add_first_round"):
        round_id = row.round_id if what == "add" else rows[0].round_id
        text = rng.choice(["Eenzame ouderen én café's", "Gülşen coördineert", gen.contribution_text(rng)])
        person = gen.person_name(rng.randrange(40)) if rng.random() < 0.5 else None
        return [ops.add_contribution(session, round_id, text, table_id=row.table_id, person=person).id]
    if what == "edit":
        ops.edit_text(
            session, row.id, rng.choice(["Één café zonder wachtlijst", "niets bijzonders", "COÖRDINEERT"])
        )
    elif what == "names":
        ops.set_attribution(
            session, row.id, gen.person_name(rng.randrange(60)), rng.choice(gen.ORGANISATIONS)
        )
    elif what == "report":
        ops.set_report_text(session, row.id, rng.choice([None, "Over eenzame ouderen, volgens Noël Çelik"]))
    elif what == "tags":
        ops.set_tags(session, row.id, rng.sample(gen.TAGS, 2))
    elif what == "move":
        before = rng.choice([r for r in rows if r.round_id == row.round_id])
        return ops.move_contribution(session, row.id, None if before.id == row.id else before.id)
    else:
        ops.delete_contribution(session, row.id)
    return [row.id]


def test_typing_with_changes_in_between_finds_what_the_plain_search_finds(session: Session) -> None:
    gen = generator()
    event_id = gen.build_event(session, gen.Shape(tables=4, rounds=3, per_table=12, people=30, talks=1))
    round_ids = list(
        session.scalars(select(Round.id).where(Round.event_id == event_id).order_by(Round.position))
    )
    index = search_ops.SearchIndex.for_event(session, event_id)
    index.set_round_order(round_ids)
    rng = random.Random(17)
    compared = 0
    for query in QUERIES:
        typed = ""
        for char in [*query, "\b", "\b", "\b", *query[-3:]]:  # key by key, three Backspaces, typed again
            typed = typed[:-1] if char == "\b" else typed + char
            if rng.random() < 0.4:  # a change arrives from the feed while searching
                ids = change_something(session, rng, rows_for_event(session, event_id), gen)
                found = rows_by_ids(session, ids)
                for gone in set(ids) - {r.id for r in found}:
                    index.discard(gone)
                for row in found:
                    index.put(row)
            expected = reference(session, event_id, typed)
            assert [r.id for r in index.search(typed)] == expected, typed
            compared += bool(expected)
        assert typed == query
    assert compared > 40  # most keystrokes found something to compare
    assert [r.id for r in index.rows] == [r.id for r in rows_for_event(session, event_id)]
