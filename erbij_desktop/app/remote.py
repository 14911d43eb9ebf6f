"""Several laptops on one event: tell the others what this one committed, feed in what they did.

On a server database (PostgreSQL) every commit of a workspace (``run``, undo,
redo) also sends a notification in its own transaction (``announce``, through
storage.pg_notify); on SQLite nothing of this runs. ``follow(workspace)``
starts this process's one listener for the workspace's database (shared by
every workspace followed on it) and turns each other laptop's notification for
the workspace's event into a ``ChangeSet(origin=Origin.REMOTE)`` on the
workspace's feed: the views reload the ids it names, exactly as for a local
change. After a lost connection comes back the feed gets ``everything=True``
(whatever was committed meanwhile was not heard: views reload all).

Two people editing the same field: **last writer wins, with a notice**. Each
field edit is one short transaction; PostgreSQL's row lock orders two edits of
one row, and the later commit is what both laptops show. The earlier writer's
laptop hears of it as a REMOTE change of that row (its ``label`` names the
other's action), so its view shows the winner, and its status bar says that
the other laptop's change now stands (ui/events/remote_notice.py). Undo never takes back someone
else's work: the recorder reads the rows an UPDATE or DELETE is about to touch
with ``FOR UPDATE`` (so "before" is what the statement really changed, also
when another laptop's edit committed a moment earlier), and undo/redo lock the
rows they check (app.apply): a row another laptop changed since is refused
with ``UndoConflict``, the data untouched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from erbij_desktop.storage import pg_notify

from .changes import ChangeSet, Direction, Origin, RowChange, TableChanges, summarise

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from .workspace import Workspace


def on_server(engine: Engine) -> bool:
    """Whether other laptops can share this database (and so hear of its commits)."""
    return engine.dialect.name == "postgresql"


def announce(
    conn: Connection,
    event_id: int,
    label: str,
    rows: Sequence[RowChange],
    instance: str | None = None,
    *,
    commit: bool = False,
) -> None:
    """Tell the other laptops, when ``conn``'s transaction commits, which rows it changed;
    ``commit``: commit it in the same round trip (the last step of an action)."""
    tables = {name: (t.added, t.changed, t.removed) for name, t in summarise(rows).items()}
    payload = pg_notify.encode(instance or pg_notify.INSTANCE, event_id, label, tables)
    pg_notify.send(conn, payload, commit=commit)


def change_set(workspace: Workspace, notice: pg_notify.Notice) -> ChangeSet:
    """What another laptop's notice means for this workspace's feed."""
    return ChangeSet(
        workspace.event_id,
        notice.label,
        Origin.REMOTE,
        Direction.DO,
        {name: TableChanges(*ids) for name, ids in notice.tables.items()},
        (),
        workspace.feed.next_sequence(),
        everything=notice.everything,
    )


def everything(workspace: Workspace) -> ChangeSet:
    """Anything may have changed (after a lost connection): the views reload all."""
    return ChangeSet(
        workspace.event_id, "", Origin.REMOTE, sequence=workspace.feed.next_sequence(), everything=True
    )


class _Hub:
    """The one listener of this process on one database, and the workspaces it feeds."""

    def __init__(self, engine: Engine, instance: str) -> None:
        self.workspaces: list[Workspace] = []
        self.listener = pg_notify.Listener(engine, self._heard, self._reconnected, instance=instance)

    def _followers(self) -> list[Workspace]:
        with _lock:
            return list(self.workspaces)

    def _heard(self, notice: pg_notify.Notice) -> None:
        for workspace in self._followers():
            if workspace.event_id == notice.event_id:
                workspace.feed.publish(change_set(workspace, notice))

    def _reconnected(self) -> None:
        for workspace in self._followers():
            workspace.feed.publish(everything(workspace))


_lock = threading.Lock()
_hubs: dict[int, _Hub] = {}


def follow(workspace: Workspace, *, instance: str | None = None, wait: float = 0) -> Callable[[], None]:
    """Feed the other laptops' changes of this workspace's event into its feed, from now on.

    Returns the function that stops it (the listener stops with its last
    workspace). On SQLite it does nothing (and returns a function that does nothing).
    ``wait``: seconds to wait until the listener listens (the GUI does not wait; ``serve`` does).
    """
    engine = workspace.db.engine
    if not on_server(engine):
        return _nothing
    key = id(engine)
    with _lock:
        hub = _hubs.get(key)
        if hub is None:
            hub = _hubs[key] = _Hub(engine, instance or pg_notify.INSTANCE)
            hub.listener.start()
        hub.workspaces.append(workspace)
    followed = hub
    if wait > 0:
        hub.listener.listening.wait(wait)

    def unfollow() -> None:
        with _lock:
            if workspace not in followed.workspaces:
                return
            followed.workspaces.remove(workspace)
            last = not followed.workspaces
            if last and _hubs.get(key) is followed:
                del _hubs[key]
        if last:
            followed.listener.stop()

    return unfollow


def listener_of(workspace: Workspace) -> pg_notify.Listener | None:
    """The listener that feeds this workspace (tests wait until it listens), or None."""
    with _lock:
        hub = _hubs.get(id(workspace.db.engine))
        return hub.listener if hub is not None and workspace in hub.workspaces else None


def _nothing() -> None:
    return None
