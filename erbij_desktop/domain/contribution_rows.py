"""Reading contributions as plain rows: the hot path of opening a capture list, and free of the ORM.

Reads hand out immutable ``ContributionRow`` values instead of ORM objects: a
capture list of 10,000 rows must open in a fraction of a second, and rows can
be kept by item models without tying them to a session. The queries are plain
SQL whose values go straight into tuples, without the ORM's per-column result
processing, and they take a Core connection as well as a session: the app
shows its first window before it loads the ORM (see ``domain.outline``).
Writing is in ``domain.contributions``, which re-exports these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection

from .errors import NotFoundError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    Reader = Connection | Session


class ContributionRow(NamedTuple):
    """What a list needs to show one contribution; detached from any session.

    A named tuple rather than a dataclass: tens of thousands are made when a
    big event opens, and tuples are the cheapest Python objects to make.
    """

    id: int
    event_id: int
    round_id: int
    table_id: int | None
    text: str
    report_text: str | None
    highlighted: bool
    position: int
    created_at: dt.datetime
    person_id: int | None = None
    person_name: str = ""
    organisation_id: int | None = None
    organisation_name: str = ""
    tags: tuple[str, ...] = ()
    # Where it was typed ("laptop" or "device": domain.models.capture.SOURCES).
    source: str = "laptop"
    # The id made where it was typed (a device, a laptop's outbox); None for older rows.
    entry_uid: str | None = None
    # Hidden by the facilitator: kept, but not in the report.
    hidden: bool = False

    @property
    def order_key(self) -> tuple[int, int]:
        """Where the row sits in its round: by position, then by id."""
        return (self.position, self.id)

    @property
    def attribution(self) -> str:
        """'Naam, Organisatie', either part alone, or ''."""
        return ", ".join(part for part in (self.person_name, self.organisation_name) if part)


_ROW_SQL = """
SELECT c.id, c.event_id, c.round_id, c.table_id, c.text, c.report_text, c.highlighted,
       c.position, c.created_at, c.person_id, p.name, c.organisation_id, o.name,
       c.source, c.entry_uid, c.hidden
FROM contribution AS c
LEFT JOIN person AS p ON p.id = c.person_id
LEFT JOIN organisation AS o ON o.id = c.organisation_id
"""
_TAG_SQL = """
SELECT ct.contribution_id, t.name
FROM contribution_tag AS ct
JOIN tag AS t ON t.id = ct.tag_id
JOIN contribution AS c ON c.id = ct.contribution_id
"""
_IN_ORDER = " ORDER BY c.position, c.id"


def _utc(value: Any) -> dt.datetime:
    """A stored timestamp (SQLite hands back text, other databases a datetime) as aware UTC."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value + "+00:00")
    return cast(dt.datetime, value).replace(tzinfo=dt.UTC)


def _fetch(reader: Reader, sql: str, params: dict[str, Any]) -> Sequence[Any]:
    """Plain tuples for ``sql``: straight from sqlite3 when we can (SQLAlchemy's row objects cost
    more than the query itself for 10,000 rows), through SQLAlchemy on other databases."""
    connection = reader if isinstance(reader, Connection) else reader.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        if raw is not None:
            return cast(Sequence[Any], raw.execute(sql, params).fetchall())
    return connection.execute(sql_text(sql), params).all()


def _rows(
    reader: Reader, where_sql: str, params: dict[str, Any], *, join_sql: str = "", order_sql: str = _IN_ORDER
) -> list[ContributionRow]:
    tags = _tag_names(reader, where_sql, params)
    row = ContributionRow
    utc = _utc
    no_tags: tuple[str, ...] = ()
    return [
        row(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], utc(r[8]),
            r[9], r[10] or "", r[11], r[12] or "", tags.get(r[0], no_tags) if tags else no_tags,
            r[13], r[14], bool(r[15]))
        for r in _fetch(reader, _ROW_SQL + join_sql + where_sql + order_sql, params)
    ]  # fmt: skip


