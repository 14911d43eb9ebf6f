"""``erbij-desktop serve`` on a server database: its pages follow another laptop's round switch.

The serve process answers the pages from a cached state that only a change on
its feed renews; the round is switched by this test's process, another app
instance on the same PostgreSQL database, so only its notification can tell.
``serve`` shows its links once it listens.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from room_http import call, token_of
from sqlalchemy import text

from erbij_desktop.app.live_actions import switch_round
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.pg_notify import APPLICATION_NAME

SERVE = ("serve", "Serveren", "--bind", "127.0.0.1")


def test_the_pages_follow_a_round_switch_made_on_another_laptop(pg_database_url: str) -> None:
    from erbij_desktop.domain.events import create_event
    from erbij_desktop.domain.rounds import add_round, add_tables

    db = open_database(pg_database_url, backups=False)
    try:
        with db.transaction() as s:
            event = create_event(s, "Serveren")
            first = add_round(s, event, title="Ronde 1", question="Wat werkt?")
            second = add_round(s, event, title="Ronde 2", question="Wat nog niet?")
            add_tables(s, event, 2)
            event_id, first_id, second_id = event.id, first.id, second.id
        ws = Workspace(db, event_id)
        switch_round(ws, first_id)
        process = subprocess.Popen(
            [sys.executable, "-m", "erbij_desktop", "--database", pg_database_url, *SERVE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            links = {}
            for line in process.stdout:
                if line.startswith("Stoppen"):
                    break
                if "\t" in line:
                    name, link = line.rstrip("\n").split("\t")
                    links[name] = link
            host, port = links["Tafel 1"].split("/")[2].split(":")
            state = f"/api/t/{token_of(links['Tafel 1'])}/state"
            assert call((host, int(port)), "GET", state).json()["round"]["id"] == first_id
            with db.connect() as conn:  # serve listens (its clock's recheck alone would take 5 s)
                listening = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND application_name = :name"
                    ),
                    {"name": APPLICATION_NAME},
                ).scalar()
            assert listening == 1
            switch_round(ws, second_id)  # another laptop: this process is another app instance
            deadline = time.monotonic() + 30
            shown = first_id
            while shown != second_id and time.monotonic() < deadline:
                shown = call((host, int(port)), "GET", state).json()["round"]["id"]
                time.sleep(0.05)
            assert shown == second_id
            process.send_signal(signal.SIGINT)
            _out, err = process.communicate(timeout=60)
            assert process.returncode == 0, err
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate(timeout=60)
    finally:
        db.close()
