"""Other laptops on the same server database: what one commits, the others hear (LISTEN/NOTIFY).

Every commit of an event's workspace on PostgreSQL sends, in its own
transaction, ``pg_notify('erbij_changes', payload)``; PostgreSQL delivers it
to every listening connection when (and only if) the transaction commits. The
payload is compact JSON: the sending app's instance id (a uuid made per
process, so an app ignores its own commits), the event id, the action's label
and, per table, the ids added, changed and removed. PostgreSQL refuses payloads
of 8000 bytes or more: a larger change is sent as "everything" for the event,
and the listeners reload it.

``Listener`` is one dedicated psycopg 3 connection per app process, in a daemon
thread, waiting in ``conn.notifies(timeout=…)`` so that it can stop within a
fraction of a second. A lost connection is retried until it comes back; after
reconnecting (LISTEN first, so nothing from then on is missed) it calls
``reconnected``, because whatever was committed in between was not heard.

psycopg is an optional extra: it is imported when a listener starts, never at
the import of this module (SQLite-only installs never load it).
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

CHANNEL = "erbij_changes"
# PostgreSQL: "the payload must be shorter than 8000 bytes".
MAX_PAYLOAD = 7999
LABEL_MAX = 120
INSTANCE = uuid.uuid4().hex  # this app process
APPLICATION_NAME = "erbij-listen"
_SEND = text("SELECT pg_notify(:channel, :payload)")
_KINDS = ("added", "changed", "removed")

# Per table: the ids added, changed and removed (a composite key is a tuple).
Ids = tuple[frozenset[Any], frozenset[Any], frozenset[Any]]


@dataclass(frozen=True)
class Notice:
    """One commit another app made, as its notification told it."""

    instance: str
    event_id: int
    label: str = ""
    tables: Mapping[str, Ids] = field(default_factory=dict)
    everything: bool = False


def encode(instance: str, event_id: int, label: str, tables: Mapping[str, Ids]) -> str:
    """The payload for one commit; "everything" for the event when the ids do not fit."""
    head: dict[str, Any] = {"v": 1, "i": instance, "e": event_id, "l": label[:LABEL_MAX]}
    body = {name: [[_plain(k) for k in kind] for kind in ids] for name, ids in tables.items()}
    try:
        payload = json.dumps({**head, "t": body}, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError):  # a key JSON cannot carry: the others reload the event
        payload = ""
    if not payload or len(payload.encode("utf-8")) > MAX_PAYLOAD:
        payload = json.dumps({**head, "all": True}, separators=(",", ":"), ensure_ascii=False)
    return payload


def decode(payload: str) -> Notice | None:
    """The notice in a payload, or None (logged) when it is not one of ours."""
    try:
        raw = json.loads(payload)
        instance, event_id = str(raw["i"]), int(raw["e"])
        label = str(raw.get("l", ""))
        if raw.get("all"):
            return Notice(instance, event_id, label, everything=True)
        tables: dict[str, Ids] = {}
        for name, kinds in dict(raw.get("t", {})).items():
            added, changed, removed = (frozenset(_key(k) for k in kind) for kind in kinds)
            tables[str(name)] = (added, changed, removed)
        return Notice(instance, event_id, label, tables)
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("ignored a notification on %s that is not Erbij's", CHANNEL)
        return None


def _plain(key: Any) -> Any:
    return list(key) if isinstance(key, tuple) else key


def _key(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def send(conn: Connection, payload: str, *, commit: bool = False) -> None:
    """Queue the notification in ``conn``'s transaction: delivered when it commits.

    ``commit``: and commit the transaction in the same round trip, the two statements in one
    message (the simple query protocol takes several when nothing is bound, so the payload goes
    in as a literal quoted by psycopg). The caller still commits as usual, which psycopg then
    skips (nothing is open any more); a failed COMMIT raises here, inside the caller's action.
    A round trip per action less: on a server across the building's network, the one that counts.
    """
    if not commit:
        conn.execute(_SEND, {"channel": CHANNEL, "payload": payload})
        return
    from psycopg import sql

    driver = conn.connection.driver_connection
    quoted = sql.Literal(payload).as_string(driver)
    conn.exec_driver_sql(f"SELECT pg_notify('{CHANNEL}', {quoted}); COMMIT")


class Listener:
    """One connection that LISTENs for the other apps' commits, in a daemon thread of its own."""

    def __init__(
        self,
        engine: Engine,
        heard: Callable[[Notice], None],
        reconnected: Callable[[], None],
        *,
        instance: str = INSTANCE,
        wait: float = 0.25,
        retry: float = 1.0,
        ping: float = 10.0,
    ) -> None:
        self._engine = engine
        self._heard = heard
        self._reconnected = reconnected
        self.instance = instance
        self._wait, self._retry, self._ping = wait, retry, ping
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        # Set while LISTEN is active (tests wait for it); the server's process id of the connection.
        self.listening = threading.Event()
        self.backend_pid: int | None = None
        self.connections = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="erbij-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop listening (within ``wait`` seconds) and close the connection."""
        self._stopping.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _connect(self) -> psycopg.Connection[Any]:
        import psycopg

        _args, params = self._engine.dialect.create_connect_args(self._engine.url)
        params = {k: v for k, v in params.items() if k != "context"}
        params.setdefault("connect_timeout", 5)
        params.setdefault("application_name", APPLICATION_NAME)  # what pg_stat_activity shows a DBA
        return psycopg.connect(autocommit=True, **params)

    def _run(self) -> None:
        import psycopg

        attempts = 0
        while not self._stopping.is_set():
            attempts += 1
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = conn.info.backend_pid
                    self.connections += 1
                    if attempts > 1:  # what was committed while we were away was not heard
                        self._call(self._reconnected)
                    self.listening.set()
                    self._listen(conn)
            except psycopg.Error as error:
                log.warning("listening for other laptops' changes: %s", type(error).__name__)
            except Exception:
                log.exception("the listener for other laptops' changes failed")
            finally:
                self.listening.clear()
            self._stopping.wait(self._retry)

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        checked = time.monotonic()
        while not self._stopping.is_set():
            for notify in conn.notifies(timeout=self._wait):
                notice = decode(notify.payload)
                if notice is not None and notice.instance != self.instance:
                    self._call(functools.partial(self._heard, notice))
                if self._stopping.is_set():
                    return
            if time.monotonic() - checked > self._ping:  # a connection that died silently
                conn.execute("SELECT 1")
                checked = time.monotonic()

    @staticmethod
    def _call(callback: Callable[[], None]) -> None:
        try:
            callback()
        except Exception:
            log.exception("a listener of other laptops' changes failed")
