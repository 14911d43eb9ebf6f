"""Records which rows one action changes, from the statements it executes.

Undo is recorded from changed rows, as in anki, not from hand-written inverse
commands: whatever a domain operation does, the workspace knows each row it
touched as it was before and as it is after, so undoing restores exactly the
previous state (also rows the database changed itself through ``ON DELETE
CASCADE`` / ``SET NULL``).

It listens to the engine, but only on a connection a workspace marked with
``start``: before an UPDATE or DELETE it reads the rows the statement will
touch (and, for a DELETE, the rows its foreign keys will cascade to); after an
INSERT it notes the new keys. ``finish`` then reads every touched row once
more as it is now, except a row an INSERT returned whole (``return_defaults``
with every column as ``supplemental_cols``, as capture's Enter does: one
statement less per contribution) while no UPDATE or DELETE ran after it.
Writes it cannot see through (textual SQL, INSERT … SELECT) are refused, so a
recorded action is never silently incomplete.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Delete,
    Engine,
    Insert,
    MetaData,
    Select,
    Table,
    Update,
    bindparam,
    event,
    select,
    tuple_,
)
from sqlalchemy.sql.elements import ClauseElement

from .changes import Key, RowChange, frozen_row
from .errors import ActionFailed

_MARK = "erbij_recording"
_WRITE_VERBS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass
class Recording:
    """The rows one action touched, each with its state before the action (``None``: new)."""

    metadata: MetaData
    before: dict[tuple[str, Key], Mapping[str, Any] | None] = field(default_factory=dict)
    # New rows as their INSERT returned them; forgotten at the next UPDATE or DELETE (of any
    # table: a cascade may change them), after which finish reads them back.
    returned: dict[tuple[str, Key], dict[str, Any]] = field(default_factory=dict)
    # True while a statement we understand runs (its SQL is ours to let through).
    expected: int = 0
    busy: bool = False

    def table(self, name: str) -> Table | None:
        return self.metadata.tables.get(name)


def install(engine: Engine) -> None:
    """Listen on this engine (once); recording only happens on connections passed to ``start``."""
    if event.contains(engine, "before_execute", _before_execute):
        return
    event.listen(engine, "before_execute", _before_execute)
    event.listen(engine, "after_execute", _after_execute)
    event.listen(engine, "before_cursor_execute", _before_cursor_execute)


def start(conn: Connection, metadata: MetaData) -> Recording:
    recording = Recording(metadata)
    conn.info[_MARK] = recording
    return recording


def stop(conn: Connection) -> None:
    if conn.invalidated:  # the server connection broke mid-action: its info went with it
        return
    conn.info.pop(_MARK, None)


def finish(conn: Connection, recording: Recording) -> list[RowChange]:
    """The touched rows as they were and as they are now; rows that ended as they began are left out."""
    recording.busy = True
    try:
        unread = [key for key in recording.before if key not in recording.returned]
        after = {**_current_rows(conn, recording, unread), **recording.returned}
    finally:
        recording.busy = False
    changes = []
    for (name, key), before in recording.before.items():
        now = after.get((name, key))
        if before == now:
            continue
        changes.append(
            RowChange(
                name,
                key,
                None if before is None else frozen_row(before),
                None if now is None else frozen_row(now),
            )
        )
    return changes


def read_rows(
    conn: Connection, metadata: MetaData, keys: Iterable[tuple[str, Key]], *, lock: bool = False
) -> dict[tuple[str, Key], dict[str, Any]]:
    """The current values of these rows (missing rows are absent); ``lock``: held until the
    transaction ends, so on a server nobody else changes them between this read and our write."""
    return _current_rows(conn, Recording(metadata), keys, lock=lock)


def _locking(conn: Connection, query: Select[Any]) -> Select[Any]:
    """On a server, the rows a statement is about to change are read locked (``FOR UPDATE``):
    another laptop's edit of them that is under way commits first, and "before" is what we changed."""
    return query.with_for_update() if conn.dialect.name == "postgresql" else query


def _active(conn: Connection) -> Recording | None:
    recording = conn.info.get(_MARK)
    return recording if isinstance(recording, Recording) and not recording.busy else None


