"""What one commit changed, row by row: the unit of undo and of the change feed.

A ``RowChange`` holds a row as it was before the action and as it is after
(``None`` where it did not exist), as plain column values. Undo writes the
``before`` side back; the feed tells screens which ids of which table were
added, changed or removed, and who made the change.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

Key = tuple[Any, ...]
Row = Mapping[str, Any]


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Key
    before: Row | None
    after: Row | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        return "changed"

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


def frozen_row(values: Mapping[str, Any]) -> Row:
    return MappingProxyType(dict(values))


class Origin(enum.StrEnum):
    """Who made a change: this laptop's user, a table host's device, another laptop."""

    LOCAL = "local"
    DEVICE = "device"
    REMOTE = "remote"


class Direction(enum.StrEnum):
    DO = "do"
    UNDO = "undo"
    REDO = "redo"


@dataclass(frozen=True)
class TableChanges:
    """The ids of one table an action added, changed or removed (first key column)."""

    added: frozenset[Any] = frozenset()
    changed: frozenset[Any] = frozenset()
    removed: frozenset[Any] = frozenset()

    @property
    def ids(self) -> frozenset[Any]:
        return self.added | self.changed | self.removed


@dataclass(frozen=True)
class ChangeSet:
    """One committed action, as the change feed announces it.

    ``event_id`` 0 means the list of events itself changed (an import, a deleted
    event), not the contents of one open event.
    """

    event_id: int
    label: str
    origin: Origin = Origin.LOCAL
    direction: Direction = Direction.DO
    tables: Mapping[str, TableChanges] = field(default_factory=dict)
    rows: tuple[RowChange, ...] = ()
    sequence: int = 0
    # Anything may have changed (a restore, a catch-up after a lost connection): views reload all.
    everything: bool = False

    def touches(self, *tables: str) -> bool:
        """Whether any of these tables changed (no names: whether anything changed)."""
        if self.everything:
            return True
        if not tables:
            return bool(self.tables)
        return any(name in self.tables for name in tables)

    def of(self, table: str) -> TableChanges:
        return self.tables.get(table, TableChanges())

    def changed_rows(self, table: str) -> list[RowChange]:
        return [row for row in self.rows if row.table == table]


def summarise(rows: Iterable[RowChange]) -> dict[str, TableChanges]:
    grouped: dict[str, dict[str, set[Any]]] = {}
    for row in rows:
        kinds = grouped.setdefault(row.table, {"added": set(), "changed": set(), "removed": set()})
        kinds[row.kind].add(row.key[0] if len(row.key) == 1 else row.key)
    return {
        table: TableChanges(frozenset(k["added"]), frozenset(k["changed"]), frozenset(k["removed"]))
        for table, k in grouped.items()
    }
