"""LISTEN/NOTIFY between laptops: the payload, and a listener that ignores itself and comes back."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from erbij_desktop.storage import pg_notify
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.pg_notify import Listener, Notice, decode, encode

WAIT = 30.0


def test_a_payload_carries_instance_event_label_and_ids() -> None:
    tables = {
        "contribution": (frozenset({1, 2}), frozenset({3}), frozenset()),
        "contribution_tag": (frozenset({(1, 7)}), frozenset(), frozenset({(2, 8)})),
    }
    payload = encode("me", 12, "Bijdrage toevoegen", tables)
    assert decode(payload) == Notice("me", 12, "Bijdrage toevoegen", tables)


def test_a_change_too_big_for_postgresql_becomes_everything() -> None:
    ids = frozenset(range(100_000, 102_000))
    payload = encode("me", 3, "Veel", {"contribution": (ids, frozenset(), frozenset())})
    assert len(payload.encode("utf-8")) < 8000
    notice = decode(payload)
    assert notice is not None and notice.everything and notice.event_id == 3 and not notice.tables


def test_a_payload_that_is_not_ours_is_ignored() -> None:
    assert decode("hello") is None
    assert decode('{"x": 1}') is None


@pytest.fixture
def server_db(pg_database_url: str) -> Iterator[Database]:
    database = open_database(pg_database_url, backups=False)
    yield database
    database.close()


def notify(db: Database, payload: str) -> None:
    with db.engine.begin() as conn:
        pg_notify.send(conn, payload)


class Heard:
    def __init__(self) -> None:
        self.notices: queue.Queue[Notice] = queue.Queue()
        self.reconnects: queue.Queue[bool] = queue.Queue()

    def listener(self, db: Database, instance: str) -> Listener:
        listener = Listener(
            db.engine, self.notices.put, lambda: self.reconnects.put(True), instance=instance, retry=0.1
        )
        listener.start()
        assert listener.listening.wait(WAIT)
        return listener


def test_the_listener_hears_others_and_ignores_its_own_instance(server_db: Database) -> None:
    heard = Heard()
    listener = heard.listener(server_db, "laptop-a")
    try:
        notify(server_db, encode("laptop-a", 1, "eigen", {}))
        changed = {"round": (frozenset(), frozenset({5}), frozenset())}
        notify(server_db, encode("laptop-b", 1, "ander", changed))
        notice = heard.notices.get(timeout=WAIT)
        assert (notice.instance, notice.label, notice.tables["round"][1]) == ("laptop-b", "ander", {5})
        assert heard.notices.empty()  # its own came first (commit order) and was not passed on
    finally:
        listener.stop()
    assert not listener.running


def test_a_big_payload_is_accepted_by_the_server(server_db: Database) -> None:
    heard = Heard()
    listener = heard.listener(server_db, "laptop-a")
    try:
        ids = frozenset(range(3000))
        notify(server_db, encode("laptop-b", 9, "Veel", {"contribution": (ids, frozenset(), frozenset())}))
        assert heard.notices.get(timeout=WAIT).everything
    finally:
        listener.stop()


def test_a_lost_connection_is_made_again_and_said(server_db: Database) -> None:
    heard = Heard()
    listener = heard.listener(server_db, "laptop-a")
    try:
        first = listener.backend_pid
        with server_db.engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        assert heard.reconnects.get(timeout=WAIT)
        assert listener.listening.wait(WAIT)
        assert listener.backend_pid != first and listener.connections == 2
        notify(server_db, encode("laptop-b", 1, "na herstel", {}))
        assert heard.notices.get(timeout=WAIT).label == "na herstel"
    finally:
        listener.stop()
