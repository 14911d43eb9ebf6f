"""One unit of work: commit what a block changed, or roll all of it back.

Domain operations promise that what the UI shows as saved is on disk and that
refused or failed work leaves nothing behind; this context manager is how
they keep both promises in one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session


@contextmanager
def committed(session: Session, *, expire: bool = False) -> Iterator[None]:
    """Commit when the block ends; on any error roll back and re-raise.

    ``expire``: forget loaded ORM state afterwards, for blocks that changed rows
    with bulk statements the ORM did not see.
    """
    try:
        yield
        session.commit()
    except BaseException:
        session.rollback()
        raise
    if expire:
        session.expire_all()
