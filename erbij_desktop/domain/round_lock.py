"""Two laptops adding to one round at once (a server database): positions are handed out one at a time.

A contribution's position is the round's highest position plus one. On SQLite
one writer at a time is the file's own rule; on PostgreSQL two transactions
could both read the same maximum and store the same position. ``lock_round``
takes a transaction-scoped advisory lock on the round (released at commit or
rollback) before the maximum is read: the second laptop waits a moment, then
reads the first one's committed row (READ COMMITTED reads afresh per
statement) and takes the next position. No unique constraint is needed (and
none is added: renumbering a round moves positions through each other).

Adding a contribution (the hot path) takes the lock inside its lookup
statement (``lock_column``) and computes the position inside its INSERT: a
later statement, so its snapshot is taken after the lock was granted. One
round trip to the server less per Enter than a statement of its own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, bindparam, cast, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter, ColumnElement

# pg_advisory_xact_lock(class, round id): the class is the bytes of "ErbR" (a two-key lock never meets
# the one-key migration lock of storage.server_db).
ROUND_LOCK_CLASS = 0x4572_6252


def lock_round(session: Session, round_id: int) -> None:
    """Hold the round's numbering until this transaction ends (on PostgreSQL; nothing on SQLite)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(_LOCK, {"round": round_id})


def lock_column(round_param: BindParameter[Any]) -> ColumnElement[Any]:
    """The round's lock as a column of a SELECT (PostgreSQL only): taken while that statement runs."""
    return func.pg_advisory_xact_lock(cast(literal(ROUND_LOCK_CLASS), Integer), cast(round_param, Integer))


_LOCK = select(lock_column(bindparam("round")))  # lock_round's statement: the same lock, built once
