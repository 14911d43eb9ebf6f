"""Room capture: a table host's device sends an entry → the server acknowledges it (issue 13).

The measured path is the room server's (``erbij_desktop.server.room.RoomServer`` on 127.0.0.1, its own
thread and asyncio loop): the POST of the page's JSON, the token and rate checks, the entry through the
workspace (idempotent on the device's id, committed with ``synchronous=FULL``, the change published) and the
answer. The client is ``tests/server/clients.py``, behaving as the page does: an id made on the device, sent
until acknowledged.

The baseline is a bare handler of the same library (aiohttp, also its own thread and loop, the same client):
parse the JSON, one raw ``sqlite3`` INSERT of the row + COMMIT into an identical database with the same
pragmas (WAL, ``synchronous=FULL``), answer 201. The two alternate entry by entry, so a busy moment of the
machine hits both. Sends go round the event's 14 tables, so no table's rate limit is reached. Targets:
p99 ≤ 30 ms and ≤ 3× the bare p99.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import socket
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any

from common import ROOT, Result, child_main, ensure_import_path, median, ms, percentile

ensure_import_path()
sys.path.insert(0, str(ROOT / "tests" / "server"))

from aiohttp import web  # noqa: E402
from clients import DeviceClient, new_session  # noqa: E402
from generator import Shape, build_event  # noqa: E402
from sqlalchemy import select  # noqa: E402

from erbij_desktop.domain.models import EventTable, Round  # noqa: E402
from erbij_desktop.storage.database import SQLITE_PRAGMAS, Database, open_database  # noqa: E402

P99_LIMIT_MS = 30.0
RATIO_LIMIT = 3.0
ROOM_EVENT = Shape(tables=14, rounds=3, per_table=0)
RAW_INSERT = """
INSERT INTO contribution (event_id, round_id, table_id, text, report_text, person_id, organisation_id,
                          highlighted, position, created_at, updated_at, entry_uid, source, device_id, hidden)
VALUES (?, ?, ?, ?, NULL, NULL, NULL, 0, ?, ?, ?, ?, 'device', ?, 0)
"""
TEXT = "Het wijkteam signaleert eenzame ouderen in de wijk, met steun van de gemeente. ({n})"


def make_database(path: Path) -> tuple[Database, int, int, list[int]]:
    """A 14-table event whose first round is live now (the live round the room writes into)."""
    db = open_database(str(path))
    with db.transaction() as session:
        event_id = build_event(session, ROOM_EVENT)
        rounds = list(session.scalars(select(Round).where(Round.event_id == event_id).order_by(Round.id)))
        make_live(session, rounds[0])
        in_event = EventTable.event_id == event_id
        tables = list(session.scalars(select(EventTable.id).where(in_event).order_by(EventTable.id)))
        round_id = rounds[0].id
    return db, event_id, round_id, tables


def make_live(session: Any, round_: Round) -> None:
    """Start ``round_`` a minute ago, as the facilitator's round switch does (domain.now: the live round)."""
    from erbij_desktop.domain.now import what_is_now
    from erbij_desktop.domain.types import utcnow

    round_.started_at = utcnow() - dt.timedelta(minutes=1)
    round_.ended_at = None
    session.flush()
    if what_is_now(round_.event).round_id != round_.id:
        raise RuntimeError("could not make the first round live for the benchmark")


# --- the bare floor --------------------------------------------------------------------------------


