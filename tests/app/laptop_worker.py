"""One laptop of the two-process test (tests/app/test_two_laptops.py); not a test module, run by path.

    python laptop_worker.py URL EVENT ROUND TABLES WHO COUNT

Opens a workspace on the server database, follows the other laptops (as the
app does), says ``ready``, waits for ``go`` on stdin, captures COUNT
contributions round-robin into the tables (comma-separated ids), then waits
until COUNT contributions of another laptop have arrived on its feed (or 60 s
have passed) and prints one JSON line: its own ids with the moment each add
began and the moment its commit returned, and the remote ids it heard with
their arrival times (``time.time()``, one clock for both processes here).
"""

from __future__ import annotations

import json
import sys
import threading
import time

from erbij_desktop.app import capture_actions as capture
from erbij_desktop.app import remote
from erbij_desktop.app.changes import ChangeSet, Origin
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage.database import open_database


def main(url: str, event: str, round_text: str, tables_text: str, who: str, count_text: str) -> None:
    round_id, count = int(round_text), int(count_text)
    tables = [int(t) for t in tables_text.split(",")]
    db = open_database(url, backups=False)
    ws = Workspace(db, int(event))
    arrived: dict[int, float] = {}
    everything: list[float] = []
    committed: dict[int, float] = {}
    lock = threading.Condition()

    def heard(cs: ChangeSet) -> None:
        now = time.time()
        if cs.origin is Origin.LOCAL:  # published right after the commit returned
            committed.update(dict.fromkeys((int(i) for i in cs.of("contribution").added), now))
            return
        with lock:
            if cs.everything:
                everything.append(now)
            for contribution_id in cs.of("contribution").added:
                arrived.setdefault(int(contribution_id), now)
            lock.notify_all()

    ws.feed.subscribe(heard)
    stop = remote.follow(ws)
    listener = remote.listener_of(ws)
    assert listener is not None and listener.listening.wait(30), "not listening"
    print("ready", flush=True)
    assert sys.stdin.readline().strip() == "go"
    started: dict[int, float] = {}
    for n in range(count):
        begun = time.time()
        row = capture.add_contribution(ws, round_id, f"laptop-{who} {n}", table_id=tables[n % len(tables)])
        started[row.id] = begun
    with lock:
        lock.wait_for(lambda: len(arrived) >= count, timeout=60)
        result: dict[str, object] = {"own": committed, "started": started, "remote": dict(arrived)}
        result["everything"] = len(everything)
    stop()
    db.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
