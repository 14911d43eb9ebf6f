"""One way to fetch a record of the open event inside an action, or refuse when it is gone.

An action gets ids from the screen; between the click and the transaction,
another tab, laptop or phone may have deleted the record, or an id may name a
record of another event. Every action then refuses the same way: a
ValidationError on the field the screen marks, saying the record no longer
exists, and nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .workspace import Workspace


class _OfEvent(Protocol):
    event_id: int


R = TypeVar("R", bound=_OfEvent)


def record_of_event(
    session: Session, ws: Workspace, model: type[R], record_id: int, field: str, gone: str
) -> R:
    """The ``model`` row ``record_id`` of the workspace's event; else ValidationError(field, ``gone``)."""
    from erbij_desktop.domain.errors import ValidationError

    record = session.get(model, record_id)
    if record is None or record.event_id != ws.event_id:
        raise ValidationError(field, gone, "missing")
    return record
