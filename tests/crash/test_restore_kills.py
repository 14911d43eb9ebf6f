"""Killed during ``restore`` or ``backups --create`` on a disk that fills up: nothing acknowledged is lost.

Issue 18 asks the crash test to go on where finding 1 struck. A real 48 MB tmpfs
holds the database and its backups (tests/small_disk.py). Each of KILLS rounds:
a filler leaves a random amount of room (from none to a few times the database's
size, so the disk fills up half-way through a copy); a worker (forked from a
warm zygote, tests/forking.py) opens the database the app's way, saves a few
contributions, then runs ``backups --create`` or ``restore <a random backup>``
through the command line; it is SIGKILLed at a random moment (most of them
during the command) or, now and then, left to finish. Then the room is given
back and:

* the app opens the database (no refusal, no "damaged", integrity check ok);
* every contribution whose save had returned is reachable from the app: in the
  database or in one of the backups the app lists (a restore puts an older
  version in place on purpose; what it replaced is in its ``voor-herstel``
  backup);
* a finished command said something true: success, or one line about the full
  disk that says nothing was changed;
* at the end no half-written file is left on the disk.

KILLS defaults to 200; ``ERBIJ_RESTORE_KILLS=1000`` soaks longer.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from forking import Zygote  # noqa: E402
from small_disk import fill, small_disk, unfill  # noqa: E402

sys.path.pop(0)
sys.path.insert(0, str(HERE))
from storage_jobs import expected_text  # noqa: E402

sys.path.pop(0)

from erbij_desktop.domain.events import create_event  # noqa: E402
from erbij_desktop.domain.models import EventTable, Round  # noqa: E402
from erbij_desktop.storage import backups  # noqa: E402
from erbij_desktop.storage.database import open_database  # noqa: E402
from erbij_desktop.storage.locations import config_dir  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork, SIGKILL and tmpfs (POSIX)")
KILLS = int(os.environ.get("ERBIJ_RESTORE_KILLS", "200"))
MiB = 1024 * 1024


@pytest.fixture
def keep_every_backup() -> Iterator[None]:
    """Pruning would delete old backups on purpose; here every copy must stay countable."""
    policy = config_dir() / "backups.json"
    saved = policy.read_bytes() if policy.exists() else None
    backups.save_policy(backups.BackupPolicy(keep=1000, interval_minutes=5))
    yield
    if saved is None:
        policy.unlink(missing_ok=True)
    else:
        policy.write_bytes(saved)


def readable_texts(path: Path) -> set[str]:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return {text for (text,) in conn.execute("SELECT text FROM contribution")}
    except sqlite3.Error:
        return set()


def live_texts(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {text for (text,) in conn.execute("SELECT text FROM contribution")}


def debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name)


@pytest.mark.slow
def test_no_acknowledged_contribution_becomes_unreachable(tmp_path: Path, keep_every_backup: None) -> None:
    rng = random.Random(18)
    with small_disk(tmp_path, 48 * MiB) as disk:
        path = disk / "erbij.sqlite"
        with open_database(str(path)) as db, db.transaction() as session:
            event = create_event(session, "Praktijktafel met een volle schijf")
            round_ = Round(event_id=event.id, title="Ronde 1", question="Wat werkt?")
            session.add_all([round_, EventTable(event_id=event.id, name="Tafel 1")])
            session.commit()
            round_id = round_.id
        assert open_database(str(path)).close() is None
        backups.backup_database(path, reason="handmatig")

        acknowledged: set[str] = set()
        seen: dict[Path, tuple[float, set[str]]] = {}  # backups are never changed once written
        op_times = [0.05]
        killed = killed_in_op = finished = full_refusals = 0
        zygote = Zygote(HERE / "storage_jobs.py")
        started = time.monotonic()
        try:
            for kill in range(KILLS):
                op = "restore" if rng.random() < 0.6 else "backup"
                listed = backups.list_backups(path)
                choice = rng.choice(listed).path.name if listed else "1"
                size = path.stat().st_size
                fill(disk, leave=int(rng.uniform(0, 3) * size))
                args = {"path": str(path), "round_id": round_id, "seed": kill, "count": 3, "op": op}
                roll = rng.random()
                if roll < 0.1:  # left to finish: what does it say?
                    outcome = zygote.run("capture_then", {**args, "choice": choice})
                elif roll < 0.3:  # somewhere in the open and the saves
                    outcome = zygote.run(
                        "capture_then", {**args, "choice": choice}, kill_after=rng.uniform(0, 0.06)
                    )
                else:  # somewhere in the command
                    delay = rng.uniform(0, 1.3 * statistics.median(op_times[-20:]))
                    outcome = zygote.run(
                        "capture_then", {**args, "choice": choice}, kill_after=delay, after_mark="op"
                    )
                unfill(disk)
                for line in outcome.starting("ack "):
                    seed, n = map(int, line.split())
                    acknowledged.add(expected_text(seed, n))
                results = outcome.starting("result ")
                if outcome.killed:
                    killed += 1
                    killed_in_op += "op" in outcome.marks and not results
                else:
                    finished += 1
                    [result] = results
                    code, _, message = result.partition(" ")
                    op_times.append(outcome.marks["done"] - outcome.marks["op"])
                    if code != "0":
                        assert message.count("\n") == 0 and "Traceback" not in message, message
                        assert "De schijf is vol" in message and "niet gewijzigd" in message, message
                        full_refusals += 1

                # The app opens it ...
                with open_database(str(path)):
                    pass
                # ... and every acknowledged contribution is in it or in a backup the app lists.
                reachable = live_texts(path)
                for info in backups.list_backups(path):
                    stamp = info.path.stat().st_mtime
                    if info.path not in seen or seen[info.path][0] != stamp:
                        seen[info.path] = (stamp, readable_texts(info.path))
                    reachable |= seen[info.path][1]
                lost = sorted(acknowledged - reachable)
                assert not lost, f"round {kill} ({op}): acknowledged contributions unreachable: {lost[:3]}"
        finally:
            zygote.stop()
        took = time.monotonic() - started
        assert debris(disk) == [], "half-written files were left behind"
    print(
        f"\n{KILLS} rounds in {took:.1f} s: {killed} killed ({killed_in_op} during the command), "
        f"{finished} finished ({full_refusals} refused: disk full), {len(acknowledged)} saves acknowledged"
    )
    assert killed_in_op >= KILLS // 3, "too few kills landed during the command"
    assert full_refusals >= 3, "the disk never filled up during a command"
    assert len(acknowledged) >= KILLS, "the workload saved too little to mean anything"
