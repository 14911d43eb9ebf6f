"""The room server SIGKILLed in the middle of a full room's load (issue 13's fault test).

The server runs alone in a child process on 127.0.0.1 (``serve_child.py``); 14 tables × 3 devices send 100
entries each, as the page does (an id made on the device, sent until acknowledged). When a third of them are
acknowledged the child is killed with SIGKILL, started again on the same port with the same tokens, and the
devices go on retrying. Every entry acknowledged before the kill must be stored exactly once, and in the end
every entry arrives exactly once: an answer lost in the kill makes the device send again, and the server
knows the id. Loopback only; bounded by the load's deadline.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from clients import DeviceClient, new_session, run_apart, run_devices
from room_event import RoomEvent, make_room_event

from erbij_desktop.storage.database import open_database

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEVICES_PER_TABLE = 3
PER_DEVICE = 100
# Every bound of the run: the load finishes well within it on a busy 2-core machine.
LOAD_SECONDS = 240.0

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Child:
    """``serve_child.py`` in its own process: start, wait for ``ready``, SIGKILL."""

    def __init__(self, database: Path, event_id: int, port: int, tokens: Path) -> None:
        self.log = database.with_name("server.log")  # a file, not a pipe nobody reads: it never fills up
        self.args = [sys.executable, str(HERE / "serve_child.py"), str(database), str(event_id), str(port),
                     str(tokens)]  # fmt: skip
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        self.env = env
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        with self.log.open("a", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                self.args, stdout=subprocess.PIPE, stderr=log, text=True, env=self.env
            )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()  # blocks until ready (or the child died: "")
        if line.strip() != "ready":
            self.process.kill()
            self.process.wait(timeout=30)
            self._close()
            raise AssertionError(f"the server did not start: {line!r} {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        assert self.process.wait(timeout=30) == -signal.SIGKILL
        self._close()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self._close()

    def _close(self) -> None:
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Child, RoomEvent, list[str], Path]]:
    database = tmp_path / "room.sqlite"
    db = open_database(str(database), backups=False)
    with db.transaction() as session:
        room = make_room_event(session)
    db.close()
    tokens = {table_id: secrets.token_urlsafe(24) for table_id in room.table_ids}
    tokens_file = tmp_path / "tokens.json"
    tokens_file.write_text(json.dumps({str(k): v for k, v in tokens.items()}), encoding="utf-8")
    port = free_port()
    child = Child(database, room.event_id, port, tokens_file)
    links = [f"http://127.0.0.1:{port}/t/{tokens[table_id]}" for table_id in room.table_ids]
    child.start()
    try:
        yield child, room, links, database
    finally:
        child.stop()


def stored_uids(database: Path) -> list[str]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute("SELECT entry_uid FROM contribution WHERE source = 'device'").fetchall()
    return [uid for (uid,) in rows]


def test_sigkill_mid_load_loses_and_doubles_nothing(served: tuple[Child, RoomEvent, list[str], Path]) -> None:
    child, _room, links, database = served
    total = len(links) * DEVICES_PER_TABLE * PER_DEVICE
    facts: dict[str, object] = {}

    async def load() -> list[DeviceClient]:
        async with new_session(timeout=5) as session:
            devices = [DeviceClient(session, link) for link in links for _ in range(DEVICES_PER_TABLE)]
            deadline = time.perf_counter() + LOAD_SECONDS
            sending = asyncio.create_task(run_devices(devices, PER_DEVICE, deadline))
            while sum(len(d.sent) for d in devices) < total // 3:
                assert not sending.done(), "the load ended before the kill"
                assert time.perf_counter() < deadline, "a third of the load did not arrive in time"
                await asyncio.sleep(0.01)
            await asyncio.to_thread(child.kill)
            acknowledged = [e.id for d in devices for e in d.sent]
            facts["before_kill"] = acknowledged
            facts["retries_before_restart"] = sum(d.retries for d in devices)
            await asyncio.sleep(0.5)  # the devices find the server gone and keep retrying
            await asyncio.to_thread(child.start)
            await sending
            return devices

    devices = run_apart(load())
    before_kill = facts["before_kill"]
    assert isinstance(before_kill, list) and 0 < len(before_kill) < total
    entries = [e for d in devices for e in d.sent]
    assert len(entries) == total and not any(d.outbox for d in devices)
    assert all(e.saved for e in entries), {e.status for e in entries if not e.saved}
    assert sum(d.retries for d in devices) > 0  # the kill really hit devices mid-send

    uids = stored_uids(database)
    assert len(uids) == len(set(uids))  # nothing stored twice
    assert set(before_kill) <= set(uids)  # everything acknowledged before the kill survived it
    assert sorted(uids) == sorted(e.id for e in entries)  # and in the end everything arrived, once
    again = sum(e.status == 200 for e in entries)  # stored before the kill, its answer lost in it
    retries = sum(d.retries for d in devices)
    print(f"\n{len(before_kill)} of {total} acknowledged before the SIGKILL, {retries} retries, "
          f"{again} answered 'already stored'")  # fmt: skip
