"""``serve``: the room's capture server without the GUI (a spare laptop as the capture point).

    erbij-desktop serve EVENT --bind 192.168.1.20 [--port 8080] [--tokens FILE]

Prints each table's link and serves until Ctrl+C (SIGINT) or SIGTERM, then
stops cleanly: socket, connections and tokens. ``--tokens FILE`` keeps the
links across a restart: the tokens are read from FILE when it exists, else
written to it (readable by the user only) once the server runs. The same
server runs inside the app from the Live tab ("Tafels schrijven mee").
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from erbij_desktop.cli import CommandError
from erbij_desktop.storage.database import Database


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "serve",
        help="laat de tafels meeschrijven: start de server en toon de link per tafel",
        description="Start de server waarmee tafelhosts vanaf hun eigen telefoon of laptop bijdragen "
        "invoeren, op één netwerk van deze computer; draait tot Ctrl+C.",
    )
    parser.add_argument("event", metavar="EVENEMENT", help="id of (uniek deel van de) titel")
    parser.add_argument(
        "--bind", metavar="ADRES", required=True, help="het IP-adres van het netwerk (wifi of hotspot)"
    )
    parser.add_argument("--port", metavar="N", type=int, default=0, help="poort (standaard: een vrije)")
    parser.add_argument(
        "--tokens", metavar="BESTAND", type=Path, help="bewaar de links in dit bestand voor een herstart"
    )
    parser.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace, db: Database | None) -> int:
    from erbij_desktop.app import remote
    from erbij_desktop.app.workspace import Workspace
    from erbij_desktop.domain.events import find_event
    from erbij_desktop.server.errors import ServerError
    from erbij_desktop.server.room import RoomServer

    assert db is not None
    with db.transaction() as session:
        event = find_event(session, args.event)
        event_id, title, tables = event.id, event.title, len(event.tables)
    if tables == 0:
        raise CommandError(f"'{title}' heeft geen tafels; voeg ze toe onder Voorbereiden → Tafels.")
    stop = threading.Event()
    workspace = Workspace(db, event_id)
    # On a server: the pages follow another laptop's round switch (listening before the links show).
    unfollow = remote.follow(workspace, wait=5)
    previous = {sig: signal.signal(sig, _stopper(stop)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            server = RoomServer(workspace, host=args.bind, port=args.port, tokens=_tokens(args))
            server.start()
        except ServerError as error:
            raise CommandError(str(error)) from None
        try:
            if args.tokens is not None and not args.tokens.exists():
                _save_tokens(args.tokens, server.tokens)
            host, port = server.address
            print(f"Tafels schrijven mee voor '{title}' op http://{host}:{port}", flush=True)
            for status in server.table_status():
                print(f"{status.name}\t{status.link}", flush=True)
            print("Stoppen: Ctrl+C", flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            server.stop()
    finally:
        unfollow()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("Server gestopt.", flush=True)
    return 0


def _stopper(stop: threading.Event) -> Callable[[int, FrameType | None], None]:
    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    return handle


def _tokens(args: argparse.Namespace) -> dict[int, str] | None:
    path: Path | None = args.tokens
    if path is None or not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {int(table_id): str(token) for table_id, token in dict(raw).items()}
    except (OSError, ValueError, TypeError) as error:
        raise CommandError(f"{path} is geen bestand met links van 'serve --tokens'.") from error


def _save_tokens(path: Path, tokens: dict[int, str]) -> None:
    from erbij_desktop.storage.atomic import atomic_write_bytes

    data = json.dumps({str(k): v for k, v in tokens.items()}, indent=1).encode("utf-8")
    atomic_write_bytes(path, data)
