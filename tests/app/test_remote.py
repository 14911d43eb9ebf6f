"""Another laptop's commits arrive on the workspace's feed as REMOTE change sets (PostgreSQL only)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from erbij_desktop.app import capture_actions as capture
from erbij_desktop.app import remote
from erbij_desktop.app.changes import ChangeSet, Origin
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.models import Round
from erbij_desktop.storage import pg_notify
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import open_database

WAIT = 30.0


@pytest.fixture
def two_laptops(pg_database_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    """Laptop A and laptop B: two databases (engines, connections) on one server database, one event."""
    a = open_database(pg_database_url, backups=False)
    b = open_database(pg_database_url, backups=False)
    with a.transaction() as session:
        event_id = import_demo(session)[0].id
    yield Workspace(a, event_id), Workspace(b, event_id)
    a.close()
    b.close()


def first_round(ws: Workspace) -> int:
    return ws.read(
        lambda s: s.scalar(select(Round.id).where(Round.event_id == ws.event_id).order_by(Round.position))
    )


class Remote:
    """What a workspace's feed heard from other laptops."""

    def __init__(self, ws: Workspace, instance: str | None = None) -> None:
        self.got: queue.Queue[ChangeSet] = queue.Queue()
        ws.feed.subscribe(lambda cs: self.got.put(cs) if cs.origin is Origin.REMOTE else None)
        self.stop = remote.follow(ws, instance=instance)
        listener = remote.listener_of(ws)
        assert listener is not None and listener.listening.wait(WAIT)
        self.listener = listener

    def next(self) -> ChangeSet:
        return self.got.get(timeout=WAIT)


@pytest.fixture
def follow() -> Iterator[Callable[..., Remote]]:
    made: list[Remote] = []

    def start(ws: Workspace, instance: str | None = None) -> Remote:
        made.append(Remote(ws, instance))
        return made[-1]

    yield start
    for one in made:
        one.stop()


def test_another_laptops_commits_arrive_with_their_ids(
    two_laptops: tuple[Workspace, Workspace], follow: Callable[..., Remote]
) -> None:
    a, b = two_laptops
    heard = follow(b, "laptop-b")  # in one process: B listens as another instance than A sends as
    row = capture.add_contribution(a, first_round(a), "Van laptop A")
    added = heard.next()
    assert (added.origin, added.event_id, added.label) == (Origin.REMOTE, a.event_id, "Bijdrage toevoegen")
    assert added.of("contribution").added == {row.id}
    capture.edit_text(a, row.id, "Gewijzigd op A", label="Tekst wijzigen")
    assert heard.next().of("contribution").changed == {row.id}
    assert a.undo() == "Tekst wijzigen"  # undo and redo are commits too
    assert heard.next().of("contribution").changed == {row.id}
    capture.delete_contribution(a, row.id)
    assert heard.next().of("contribution").removed == {row.id}
    assert b.history.to_undo() is None  # another laptop's change is not a step of B's undo history


def test_a_notice_for_another_event_is_not_published(
    two_laptops: tuple[Workspace, Workspace], follow: Callable[..., Remote]
) -> None:
    a, b = two_laptops
    heard = follow(b, "laptop-b")
    with a.db.engine.begin() as conn:
        pg_notify.send(conn, pg_notify.encode("laptop-c", a.event_id + 1000, "ander evenement", {}))
        pg_notify.send(conn, pg_notify.encode("laptop-c", a.event_id, "dit evenement", {}))
    assert heard.next().label == "dit evenement"
    assert heard.got.empty()


def test_its_own_commits_are_not_heard_as_remote(
    two_laptops: tuple[Workspace, Workspace], follow: Callable[..., Remote]
) -> None:
    a, _b = two_laptops
    heard = follow(a)  # this process's instance: what A commits is its own
    capture.add_contribution(a, first_round(a), "Eigen bijdrage")
    with a.db.engine.begin() as conn:  # a marker from elsewhere, committed after A's own change
        pg_notify.send(conn, pg_notify.encode("laptop-c", a.event_id, "merkteken", {}))
    assert heard.next().label == "merkteken"
    assert heard.got.empty()


