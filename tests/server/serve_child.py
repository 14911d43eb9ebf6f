"""The room server alone in a process of its own, for the fault test to SIGKILL and start again.

``python serve_child.py DATABASE EVENT_ID PORT TOKENS_JSON`` serves the event on 127.0.0.1:PORT with the
given tokens (``{"table id": "token"}``, so the links stay the same after a restart), prints ``ready`` once
listening and then runs until killed.
"""

from __future__ import annotations

import json
import sys
import threading


def main() -> int:
    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.server.room import RoomServer
    from erbij_desktop.storage.database import open_database

    database, event_id, port, tokens_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    with open(tokens_file, encoding="utf-8") as handle:
        tokens = {int(table): token for table, token in json.load(handle).items()}
    db = open_database(database, backups=False)
    server = RoomServer(Workspace(db, event_id), host="127.0.0.1", port=port, tokens=tokens)
    server.start()
    print("ready", flush=True)
    threading.Event().wait()  # until SIGKILL (or SIGTERM)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
