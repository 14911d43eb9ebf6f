"""A server connection is checked before use only after a rest in the pool, and replaced when dead.

Capture commits back to back and must not pay a ping per contribution; a
connection the server dropped while the app was idle (a restart, a network
cut) is noticed at checkout and replaced, so the action itself never meets it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text

from erbij_desktop.storage import server_db
from erbij_desktop.storage.server_db import checked

REST = 0.2


@pytest.fixture
def engine(pg_database_url: str) -> Iterator[Engine]:
    made = create_engine(checked(pg_database_url))
    server_db.ping_when_idle(made, idle_seconds=REST)
    yield made
    made.dispose()


def _backend(engine: Engine) -> int:
    with engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    assert isinstance(pid, int)
    return pid


def _terminate(pg_database_url: str, pid: int) -> None:
    other = create_engine(checked(pg_database_url))
    try:
        with other.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    finally:
        other.dispose()


def test_back_to_back_actions_are_not_pinged(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _backend(engine)
    pings: list[object] = []

    def ping(connection: object) -> bool:
        pings.append(connection)
        return True

    monkeypatch.setattr(engine.dialect, "do_ping", ping)
    assert [_backend(engine) for _ in range(5)] == [first] * 5  # the same connection, never pinged
    assert pings == []


def test_a_connection_dropped_while_idle_is_replaced_before_use(engine: Engine, pg_database_url: str) -> None:
    first = _backend(engine)
    _terminate(pg_database_url, first)  # the server ends it while it rests in the pool (a restart)
    time.sleep(REST * 2)
    assert _backend(engine) != first  # no "server closed the connection": it was replaced at checkout


def test_without_a_rest_a_dropped_connection_is_the_actions_error(
    engine: Engine, pg_database_url: str
) -> None:
    # What the check is for: used at once, a dead pooled connection fails the statement itself
    # (the capture view hands such an Enter to the outbox).
    first = _backend(engine)
    _terminate(pg_database_url, first)
    with pytest.raises(Exception, match=r"(?i)terminat|closed|connection"):
        _backend(engine)
    assert _backend(engine) != first  # and the pool starts afresh after it
