"""How a domain operation ends: it flushes, and whoever owns the session commits.

One user action is one transaction, committed by the event's workspace
(``app.workspace``) or, for the list of events, by ``app.library``. Callers
outside the GUI (the CLI, imports, tests) own their transaction the same way,
with ``Database.transaction()``. So no domain operation commits: ``done``
makes its changes visible to the rest of the transaction (and checks the
database's constraints now, where the operation can still say what is wrong).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def done(session: Session) -> None:
    """The operation's changes are complete: flushed, for the owner of the session to commit."""
    session.flush()


@contextmanager
def flushed(session: Session, *, expire: bool = False) -> Iterator[None]:
    """End the block as ``done`` does; an error propagates to the owner, who rolls back.

    ``expire``: forget loaded ORM state afterwards, for blocks that changed rows
    with bulk statements the ORM did not see.
    """
    yield
    session.flush()
    if expire:
        session.expire_all()