def test_a_big_change_arrives_as_everything(
    two_laptops: tuple[Workspace, Workspace], follow: Callable[..., Remote]
) -> None:
    a, b = two_laptops
    heard = follow(b, "laptop-b")
    round_id = first_round(a)

    def many(s: Session) -> None:
        for n in range(1700):  # 4-digit ids: over 8 kB, PostgreSQL's limit
            ops.add_contribution(s, round_id, f"bijdrage {n}")

    a.run("Veel bijdragen", many)
    cs = heard.next()
    assert cs.everything and cs.label == "Veel bijdragen" and cs.touches("contribution")


def test_after_a_lost_connection_the_views_reload_everything(
    two_laptops: tuple[Workspace, Workspace], follow: Callable[..., Remote]
) -> None:
    a, b = two_laptops
    heard = follow(b, "laptop-b")
    with a.db.engine.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": heard.listener.backend_pid})
    back = heard.next()
    assert back.everything and back.origin is Origin.REMOTE and back.event_id == b.event_id
    row = capture.add_contribution(a, first_round(a), "Na herstel")
    assert heard.next().of("contribution").added == {row.id}


def test_two_workspaces_share_one_listener_that_stops_with_the_last(
    two_laptops: tuple[Workspace, Workspace],
) -> None:
    a, _b = two_laptops
    other = Workspace(a.db, a.event_id)
    stop_one, stop_two = remote.follow(a), remote.follow(other)
    listener = remote.listener_of(a)
    assert listener is not None and listener is remote.listener_of(other)
    assert listener.listening.wait(WAIT)
    stop_one()
    assert listener.running
    stop_two()
    assert not listener.running and remote.listener_of(other) is None


def test_nothing_listens_or_notifies_on_sqlite(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "erbij.sqlite"), backups=False)
    try:
        with db.transaction() as session:
            event_id = import_demo(session)[0].id
        ws = Workspace(db, event_id)
        stop = remote.follow(ws)
        assert remote.listener_of(ws) is None
        assert not [t for t in threading.enumerate() if t.name == "erbij-listen"]
        statements: list[str] = []
        from sqlalchemy import event

        event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        capture.add_contribution(ws, first_round(ws), "Alleen hier")
        assert statements and not [s for s in statements if "pg_notify" in s]
        stop()
    finally:
        db.close()


def test_the_notice_goes_with_the_commit_in_one_round_trip(
    two_laptops: tuple[Workspace, Workspace], follow: Callable[..., Remote]
) -> None:
    """Enter on a server: the lookup, the INSERT, then the notice and COMMIT in one message; a label
    with quotes and a semicolon travels as a literal, and the row is committed for the others."""
    from sqlalchemy import event

    a, b = two_laptops
    heard = follow(b, "laptop-b")
    round_id = first_round(a)
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    label = "Jan's bijdrage'); COMMIT; DROP TABLE contribution; --"
    event.listen(a.db.engine, "before_cursor_execute", note)
    try:
        row = a.run(label, lambda s: ops.add_contribution(s, round_id, "In één keer"))
    finally:
        event.remove(a.db.engine, "before_cursor_execute", note)
    assert len(statements) == 3
    assert statements[-1].startswith("SELECT pg_notify(") and statements[-1].endswith("; COMMIT")
    got = heard.next()
    assert got.label == label and got.of("contribution").added == {row.id}
    assert b.read(lambda s: s.scalar(text("SELECT text FROM contribution WHERE id = :i"), {"i": row.id})) == (
        "In één keer"
    )
    assert a.undo() == label  # undo announces and commits the same way
    assert heard.next().of("contribution").removed == {row.id}
