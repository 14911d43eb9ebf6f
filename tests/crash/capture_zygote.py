"""Child process for the SIGKILL test: captures contributions until it is killed.

Started once by tests/crash/test_sigkill.py; it imports the app (the slow part)
and then, for every ``go SEED`` line on stdin, forks a worker that opens the
database through the app's real open path and saves contributions through the
real capture action (``app.capture_actions.add_contribution`` on the event's
``Workspace``: one transaction and one commit per contribution) as fast as
it can (it writes ``opened`` once the database is open). After each save
*returned* the worker writes ``ack ID SEED N`` to
stdout in one unbuffered write. The test kills the worker with SIGKILL at a
random moment; this process reaps it and reports ``dead PID``, so every ack
the worker wrote is already in the pipe when the test reads ``dead``.

Forking from a warmed-up process gives many kills per Python start-up, which
keeps hundreds of kills affordable in CI. Not a test module (no ``test_``
prefix); run by path.
"""

from __future__ import annotations

import os
import sys
import traceback


def expected_text(seed: int, n: int) -> str:
    sentence = f"Bijdrage {seed}-{n}: de buurt wil ‘samen eten’ op woensdag, ook voor wie alleen is."
    return " ".join([sentence] * (1 + n % 3))


def worker(path: str, round_id: int, table_id: int, seed: int) -> None:
    from sqlalchemy import text

    from erbij_desktop.app.capture_actions import add_contribution
    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.storage.database import open_database

    db = open_database(path)
    with db.connect() as conn:
        event_id = conn.execute(
            text("SELECT event_id FROM round WHERE id = :id"), {"id": round_id}
        ).scalar_one()
    workspace = Workspace(db, event_id)
    os.write(1, b"opened\n")
    n = 0
    while True:
        person = f"Deelnemer {n % 7}" if n % 5 == 0 else ""
        row = add_contribution(workspace, round_id, expected_text(seed, n), table_id=table_id, person=person)
        os.write(1, f"ack {row.id} {seed} {n}\n".encode())
        n += 1


def main() -> None:
    path, round_id, table_id = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    # Warm up everything a worker needs, so forks start fast.
    from sqlalchemy.orm import configure_mappers

    import erbij_desktop.app.capture_actions  # noqa: F401
    from erbij_desktop.storage import migrations

    configure_mappers()
    migrations.known_revisions()
    os.write(1, b"ready\n")
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command != "go":
            break
        seed = int(argument)
        pid = os.fork()
        if pid == 0:
            try:
                worker(path, round_id, table_id, seed)
            except BaseException:
                message = traceback.format_exc().replace("\n", " | ")
                os.write(1, f"error {message}\n".encode())
            os._exit(3)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"dead {pid} {status}\n".encode())


if __name__ == "__main__":
    main()
