"""What the Verslag tab reads: a round's contributions, the event's tags, rounds still without a choice.

Frozen rows and plain values from one short read each (``ws.read_plain``: Core
only), so the tab's lists and the warning above them are built from the same
``ContributionRow`` values the capture view shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from erbij_desktop.domain import contribution_rows as rows
from erbij_desktop.domain import schema
from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.errors import NotFoundError

from .workspace import Workspace

if TYPE_CHECKING:
    from erbij_desktop.domain.curation import TagGroup


@dataclass(frozen=True)
class RoundTitle:
    id: int
    title: str
    question: str


def round_rows(ws: Workspace, round_id: int) -> list[ContributionRow]:
    """The round's contributions in round order (the chosen ones are ``highlighted``)."""
    return ws.read_plain(lambda conn: rows.rows_for_round(conn, round_id))


def row(ws: Workspace, contribution_id: int) -> ContributionRow | None:
    """The contribution as stored now (None when it was deleted meanwhile)."""
    try:
        return ws.read_plain(lambda conn: rows.get_row(conn, contribution_id))
    except NotFoundError:
        return None


def tag_names(ws: Workspace) -> list[str]:
    """The event's tag names, alphabetically (what the tag field completes)."""
    return [name for _id, name in ws.read_plain(lambda conn: _tags(conn, ws.event_id))]


def tag_groups(ws: Workspace) -> list[TagGroup]:
    """The event's tags that are in use, alphabetically, each with its contributions (loads the ORM)."""
    from erbij_desktop.domain.curation import tag_groups as groups

    return ws.read(lambda session: groups(session, ws.event_id))


def rounds_without_selection(ws: Workspace) -> list[RoundTitle]:
    """Rounds of which no contribution is chosen yet (the report would print only their question)."""
    r, c = schema.round_.c, schema.contribution.c
    chosen = select(c.round_id).where(c.event_id == ws.event_id, c.highlighted.is_(True)).distinct()
    query = (
        select(r.id, r.title, r.question)
        .where(r.event_id == ws.event_id, r.id.not_in(chosen))
        .order_by(r.position)
    )
    return [RoundTitle(*found) for found in ws.read_plain(lambda conn: conn.execute(query).all())]


def _tags(conn: Connection, event_id: int) -> list[tuple[int, str]]:
    t = schema.tag.c
    query = select(t.id, t.name).where(t.event_id == event_id).order_by(t.name_key, t.id)
    return [(tag_id, name) for tag_id, name in conn.execute(query)]
