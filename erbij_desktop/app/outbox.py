"""Adding a contribution on a server database without losing it when the connection is lost.

On the organisation's PostgreSQL a laptop can lose the server in the middle
of a session (the wifi, a restart of the server). What the facilitator typed
then must not be refused: ``Delivery.add`` makes the contribution's
``entry_uid`` before the first try, and when the server cannot be reached the
contribution goes into the laptop's outbox (``storage.outbox``, on disk when
``add`` returns) and comes back as a *waiting* row (``SOURCE_WAITING``, a
negative id) for the list to show. ``Delivery.deliver`` sends the waiting
entries in the order they were typed through the same idempotent
``capture_actions.add_contribution``, and removes each from the outbox only
after the server committed it: a try whose commit reached the server but
whose answer got lost is sent again and comes back as the row stored the
first time, so every entry is stored once.

While entries wait, new ones queue behind them (the order typed is the order
stored). An entry the server will not take (its round was deleted meanwhile)
stays in the outbox, marked refused, and is never dropped. On an SQLite file
there is no outbox: the file is on this laptop, ``delivery_for`` gives None.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.domain.types import utcnow
from erbij_desktop.lazy_import import lazy_import
from erbij_desktop.storage.outbox import Outbox, OutboxEntry, OutboxError, outbox_path

from .workspace import Workspace

if TYPE_CHECKING:
    from . import capture_actions as actions
else:  # loads the ORM: at the first change, not while the window opens
    actions = lazy_import("erbij_desktop.app.capture_actions")

# ``ContributionRow.source`` of a row that waits in the outbox (never stored on the server).
SOURCE_WAITING = "waiting"
# Waiting rows sort after every stored row of their table, in the order they were typed.
WAITING_POSITION = 1 << 40


def connection_lost(error: BaseException) -> bool:
    """Whether ``error`` means the server could not be reached (not that it refused the change)."""
    if isinstance(error, (OperationalError, InterfaceError)):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def waiting_row(entry: OutboxEntry) -> ContributionRow:
    """How a waiting entry is shown in its table's list until it is delivered."""
    return ContributionRow(
        id=-entry.seq,
        event_id=entry.event_id,
        round_id=entry.round_id,
        table_id=entry.table_id,
        text=entry.text,
        report_text=None,
        highlighted=False,
        position=WAITING_POSITION + entry.seq,
        created_at=entry.typed_at,
        person_name=entry.person,
        organisation_name=entry.organisation,
        source=SOURCE_WAITING,
        entry_uid=entry.entry_uid,
    )


@dataclass
class Delivered:
    """What one ``deliver`` did."""

    rows: list[tuple[OutboxEntry, ContributionRow]] = field(default_factory=list)
    refused: list[OutboxEntry] = field(default_factory=list)
    lost: bool = False  # stopped because the server still cannot be reached
    waiting: int = 0  # entries of this event still in the outbox afterwards


