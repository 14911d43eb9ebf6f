"""How a domain operation ends: inside a workspace action it only flushes, the workspace commits.

One user action is one transaction, committed by the event's workspace
(``app.workspace``), which marks its session with ``UNIT_OF_WORK``. Callers
that have not moved onto the workspace yet (they hand in a plain session) still
get the operation committed here, so nothing they save is lost meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# session.info key: this session belongs to a workspace action, which commits it.
UNIT_OF_WORK = "erbij_unit_of_work"


def in_workspace(session: Session) -> bool:
    return bool(session.info.get(UNIT_OF_WORK))


def done(session: Session) -> None:
    """The operation's changes are complete: flushed for the workspace to commit (else committed)."""
    if in_workspace(session):
        session.flush()
    else:
        session.commit()


@contextmanager
def committed(session: Session, *, expire: bool = False) -> Iterator[None]:
    """End the block as ``done`` does; on any error outside a workspace, roll back and re-raise.

    ``expire``: forget loaded ORM state afterwards, for blocks that changed rows
    with bulk statements the ORM did not see.
    """
    if in_workspace(session):
        yield  # an error propagates to the workspace, which rolls the whole action back
        session.flush()
    else:
        try:
            yield
            session.commit()
        except BaseException:
            session.rollback()
            raise
    if expire:
        session.expire_all()