class BareServer:
    """aiohttp in a daemon thread with its own loop: parse JSON, one raw INSERT + COMMIT, answer 201."""

    def __init__(self, path: Path, event_id: int, round_id: int, tables: list[int]) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in SQLITE_PRAGMAS:
            self.connection.execute(pragma)
        self.event_id, self.round_id = event_id, round_id
        self.tokens = {f"bare{index:02d}": table for index, table in enumerate(tables)}
        self.position = 0
        self.loop = asyncio.new_event_loop()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.runner: web.AppRunner | None = None

    def link(self, table_id: int) -> str:
        token = next(t for t, table in self.tokens.items() if table == table_id)
        return f"http://127.0.0.1:{self.port}/t/{token}"

    async def post(self, request: web.Request) -> web.Response:
        table_id = self.tokens.get(request.match_info["token"])
        if table_id is None:
            return web.json_response({"error": "onbekend"}, status=403)
        body = await request.json()
        self.position += 1
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        self.connection.execute("BEGIN")
        self.connection.execute(
            RAW_INSERT,
            (self.event_id, self.round_id, table_id, body["text"], self.position, stamp, stamp, body["id"],
             body["device"]),
        )  # fmt: skip
        self.connection.execute("COMMIT")
        return web.json_response({"id": body["id"], "status": "saved"}, status=201)

    def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/t/{token}/entries", self.post)

        async def setup() -> None:
            self.runner = web.AppRunner(app, access_log=None)
            await self.runner.setup()
            await web.SockSite(self.runner, self.sock).start()

        self.thread.start()
        asyncio.run_coroutine_threadsafe(setup(), self.loop).result(10)

    def stop(self) -> None:
        if self.runner is not None:
            asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.connection.close()

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM contribution").fetchone()[0])


# --- the run ---------------------------------------------------------------------------------------


async def alternate(room_links: list[str], bare_links: list[str], count: int) -> dict[str, Any]:
    """Send ``count`` entries to each, alternating one by one, round the tables; seconds per send."""
    ours: list[float] = []
    bare: list[float] = []
    async with new_session() as session:
        room_devices = [DeviceClient(session, link) for link in room_links]
        bare_devices = [DeviceClient(session, link) for link in bare_links]
        for warm in (*room_devices, *bare_devices):  # connections open, first-request costs paid
            await warm.deliver(warm.write("warm-up"), time.perf_counter() + 30)
        deadline = time.perf_counter() + 600
        for n in range(count):
            for devices, times in ((room_devices, ours), (bare_devices, bare)):
                device = devices[n % len(devices)]
                entry = device.write(TEXT.format(n=n))
                started = time.perf_counter()
                await device.deliver(entry, deadline)
                times.append(time.perf_counter() - started)
                if not entry.saved:
                    raise RuntimeError(f"not saved: {entry.status} {entry.answer}")
        retries = sum(d.retries for d in room_devices)
    return {"ours": ours, "bare": bare, "retries": retries}


def measure(workdir: Path, quick: bool) -> list[Result]:
    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.server.room import RoomServer

    count = 140 if quick else 1400  # a hundred per table, as in the load test
    db, event_id, _round_id, tables = make_database(workdir / "room-app.sqlite")
    bare_db, bare_event, bare_round, bare_tables = make_database(workdir / "room-bare.sqlite")
    bare_db.close()
    workspace = Workspace(db, event_id)
    heard: list[object] = []
    workspace.feed.subscribe(heard.append)  # as the open capture view does
    room = RoomServer(workspace, host="127.0.0.1", port=0)
    bare = BareServer(workdir / "room-bare.sqlite", bare_event, bare_round, bare_tables)
    room.start()
    bare.start()
    gc.freeze()  # as the app does once its window shows (erbij_desktop.ui.app.run_gui)
    try:
        figures = asyncio.run(
            alternate([room.link(t) for t in tables], [bare.link(t) for t in bare_tables], count)
        )
        with db.transaction() as session:
            from sqlalchemy import func

            from erbij_desktop.domain.models import Contribution

            stored = session.scalar(select(func.count()).select_from(Contribution).where(
                Contribution.event_id == event_id, Contribution.source == "device"))  # fmt: skip
        if stored != count + len(tables) or bare.count() != count + len(tables):
            raise RuntimeError(f"stored {stored} and {bare.count()}, sent {count + len(tables)} each")
    finally:
        room.stop()
        bare.stop()
        db.close()
    ours, floor = figures["ours"], figures["bare"]
    section = "6 Room"
    return [
        Result(section, f"device send → acknowledged, p50 ({count:,} entries, 14 tables)",
               ms(median(ours)), "ms", ms(median(floor))),
        Result(section, f"device send → acknowledged, p99 ({count:,} entries, 14 tables)",
               ms(percentile(ours, 0.99)), "ms", ms(percentile(floor, 0.99)), limit=P99_LIMIT_MS,
               ratio_limit=RATIO_LIMIT),
        Result(section, "sends retried (429 or dropped connection; each retry is in the times above)",
               float(figures["retries"]), "×"),
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(child_main(measure))
