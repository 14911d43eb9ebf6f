"""Does the open database really have the tables and columns the app reads?

A file can carry Erbij's mark and the current revision and still be edited by
hand (a column dropped in a database browser). Without this check the first
query fails somewhere deep in the window with "no such column"; with it,
opening refuses the file with one sentence and the usual ways on.

The expected layout is written out here instead of read from the ORM models,
because opening a database must not load the ORM (start-up time); a test keeps
it equal to the models (tests/storage/test_schema_check.py). A new migration
changes both. Extra tables and columns are tolerated (a newer revision may add
them; the app never reads them), missing ones are not.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

from .errors import DatabaseDamagedError, Situation


def _columns(names: str) -> frozenset[str]:
    return frozenset(names.split())


# Tables and columns of the head revision (not counting alembic_version).
EXPECTED: dict[str, frozenset[str]] = {
    "contribution": _columns(
        "id event_id round_id table_id text report_text person_id organisation_id highlighted "
        "position created_at updated_at entry_uid source device_id hidden"
    ),
    "contribution_tag": _columns("contribution_id tag_id"),
    "event": _columns(
        "id uid title event_date start_time end_time venue city chair_id attendance_expected "
        "attendance_actual attendance_text purpose lead conclusion background_heading background_text "
        "report_language "
        "report_status published_on modified_on logo logo_mime created_at updated_at"
    ),
    "event_organiser": _columns("event_id organisation_id position"),
    "event_table": _columns("id event_id position name host_id"),
    "key_figure": _columns("id event_id programme_item_id position value text source"),
    "organisation": _columns("id event_id name name_key"),
    "person": _columns("id event_id name name_key role organisation_id consent_to_name"),
    "photo": _columns(
        "id event_id position image mime sha256 width height filename caption credit alt_text consent "
        "after_item_id created_at"
    ),
    "photo_person": _columns("photo_id person_id"),
    "programme_item": _columns(
        "id event_id position kind heading planned_start duration_minutes actual_start actual_end narrative "
        "figures_summary"
    ),
    "programme_item_person": _columns("programme_item_id person_id position"),
    "quote": _columns("id event_id programme_item_id speaker_id position text is_headline"),
    "round": _columns(
        "id event_id programme_item_id position title question planned_minutes intro selection_intro "
        "started_at ended_at capture_closed"
    ),
    "tag": _columns("id event_id name name_key"),
}

_LAYOUT_SQL = (
    "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"
)
_LAYOUT = text(_LAYOUT_SQL)


def layout_problem(found: dict[str, set[str]]) -> str | None:
    """A Dutch phrase for the first difference from the expected layout, or None."""
    for table, columns in sorted(EXPECTED.items()):
        present = found.get(table)
        if present is None:
            return f"de tabel {table} ontbreekt"
        missing = sorted(columns - present)
        if missing:
            return f"de kolom {table}.{missing[0]} ontbreekt"
    return None


def check_layout(conn: Connection, path: Path) -> None:
    """Raise DatabaseDamagedError when the SQLite database's layout is not the app's."""
    found: dict[str, set[str]] = {}
    for table, column in conn.execute(_LAYOUT):
        found.setdefault(str(table), set()).add(str(column))
    problem = layout_problem(found)
    if problem is not None:
        raise DatabaseDamagedError(path, f"{problem}; buiten Erbij Desktop om gewijzigd?")


def layout_problem_in(path: Path) -> str | None:
    """The layout problem of the file at ``path``, read without writing (see layout_problem)."""
    from .sqlite_file import classify_sqlite_error, connect_readonly

    try:
        with closing(connect_readonly(path)) as conn:
            rows = conn.execute(_LAYOUT_SQL).fetchall()
    except sqlite3.Error as error:
        raise classify_sqlite_error(path, error, Situation.OPEN) from error
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(str(table), set()).add(str(column))
    return layout_problem(found)
