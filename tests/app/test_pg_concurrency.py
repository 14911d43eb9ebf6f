"""Two laptops writing one event at once on PostgreSQL: unique positions, last writer wins, safe undo."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select, text

from erbij_desktop.app import capture_actions as capture
from erbij_desktop.app import remote
from erbij_desktop.app.changes import ChangeSet, Origin
from erbij_desktop.app.errors import UndoConflict
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.models import EventTable, Round
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database, open_database

WAIT = 30.0


@pytest.fixture
def two_laptops(pg_database_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    a = open_database(pg_database_url, backups=False)
    b = open_database(pg_database_url, backups=False)
    with a.transaction() as session:
        event_id = import_demo(session)[0].id
    yield Workspace(a, event_id), Workspace(b, event_id)
    a.close()
    b.close()


def round_and_tables(ws: Workspace) -> tuple[int, list[int]]:
    def query(s: Any) -> tuple[int, list[int]]:
        round_id = s.scalar(select(Round.id).where(Round.event_id == ws.event_id).order_by(Round.position))
        tables = s.scalars(select(EventTable.id).where(EventTable.event_id == ws.event_id)).all()
        return round_id, list(tables)

    return ws.read(query)


def contribution(db: Database, contribution_id: int) -> tuple[str, bool]:
    with db.connect() as conn:
        found = conn.execute(
            text("SELECT text, highlighted FROM contribution WHERE id = :id"), {"id": contribution_id}
        ).one()
    return str(found[0]), bool(found[1])


def in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[BaseException]]:
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:
            failed.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, failed


def wait_until_blocked(db: Database) -> None:
    """Until some connection of this database waits for a row lock (the other laptop's open edit)."""
    deadline = time.monotonic() + WAIT
    query = text(
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    while time.monotonic() < deadline:
        with db.connect() as conn:
            if conn.execute(query).scalar():
                return
        time.sleep(0.02)
    raise AssertionError("nobody waited for the lock")


def test_two_laptops_adding_at_once_never_share_a_position(two_laptops: tuple[Workspace, Workspace]) -> None:
    a, b = two_laptops
    round_id, tables = round_and_tables(a)
    start = threading.Barrier(2)
    each = 60

    def capture_many(ws: Workspace, who: str) -> None:
        start.wait()
        for n in range(each):
            capture.add_contribution(ws, round_id, f"{who} {n}", table_id=tables[n % len(tables)])

    threads = [in_thread(lambda ws=ws, who=who: capture_many(ws, who)) for ws, who in ((a, "A"), (b, "B"))]
    for thread, failed in threads:
        thread.join(120)
        assert not failed, failed
    with a.db.connect() as conn:
        rows = conn.execute(
            text("SELECT text, position FROM contribution WHERE round_id = :r"), {"r": round_id}
        ).all()
    texts = [str(r[0]) for r in rows]
    positions = [int(r[1]) for r in rows]
    assert {f"{w} {n}" for w in "AB" for n in range(each)} <= set(texts)
    assert len(positions) == len(set(positions))


def test_two_edits_of_one_field_the_last_writer_wins_and_the_first_hears_it(
    two_laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = two_laptops
    round_id, _tables = round_and_tables(a)
    row = capture.add_contribution(a, round_id, "Origineel")
    heard: list[ChangeSet] = []
    arrived = threading.Event()

    def listen(cs: ChangeSet) -> None:
        if cs.origin is Origin.REMOTE and row.id in cs.of("contribution").changed:
            heard.append(cs)
            arrived.set()

    a.feed.subscribe(listen)
    stop = remote.follow(a, instance="laptop-a")
    try:
        listener = remote.listener_of(a)
        assert listener is not None and listener.listening.wait(WAIT)
        capture.edit_text(a, row.id, "Versie van A", label="Tekst wijzigen")
        capture.edit_text(b, row.id, "Versie van B", label="Tekst wijzigen op B")
        assert contribution(a.db, row.id)[0] == "Versie van B"
        assert arrived.wait(WAIT)  # the notice: A's view hears of B's edit and shows it
        assert heard[-1].label == "Tekst wijzigen op B"
        with pytest.raises(UndoConflict):
            a.undo()  # A's undo would overwrite B's words: refused
        assert contribution(a.db, row.id)[0] == "Versie van B"
        assert not a.can_undo
    finally:
        stop()


def test_an_undo_waits_for_the_other_laptops_edit_and_then_refuses(
    two_laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = two_laptops
    round_id, _tables = round_and_tables(a)
    row = capture.add_contribution(a, round_id, "Origineel")
    capture.edit_text(a, row.id, "Versie van A", label="Tekst wijzigen")
    with b.db.engine.connect() as other:  # B's edit, not yet committed while A undoes
        other.execute(text("UPDATE contribution SET text = 'Versie van B' WHERE id = :id"), {"id": row.id})
        undoing, failed = in_thread(a.undo)
        wait_until_blocked(b.db)
        other.commit()
    undoing.join(WAIT)
    assert len(failed) == 1 and isinstance(failed[0], UndoConflict)
    assert contribution(a.db, row.id)[0] == "Versie van B"


def test_what_a_change_records_is_what_it_changed_after_the_other_laptops_edit(
    two_laptops: tuple[Workspace, Workspace],
) -> None:
    a, b = two_laptops
    round_id, _tables = round_and_tables(a)
    row = capture.add_contribution(a, round_id, "Origineel")
    with b.db.engine.connect() as other:
        other.execute(text("UPDATE contribution SET text = 'Versie van B' WHERE id = :id"), {"id": row.id})
        marking, failed = in_thread(lambda: capture.set_highlight(a, row.id, True, label="Uitlichten"))
        wait_until_blocked(b.db)
        other.commit()
    marking.join(WAIT)
    assert not failed, failed
    assert contribution(a.db, row.id) == ("Versie van B", True)
    assert a.undo() == "Uitlichten"  # takes back the highlight only, not B's text
    assert contribution(a.db, row.id) == ("Versie van B", False)