def _param_sets(multiparams: Sequence[Any], params: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    sets: list[dict[str, Any]] = []
    for entry in multiparams or ():
        if isinstance(entry, Mapping):
            sets.append(dict(entry))
        elif isinstance(entry, Sequence):
            sets.extend(dict(p) for p in entry if isinstance(p, Mapping))
    if params:
        sets = [{**s, **params} for s in sets] or [dict(params)]
    return sets or [{}]


def _before_execute(
    conn: Connection, clause: ClauseElement, multiparams: Any, params: Any, _options: Any
) -> None:
    recording = _active(conn)
    if recording is None or not isinstance(clause, (Insert, Update, Delete)):
        return
    table = recording.table(clause.table.name)  # type: ignore[union-attr]
    if table is None:
        return
    recording.expected += 1
    if isinstance(clause, Insert):
        if clause.select is not None:
            raise ActionFailed(
                "INSERT … SELECT kan niet ongedaan worden gemaakt; de wijziging is teruggedraaid."
            )
        return
    recording.returned.clear()
    recording.busy = True
    try:
        where = clause.whereclause
        for values in _param_sets(multiparams, params):
            query = _locking(conn, select(table))
            if where is not None:
                query = query.where(where)
            rows = conn.execute(query, values).mappings().all()
            _note(recording, table, rows)
            if isinstance(clause, Delete):
                _note_cascades(conn, recording, table, rows)
    finally:
        recording.busy = False


def _after_execute(
    conn: Connection, clause: ClauseElement, multiparams: Any, params: Any, _options: Any, result: Any
) -> None:
    recording = _active(conn)
    if recording is None or not isinstance(clause, (Insert, Update, Delete)):
        return
    table = recording.table(clause.table.name)  # type: ignore[union-attr]
    if table is None:
        return
    recording.expected -= 1
    if not isinstance(clause, Insert):
        return
    param_sets = _param_sets(multiparams, params)
    keys = _inserted_keys(table, param_sets, result)
    for key in keys:
        recording.before.setdefault((table.name, key), None)
    returned = result.returned_defaults if len(param_sets) == 1 else None
    if returned is None:
        return
    values = returned._mapping  # made anew on each access: once here
    if all(column in values for column in table.c):
        recording.returned[(table.name, keys[0])] = {c.name: values[c] for c in table.c}


def _before_cursor_execute(
    conn: Connection, _cursor: Any, statement: str, _parameters: Any, _context: Any, _many: bool
) -> None:
    recording = _active(conn)
    if recording is None or recording.expected > 0:
        return
    if statement.lstrip()[:7].upper().startswith(_WRITE_VERBS):
        raise ActionFailed("Deze wijziging (platte SQL) kan niet worden vastgelegd; ze is teruggedraaid.")


def _key_of(table: Table, row: Mapping[Any, Any]) -> Key:
    return tuple(row[column.name] for column in table.primary_key.columns)


def _note(recording: Recording, table: Table, rows: Iterable[Mapping[Any, Any]]) -> None:
    for row in rows:
        recording.before.setdefault((table.name, _key_of(table, row)), dict(row))


def _note_cascades(
    conn: Connection, recording: Recording, parent: Table, rows: Sequence[Mapping[Any, Any]]
) -> None:
    """The rows the database will delete or set to NULL itself when ``rows`` of ``parent`` go."""
    if not rows:
        return
    for child in recording.metadata.tables.values():
        for fk in child.foreign_keys:
            if fk.column.table is not parent or (fk.ondelete or "").upper() not in ("CASCADE", "SET NULL"):
                continue
            values = {row[fk.column.name] for row in rows} - {None}
            if not values:
                continue
            found = conn.execute(_locking(conn, select(child).where(fk.parent.in_(values)))).mappings().all()
            _note(recording, child, found)
            if fk.ondelete.upper() == "CASCADE":  # type: ignore[union-attr]
                _note_cascades(conn, recording, child, found)


def _inserted_keys(table: Table, param_sets: list[dict[str, Any]], result: Any) -> list[Key]:
    columns = list(table.primary_key.columns)
    if all(all(c.key in p and p[c.key] is not None for c in columns) for p in param_sets):
        return [tuple(p[c.key] for c in columns) for p in param_sets]
    try:
        rows = result.inserted_primary_key_rows
    except Exception as error:  # the dialect could not tell the new keys
        raise ActionFailed(
            "De nieuwe rij kon niet worden vastgelegd; de wijziging is teruggedraaid."
        ) from error
    keys = [tuple(row) for row in rows if row is not None]
    if len(keys) != len(param_sets) or any(v is None for key in keys for v in key):
        raise ActionFailed("De nieuwe rij kon niet worden vastgelegd; de wijziging is teruggedraaid.")
    return keys


def _current_rows(
    conn: Connection, recording: Recording, keys: Iterable[tuple[str, Key]], *, lock: bool = False
) -> dict[tuple[str, Key], dict[str, Any]]:
    by_table: dict[str, list[Key]] = {}
    for name, key in keys:
        by_table.setdefault(name, []).append(key)
    found: dict[tuple[str, Key], dict[str, Any]] = {}
    for name, wanted in by_table.items():
        table = recording.table(name)
        assert table is not None
        columns = list(table.primary_key.columns)
        for start_at in range(0, len(wanted), 500):
            chunk = wanted[start_at : start_at + 500]
            if len(columns) == 1:  # one statement per table, compiled once (SQLAlchemy caches it)
                query = _by_ids(table)
                ids = {"ids": [k[0] for k in chunk]}
                result = conn.execute(_locking(conn, query) if lock else query, ids)
            else:
                query = select(table).where(tuple_(*columns).in_(chunk))
                result = conn.execute(_locking(conn, query) if lock else query)
            for row in result.mappings():
                found[(name, _key_of(table, row))] = dict(row)
    return found


_BY_IDS: dict[Table, Select[Any]] = {}


def _by_ids(table: Table) -> Select[Any]:
    statement = _BY_IDS.get(table)
    if statement is None:
        key = next(iter(table.primary_key.columns))
        statement = _BY_IDS[table] = select(table).where(key.in_(bindparam("ids", expanding=True)))
    return statement