class Delivery:
    """One event's contributions on a server database: added directly, or kept and delivered later."""

    def __init__(self, ws: Workspace, outbox: Outbox) -> None:
        self.ws = ws
        self.outbox = outbox
        self._lock = threading.Lock()
        self._event_uid: str | None = None

    @property
    def event_id(self) -> int:
        return self.ws.event_id

    def event_uid(self) -> str:
        """The event's stable id, read while the server answers ('' when it never did)."""
        if self._event_uid is None:
            try:
                found = self.ws.read_plain(
                    lambda conn: conn.execute(
                        sql_text("SELECT uid FROM event WHERE id = :id"), {"id": self.event_id}
                    ).scalar()
                )
            except Exception as error:
                if not connection_lost(error):
                    raise
                return ""
            self._event_uid = str(found or "")
        return self._event_uid

    def waiting(self) -> list[OutboxEntry]:
        return self.outbox.pending(self.event_id)

    def count(self) -> int:
        return self.outbox.count(self.event_id)

    def add(
        self,
        round_id: int,
        text: str,
        *,
        table_id: int | None = None,
        person: str = "",
        organisation: str = "",
        label: str = "Bijdrage toevoegen",
    ) -> ContributionRow:
        """Store it on the server, or (server unreachable, or others still waiting) keep it in the outbox
        and return its waiting row. Refused input raises DomainError and is not kept."""
        from erbij_desktop.domain.contribution_add import contribution_text  # loads the ORM

        clean = contribution_text(text)
        entry_uid = str(uuid.uuid4())
        typed_at = utcnow()
        event_uid = self._event_uid or ""  # read when the delivery was made; never a wait here
        if self.count() == 0:
            try:
                return actions.add_contribution(
                    self.ws, round_id, clean, table_id=table_id, person=person, organisation=organisation,
                    label=label, entry_uid=entry_uid,
                )  # fmt: skip
            except Exception as error:
                if not connection_lost(error):
                    raise
        entry = self.outbox.put(
            entry_uid=entry_uid, event_id=self.event_id, event_uid=event_uid, round_id=round_id,
            table_id=table_id, text=clean, person=person, organisation=organisation, typed_at=typed_at,
        )  # fmt: skip
        return waiting_row(entry)

    def deliver(self, *, label: str = "Bijdrage toevoegen") -> Delivered:
        """Send the waiting entries in typed order; each leaves the outbox only after its commit."""
        done = Delivered()
        with self._lock:
            for entry in self.waiting():
                known = self.event_uid()
                if entry.event_uid and known and entry.event_uid != known:
                    self.outbox.refuse(entry.entry_uid, "Dit evenement staat niet (meer) in deze database.")
                    done.refused.append(entry)
                    continue
                try:
                    row = actions.add_contribution(
                        self.ws, entry.round_id, entry.text, table_id=entry.table_id, person=entry.person,
                        organisation=entry.organisation, label=label, entry_uid=entry.entry_uid,
                        now=entry.typed_at,
                    )  # fmt: skip
                except DomainError as error:  # e.g. its round was deleted meanwhile: kept, not sent again
                    self.outbox.refuse(entry.entry_uid, str(error))
                    done.refused.append(entry)
                    continue
                except Exception as error:
                    if not connection_lost(error):
                        raise
                    done.lost = True
                    break
                self.outbox.remove(entry.entry_uid)
                done.rows.append((entry, row))
            done.waiting = self.count()
        return done


_deliveries: weakref.WeakKeyDictionary[Workspace, Delivery] = weakref.WeakKeyDictionary()
_outboxes: dict[str, Outbox] = {}
_registry_lock = threading.Lock()


def delivery_for(ws: Workspace) -> Delivery | None:
    """The workspace's delivery (one per workspace, its outbox one per server database); None on SQLite."""
    if ws.db.url.startswith("sqlite"):
        return None
    with _registry_lock:
        found = _deliveries.get(ws)
        if found is None:
            key = str(outbox_path(ws.db.url))
            outbox = _outboxes.get(key)
            if outbox is None:
                outbox = _outboxes[key] = Outbox.for_server(ws.db.url)
            found = _deliveries[ws] = Delivery(ws, outbox)
            found.event_uid()  # while the server answers, so an entry kept later carries it
        return found


def add_contribution(
    ws: Workspace,
    round_id: int,
    text: str,
    *,
    table_id: int | None = None,
    person: str = "",
    organisation: str = "",
    label: str = "Bijdrage toevoegen",
) -> ContributionRow:
    """What Enter in the capture view does: on SQLite (or when the outbox file itself is unusable, which
    the capture view says when it opens) straight to the database; on a server through its Delivery."""
    try:
        delivery = delivery_for(ws)
    except OutboxError:
        delivery = None
    if delivery is None:
        return actions.add_contribution(
            ws, round_id, text, table_id=table_id, person=person, organisation=organisation, label=label
        )
    return delivery.add(
        round_id, text, table_id=table_id, person=person, organisation=organisation, label=label
    )
