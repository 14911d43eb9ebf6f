"""Write recorded rows back: how undo and redo change the database.

``apply`` takes the changes of one step and a direction and makes every row
what that side says, after checking that each row is still what the other
side says: when someone else (another tab's later action that is not being
undone, a table host's device, another laptop) changed the same rows in the
meantime, undoing would overwrite their work, so it refuses instead.

Order matters for foreign keys: rows that come back are inserted parents
first, then rows are updated (so nothing still points at what goes), then
rows that go are deleted children first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, MetaData, Table, and_, delete, insert, update

from .changes import RowChange
from .errors import UndoConflict
from .recorder import read_rows

_CONFLICT = (
    "Dit kan niet meer ongedaan worden gemaakt: intussen is hetzelfde ook op een andere manier gewijzigd."
)


def apply(conn: Connection, metadata: MetaData, changes: Sequence[RowChange]) -> None:
    """Make each row what ``change.after`` says, refusing when it is not ``change.before`` now."""
    # Locked (on a server): another laptop cannot change them between this check and the write.
    current = read_rows(conn, metadata, ((c.table, c.key) for c in changes), lock=True)
    for change in changes:
        now = current.get((change.table, change.key))
        if not _same(now, change.before):
            raise UndoConflict(_CONFLICT)
    order = {table.name: i for i, table in enumerate(metadata.sorted_tables)}
    inserts = sorted((c for c in changes if c.before is None), key=lambda c: order[c.table])
    updates = [c for c in changes if c.before is not None and c.after is not None]
    deletes = sorted((c for c in changes if c.after is None), key=lambda c: -order[c.table])
    for change in inserts:
        table = metadata.tables[change.table]
        conn.execute(insert(table).values(**dict(change.after or {})))
    for change in updates:
        table = metadata.tables[change.table]
        values = {k: v for k, v in (change.after or {}).items() if (change.before or {}).get(k) != v}
        if values:
            conn.execute(update(table).where(_match(table, change)).values(**values))
    for change in deletes:
        table = metadata.tables[change.table]
        conn.execute(delete(table).where(_match(table, change)))


def _match(table: Table, change: RowChange) -> Any:
    return and_(
        *(column == value for column, value in zip(table.primary_key.columns, change.key, strict=True))
    )


def _same(now: dict[str, Any] | None, expected: Any) -> bool:
    if now is None or expected is None:
        return now is None and expected is None
    return now == dict(expected)