def _tag_names(reader: Reader, where_sql: str, params: dict[str, Any]) -> dict[int, tuple[str, ...]]:
    """Tag names per contribution id for the contributions matching ``where_sql``."""
    # Most events carry no tags at all: one cheap query answers that.
    if not _fetch(reader, "SELECT 1 FROM tag LIMIT 1", {}):
        return {}
    found: dict[int, list[str]] = {}
    for contribution_id, name in _fetch(reader, _TAG_SQL + where_sql + " ORDER BY t.name_key", params):
        found.setdefault(contribution_id, []).append(name)
    return {key: tuple(names) for key, names in found.items()}


def rows_for_table(reader: Reader, round_id: int, table_id: int | None) -> list[ContributionRow]:
    """One table's contributions in one round, in round order (table None: those without a table)."""
    if table_id is None:
        where = "WHERE c.round_id = :round_id AND c.table_id IS NULL"
    else:
        where = "WHERE c.round_id = :round_id AND c.table_id = :table_id"
    return _rows(reader, where, {"round_id": round_id, "table_id": table_id})


def rows_for_round(reader: Reader, round_id: int) -> list[ContributionRow]:
    return _rows(reader, "WHERE c.round_id = :round_id", {"round_id": round_id})


def rows_for_event(reader: Reader, event_id: int) -> list[ContributionRow]:
    """Every contribution of the event, by round order, then position within the round."""
    return _rows(
        reader,
        "WHERE c.event_id = :event_id",
        {"event_id": event_id},
        join_sql="JOIN round AS r ON r.id = c.round_id ",
        order_sql=" ORDER BY r.position, r.id, c.position, c.id",
    )


def get_row(reader: Reader, contribution_id: int) -> ContributionRow:
    rows = _rows(reader, "WHERE c.id = :id", {"id": contribution_id})
    if not rows:
        raise NotFoundError(f"Geen bijdrage met id {contribution_id}.")
    return rows[0]


def counts_by_table(reader: Reader, round_id: int) -> dict[int | None, int]:
    """How many contributions each table has in the round (None: without a table)."""
    sql = "SELECT table_id, count(*) FROM contribution WHERE round_id = :id GROUP BY table_id"
    return {table_id: count for table_id, count in _fetch(reader, sql, {"id": round_id})}


def counts_by_table_in_event(reader: Reader, event_id: int) -> dict[int, int]:
    """How many contributions each table has over all rounds (tables only, not 'without a table')."""
    sql = "SELECT table_id, count(*) FROM contribution WHERE event_id = :id GROUP BY table_id"
    return {t: count for t, count in _fetch(reader, sql, {"id": event_id}) if t is not None}


def counts_by_round(reader: Reader, event_id: int) -> dict[int, int]:
    sql = "SELECT round_id, count(*) FROM contribution WHERE event_id = :id GROUP BY round_id"
    return {round_id: count for round_id, count in _fetch(reader, sql, {"id": event_id})}


def round_order(reader: Reader, round_id: int) -> list[int]:
    """Ids of the round's contributions in their order."""
    sql = "SELECT c.id FROM contribution AS c WHERE c.round_id = :id" + _IN_ORDER
    return [contribution_id for (contribution_id,) in _fetch(reader, sql, {"id": round_id})]


def rows_by_ids(reader: Reader, contribution_ids: Sequence[int]) -> list[ContributionRow]:
    """The rows of these contributions that still exist (in round order; missing ids are skipped)."""
    ids = sorted(set(contribution_ids))
    found: list[ContributionRow] = []
    for start in range(0, len(ids), 500):  # SQLite allows only so many parameters per statement
        chunk = ids[start : start + 500]
        names = ", ".join(f":i{n}" for n in range(len(chunk)))
        found.extend(_rows(reader, f"WHERE c.id IN ({names})", {f"i{n}": i for n, i in enumerate(chunk)}))
    return found
