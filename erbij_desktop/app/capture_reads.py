"""What the capture view ("Vastleggen") reads, as frozen values from a short read of the workspace.

Everything goes through ``ws.read_plain`` (Core connection, no ORM): the
capture view is the first thing painted when an event opens, and must open a
round of 10,000 contributions in a fraction of a second. Rows are the
immutable ``ContributionRow`` tuples the item models keep.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection

from erbij_desktop.domain import contribution_rows as rows
from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.contribution_search import SearchIndex
from erbij_desktop.domain.contribution_search_build import IndexBuild
from erbij_desktop.domain.errors import NotFoundError
from erbij_desktop.domain.now import Now
from erbij_desktop.domain.outline import EventStructure, load_structure, now_at

from .workspace import Workspace


def structure(ws: Workspace, now: dt.datetime | None) -> EventStructure:
    """Rounds, tables, programme, names of the event (what the view's pickers show); ``now``: None
    leaves out what is on now."""
    return ws.read_plain(lambda conn: load_structure(conn, ws.event_id, now))


def now(ws: Workspace, moment: dt.datetime) -> Now:
    """What is on stage and which round is current at ``moment``."""
    return ws.read_plain(lambda conn: now_at(conn, ws.event_id, moment))


def scope(
    ws: Workspace, round_id: int, table_id: int | None
) -> tuple[dict[int | None, int], list[ContributionRow]]:
    """Counts per table in the round, and the table's rows in round order (one read)."""

    def read(conn: Connection) -> tuple[dict[int | None, int], list[ContributionRow]]:
        return rows.counts_by_table(conn, round_id), rows.rows_for_table(conn, round_id, table_id)

    return ws.read_plain(read)


def counts(ws: Workspace, round_id: int) -> dict[int | None, int]:
    return ws.read_plain(lambda conn: rows.counts_by_table(conn, round_id))


def rows_by_ids(ws: Workspace, ids: Iterable[int]) -> list[ContributionRow]:
    """The rows of these contributions that still exist."""
    wanted = list(ids)
    if not wanted:
        return []
    return ws.read_plain(lambda conn: rows.rows_by_ids(conn, wanted))


def row(ws: Workspace, contribution_id: int) -> ContributionRow | None:
    try:
        return ws.read_plain(lambda conn: rows.get_row(conn, contribution_id))
    except NotFoundError:
        return None


def round_order(ws: Workspace, round_id: int) -> list[int]:
    return ws.read_plain(lambda conn: rows.round_order(conn, round_id))


def rows_for_round(ws: Workspace, round_id: int) -> list[ContributionRow]:
    return ws.read_plain(lambda conn: rows.rows_for_round(conn, round_id))


def search_index(ws: Workspace) -> SearchIndex:
    """The event's search index in one read (``start_search_index`` builds it in steps)."""
    return ws.read_plain(lambda conn: SearchIndex.for_event(conn, ws.event_id))


def start_search_index(ws: Workspace) -> IndexBuild:
    """An empty search index to fill with ``step_search_index`` in idle time."""
    return ws.read_plain(lambda conn: IndexBuild.start(conn, ws.event_id))


def step_search_index(ws: Workspace, build: IndexBuild) -> bool:
    """One short read more into the index (a few hundred rows); True when it is complete."""
    return ws.read_plain(build.step)


def finish_search_index(ws: Workspace, build: IndexBuild) -> SearchIndex:
    """The rest of the index at once (someone pressed Ctrl+F before the idle build was done)."""
    return ws.read_plain(build.finish)
