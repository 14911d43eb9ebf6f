"""app.outbox: contributions kept while the server is gone arrive once, in the order typed.

The server here is the session's real PostgreSQL; the connection loss is the
error psycopg raises when the server is gone (SQLAlchemy's OperationalError),
thrown by a stand-in around ``capture_actions.add_contribution`` at a chosen
moment: before the commit (nothing stored) or after it (stored, but the answer
never came back, so the same entry is sent again). The real stop and start of
a server is in tests/ui/capture/test_connection_loss.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from erbij_desktop.app import capture_actions, outbox
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain import schema
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import open_database

_GONE = OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))


@pytest.fixture
def pg_ws(pg_database_url: str) -> Iterator[Workspace]:
    db = open_database(pg_database_url, backups=False)
    with db.transaction() as session:
        event, _ = import_demo(session)
        event_id = event.id
    yield Workspace(db, event_id)
    db.close()


def _scope(ws: Workspace) -> tuple[int, int]:
    def first(conn: Any) -> tuple[int, int]:
        round_id = conn.execute(
            select(schema.round_.c.id).where(schema.round_.c.event_id == ws.event_id).limit(1)
        ).scalar_one()
        table_id = conn.execute(
            select(schema.event_table.c.id).where(schema.event_table.c.event_id == ws.event_id).limit(1)
        ).scalar_one()
        return int(round_id), int(table_id)

    return ws.read_plain(first)


def _stored(ws: Workspace, prefix: str) -> list[str]:
    c = schema.contribution.c
    return ws.read_plain(
        lambda conn: [
            str(t)
            for t in conn.execute(
                select(c.text)
                .where(c.event_id == ws.event_id, c.text.like(f"{prefix}%"))
                .order_by(c.position)
            ).scalars()
        ]
    )


def _failing(
    monkeypatch: pytest.MonkeyPatch, fail: Callable[[int], str | None]
) -> Callable[[], int]:  # the number of sends so far
    """Replace the send: ``fail(n)`` says for the n-th send "before" (lost before the commit), "after"
    (committed, answer lost) or None (works)."""
    real = capture_actions.add_contribution
    sent = [0]

    def send(*args: Any, **kwargs: Any) -> Any:
        sent[0] += 1
        how = fail(sent[0])
        if how == "before":
            raise _GONE
        row = real(*args, **kwargs)
        if how == "after":
            raise _GONE
        return row

    monkeypatch.setattr(outbox.actions, "add_contribution", send)
    return lambda: sent[0]


def test_offline_entries_wait_and_a_delivery_broken_off_midway_stores_each_once(
    pg_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    delivery = outbox.delivery_for(pg_ws)
    assert delivery is not None and delivery.count() == 0
    round_id, table_id = _scope(pg_ws)
    assert delivery.event_uid()  # read while the server answers
    offline = True
    _failing(monkeypatch, lambda n: "before" if offline else None)
    waiting = [delivery.add(round_id, f"wacht {n} — één", table_id=table_id) for n in range(6)]
    assert [row.source for row in waiting] == [outbox.SOURCE_WAITING] * 6
    assert [row.id for row in waiting] == sorted((row.id for row in waiting), reverse=True)  # -seq
    assert delivery.count() == 6 and _stored(pg_ws, "wacht") == []

    # The server is back; the third send is committed but its answer is lost, the next never gets there.
    offline = False
    sends = _failing(monkeypatch, lambda n: {3: "after", 4: "before"}.get(n))
    first = delivery.deliver()
    assert first.lost and len(first.rows) == 2 and first.waiting == 4
    assert _stored(pg_ws, "wacht") == ["wacht 0 — één", "wacht 1 — één", "wacht 2 — één"]
    again = delivery.deliver()  # the first send of this try is lost before the server has it
    assert again.lost and again.rows == [] and again.waiting == 4
    second = delivery.deliver()
    assert not second.lost and second.waiting == 0 and delivery.count() == 0
    assert [entry.text for entry, _row in second.rows] == [f"wacht {n} — één" for n in range(2, 6)]
    assert _stored(pg_ws, "wacht") == [f"wacht {n} — één" for n in range(6)]  # each once, in typed order
    assert sends() == 8
    uids = {row.entry_uid for row in waiting}
    assert {row.entry_uid for _e, row in first.rows + second.rows} == uids
    assert delivery.deliver().rows == []  # nothing left to send
    typed = {entry.entry_uid: entry.typed_at for entry, _row in first.rows + second.rows}
    assert all(
        row.created_at == typed[row.entry_uid] for _e, row in first.rows + second.rows if row.entry_uid
    )


def test_new_entries_queue_behind_waiting_ones(pg_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    delivery = outbox.delivery_for(pg_ws)
    assert delivery is not None
    round_id, table_id = _scope(pg_ws)
    offline = [True]
    _failing(monkeypatch, lambda n: "before" if offline[0] else None)
    delivery.add(round_id, "rij eerst", table_id=table_id)
    offline[0] = False
    later = delivery.add(round_id, "rij daarna", table_id=table_id)  # the server answers, but one waits
    assert later.source == outbox.SOURCE_WAITING
    delivery.deliver()
    assert _stored(pg_ws, "rij") == ["rij eerst", "rij daarna"]


def test_an_entry_the_server_refuses_is_kept_and_the_rest_arrive(
    pg_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    delivery = outbox.delivery_for(pg_ws)
    assert delivery is not None
    round_id, table_id = _scope(pg_ws)
    offline = [True]
    _failing(monkeypatch, lambda n: "before" if offline[0] else None)
    delivery.add(10**9, "ronde bestaat niet", table_id=None)
    delivery.add(round_id, "gaat wel", table_id=table_id)
    offline[0] = False
    done = delivery.deliver()
    assert [e.text for e in done.refused] == ["ronde bestaat niet"]
    assert _stored(pg_ws, "gaat wel") == ["gaat wel"] and done.waiting == 0
    kept = delivery.outbox.pending(pg_ws.event_id, refused=True)
    assert [(e.text, bool(e.refused)) for e in kept] == [("ronde bestaat niet", True)]


def test_empty_text_is_refused_offline_too_and_not_kept(
    pg_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    delivery = outbox.delivery_for(pg_ws)
    assert delivery is not None
    _failing(monkeypatch, lambda n: "before")
    round_id, table_id = _scope(pg_ws)
    with pytest.raises(ValidationError, match="lege bijdrage"):
        delivery.add(round_id, "   ", table_id=table_id)
    assert delivery.count() == 0


def test_an_sqlite_file_has_no_outbox(migrated_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "erbij.sqlite"
    shutil.copy2(migrated_template, path)
    db = open_database(str(path), backups=False)
    try:
        assert outbox.delivery_for(Workspace(db, 1)) is None
    finally:
        db.close()
