"""The search index filled in small steps ends up as the index read at once, changes in between too."""

from __future__ import annotations

from sqlalchemy.orm import Session

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.contribution_rows import rows_by_ids
from erbij_desktop.domain.contribution_search import SearchIndex
from erbij_desktop.domain.contribution_search_build import IndexBuild
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.rounds import add_round, add_tables


def test_a_build_in_steps_follows_changes_made_while_it_runs(session: Session) -> None:
    event = create_event(session, "Samen tegen eenzaamheid")
    first = add_round(session, event, "Signaleren", "Wat doe je?")
    second = add_round(session, event, "Interventies", "Wat zet je in?")
    [table] = add_tables(session, event, 1)
    ids = [
        ops.add_contribution(session, round_.id, f"Bijdrage {n} over ouderen", table_id=table.id).id
        for round_ in (first, second)
        for n in range(7)
    ]
    build = IndexBuild.start(session, event.id)
    assert not build.done and len(build.index) == 0
    assert build.step(session, 3) is False and 0 < len(build.index) < len(ids)
    # Meanwhile (as the change feed tells the GUI): one added in the round not read yet, one
    # deleted before its step, one moved to the front of a round already read.
    late = ops.add_contribution(session, second.id, "Een late bijdrage over café's", table_id=table.id)
    build.index.put(late)
    ops.delete_contribution(session, ids[9])
    build.index.discard(ids[9])
    ops.move_contribution(session, ids[2], ids[0])
    for row in rows_by_ids(session, ids[:7]):
        build.index.put(row)
    steps = 1
    while not build.step(session, 3):
        steps += 1
    assert steps > 3  # it really went in steps
    whole = SearchIndex.for_event(session, event.id)
    assert [r.id for r in build.index.rows] == [r.id for r in whole.rows]
    assert build.index.rows == whole.rows
    assert [r.id for r in build.index.search("cafe")] == [late.id]
    assert build.finish(session) is build.index  # nothing left to read
    assert build.expected == len(ids)  # what the event held when the build began
