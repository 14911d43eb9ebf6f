"""Which committed changes the report preview shows, so it sets the report again only for those.

Setting the article takes a noticeable moment on a busy laptop, and during
the meeting the change feed is busy with things the article never prints: new
contributions nobody has chosen yet, tags, the live clock of rounds and
programme items. ``shows`` reads the feed's rows: a row of a table the public
view reads counts when it was added or removed or when a column it prints
changed. Contributions count only when chosen for the article (before or
after the change), unless the preview includes the appendix. A table this
module does not know counts (a new table may well be read by the view).
"""

from __future__ import annotations

from erbij_desktop.app.changes import ChangeSet, RowChange

# Tables whose rows the report never prints (tags are only in the CSV export).
NOT_SHOWN_TABLES = frozenset({"metadata", "tag", "contribution_tag"})
# Columns the report never prints: the live clock, capture bookkeeping, search keys, timestamps.
NOT_SHOWN_COLUMNS: dict[str, frozenset[str]] = {
    "event": frozenset({"uid", "created_at", "updated_at"}),
    "round": frozenset({"started_at", "ended_at", "planned_minutes", "capture_closed"}),
    "programme_item": frozenset({"planned_start", "duration_minutes", "actual_start", "actual_end"}),
    "contribution": frozenset({"updated_at", "entry_uid", "source", "device_id"}),
    "photo": frozenset({"filename", "created_at"}),
    "person": frozenset({"name_key"}),
    "organisation": frozenset({"name_key"}),
}


def shows(changes: ChangeSet, *, appendix: bool = False) -> bool:
    """Whether the report (with or without its appendix) can look different after ``changes``."""
    if changes.everything:
        return True
    if not changes.rows:  # announced without its rows: assume the worst
        return any(table not in NOT_SHOWN_TABLES for table in changes.tables)
    return any(_row_shows(row, appendix) for row in changes.rows)


def _row_shows(row: RowChange, appendix: bool) -> bool:
    if row.table in NOT_SHOWN_TABLES:
        return False
    if row.table == "contribution" and not appendix:
        chosen = any(side is not None and bool(side.get("highlighted")) for side in (row.before, row.after))
        if not chosen:
            return False
    if row.before is None or row.after is None:
        return True
    ignored = NOT_SHOWN_COLUMNS.get(row.table, frozenset())
    columns = set(row.before) | set(row.after)
    return any(row.before.get(c) != row.after.get(c) for c in columns if c not in ignored)
