"""Must show: two app processes capture 200 contributions each into one event at once, on PostgreSQL.

Each process (tests/app/laptop_worker.py) opens its own workspace on the same
server database and follows the other laptops as the app does; both capture
into the same round and tables at the same time. Afterwards: all 400 are
stored, positions within the round are unique, and each process's feed heard
every one of the other's 200 (the latency from the other's commit to the
arrival here is printed: waiting has a generous timeout, nothing is timed).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from erbij_desktop.domain.models import EventTable, Round
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database, open_database

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EACH = 200


@pytest.fixture
def server_db(pg_database_url: str) -> Iterator[Database]:
    database = open_database(pg_database_url, backups=False)
    yield database
    database.close()


def laptop(url: str, event_id: int, round_id: int, tables: list[int], who: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    arguments = [url, str(event_id), str(round_id), ",".join(map(str, tables)), who, str(EACH)]
    return subprocess.Popen(
        [sys.executable, str(HERE / "laptop_worker.py"), *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        text=True,
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def test_two_processes_capture_into_one_event_and_each_sees_the_others(
    server_db: Database, pg_database_url: str
) -> None:
    with server_db.transaction() as session:
        event = import_demo(session)[0]
        event_id = event.id
        round_id = session.scalar(select(Round.id).where(Round.event_id == event_id).order_by(Round.position))
        tables = list(session.scalars(select(EventTable.id).where(EventTable.event_id == event_id)))
    assert round_id is not None and tables
    with server_db.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM contribution")).scalar_one()
    processes = {who: laptop(pg_database_url, event_id, round_id, tables, who) for who in ("A", "B")}
    results: dict[str, dict[str, Any]] = {}
    try:
        for process in processes.values():
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
        for process in processes.values():  # both start capturing at the same moment
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        for who, process in processes.items():
            out, _ = process.communicate(timeout=300)
            assert process.returncode == 0, out
            results[who] = json.loads(out.strip().splitlines()[-1])
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.kill()
                process.wait()

    own = {who: {int(k): float(v) for k, v in r["own"].items()} for who, r in results.items()}
    heard = {who: {int(k): float(v) for k, v in r["remote"].items()} for who, r in results.items()}
    with server_db.connect() as conn:
        rows = conn.execute(
            text("SELECT id, text, position, table_id FROM contribution WHERE round_id = :r"), {"r": round_id}
        ).all()
        total = conn.execute(text("SELECT count(*) FROM contribution")).scalar_one()
    assert total == before + 2 * EACH  # 400 stored, none lost
    captured = {int(r[0]) for r in rows if str(r[1]).startswith("laptop-")}
    assert captured == set(own["A"]) | set(own["B"]) and len(captured) == 2 * EACH
    positions = [int(r[2]) for r in rows]
    assert len(positions) == len(set(positions))  # unique within the round, so within each table too
    assert set(own["B"]) <= set(heard["A"])  # each heard all 200 of the other's
    assert set(own["A"]) <= set(heard["B"])
    started = {who: {int(k): float(v) for k, v in r["started"].items()} for who, r in results.items()}
    pairs = (("A", "B"), ("B", "A"))
    after_commit = [heard[me][cid] - own[other][cid] for me, other in pairs for cid in own[other]]
    after_start = [heard[me][cid] - started[other][cid] for me, other in pairs for cid in own[other]]
    print(f"\nnotify latency over {len(after_commit)} contributions, both directions:")
    for name, values in (("from the commit's return", after_commit), ("from the add's start", after_start)):
        print(
            f"  {name}: p50 {statistics.median(values) * 1000:.1f} ms, "
            f"p99 {percentile(values, 0.99) * 1000:.1f} ms, min {min(values) * 1000:.1f} ms, "
            f"max {max(values) * 1000:.1f} ms"
        )
    print(f"  reloads of everything: {results['A']['everything']} + {results['B']['everything']}")
