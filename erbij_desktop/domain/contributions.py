"""Contributions: what each table said, captured as fast as people talk and never lost.

Every operation here changes the session it is given and flushes; the
workspace action around it commits before the capture view shows the
contribution as saved, so what it shows is on disk. Reads hand out plain,
immutable ``ContributionRow`` values instead of ORM objects; they live in
``domain.contribution_rows`` (free of the ORM) and are re-exported here.

Adding (the hot path) lives in ``domain.contribution_add``, searching in
``domain.contribution_search``; both are re-exported here. Undo is the
workspace's (``app.workspace``: it records changed rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from .contribution_add import (
    MAX_LENGTH,
    add_contribution,
    attribution,
    check_table,
    contribution_text,
)
from .contribution_rows import (
    ContributionRow,
    counts_by_round,
    counts_by_table,
    counts_by_table_in_event,
    get_row,
    round_order,
    rows_for_event,
    rows_for_round,
    rows_for_table,
)
from .errors import NotFoundError, ValidationError
from .models import (
    Contribution,
    Organisation,
    Person,
    Tag,
)
from .round_lock import lock_round
from .text import clean_line, name_key
from .transactions import flushed
from .types import utcnow

TAG_MAX = 120

__all__ = [
    "MAX_LENGTH",
    "ContributionRow",
    "add_contribution",
    "contribution_text",
    "counts_by_round",
    "counts_by_table",
    "counts_by_table_in_event",
    "delete_contribution",
    "edit_text",
    "get_row",
    "load_contribution",
    "move_contribution",
    "round_order",
    "rows_for_event",
    "rows_for_round",
    "rows_for_table",
    "set_attribution",
    "set_hidden",
    "set_highlight",
    "set_report_text",
    "set_table",
    "set_tags",
    "tag_name",
    "toggle_highlight",
    "write_order",
]


# --- changing --------------------------------------------------------------------------------------


def load_contribution(session: Session, contribution_id: int) -> Contribution:
    """The ORM record, or NotFoundError when it was deleted meanwhile."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        raise NotFoundError(f"Deze bijdrage bestaat niet meer (id {contribution_id}).")
    return contribution


def _stored_row(session: Session, contribution: Contribution) -> ContributionRow:
    with flushed(session):
        contribution.updated_at = utcnow()
    return get_row(session, contribution.id)


def edit_text(session: Session, contribution_id: int, text: str) -> ContributionRow:
    """Replace the captured text (a typo fixed in the room)."""
    clean = contribution_text(text)
    contribution = load_contribution(session, contribution_id)
    contribution.text = clean
    return _stored_row(session, contribution)


def set_report_text(session: Session, contribution_id: int, text: str | None) -> ContributionRow:
    """The wording for the report; None or empty: use the captured text."""
    contribution = load_contribution(session, contribution_id)
    contribution.report_text = contribution_text(text, "report_text") if text and text.strip() else None
    return _stored_row(session, contribution)


def set_highlight(session: Session, contribution_id: int, highlighted: bool) -> ContributionRow:
    contribution = load_contribution(session, contribution_id)
    contribution.highlighted = highlighted
    return _stored_row(session, contribution)


def set_hidden(session: Session, contribution_id: int, hidden: bool) -> ContributionRow:
    """Hide a contribution from the lists and the report (it stays stored), or show it again."""
    contribution = load_contribution(session, contribution_id)
    contribution.hidden = hidden
    return _stored_row(session, contribution)


def toggle_highlight(session: Session, contribution_id: int) -> ContributionRow:
    contribution = load_contribution(session, contribution_id)
    contribution.highlighted = not contribution.highlighted
    return _stored_row(session, contribution)


def set_table(session: Session, contribution_id: int, table_id: int | None) -> ContributionRow:
    """Move a contribution to another table of its event (typed at the wrong one)."""
    contribution = load_contribution(session, contribution_id)
    check_table(session, contribution.event_id, table_id)
    contribution.table_id = table_id
    return _stored_row(session, contribution)


def set_attribution(
    session: Session, contribution_id: int, person: str | None, organisation: str | None
) -> ContributionRow:
    """Who said it, by name (empty clears); unknown names become new people/organisations."""
    contribution = load_contribution(session, contribution_id)
    with flushed(session):
        who, org = attribution(session, contribution.event_id, person, organisation)
        contribution.person_id = who.id if who else None
        contribution.organisation_id = org.id if org else None
        contribution.updated_at = utcnow()
    return get_row(session, contribution.id)


def set_attribution_ids(
    session: Session, contribution_id: int, person_id: int | None, organisation_id: int | None
) -> ContributionRow:
    """Who said it, by id (used by undo to put back exactly what was there)."""
    contribution = load_contribution(session, contribution_id)
    contribution.person_id = _existing(session, Person, person_id, contribution.event_id)
    contribution.organisation_id = _existing(session, Organisation, organisation_id, contribution.event_id)
    return _stored_row(session, contribution)


def _existing(session: Session, model: Any, record_id: int | None, event_id: int) -> int | None:
    """``record_id`` if that record still exists in the event, else None."""
    if record_id is None:
        return None
    found = session.get(model, record_id)
    return record_id if found is not None and found.event_id == event_id else None


def tag_name(name: str | None) -> str:
    """A tag name as stored: no leading #, spaces collapsed ("" when nothing is left); too long is refused."""
    clean = clean_line(name or "").lstrip("#").strip()
    if len(clean) > TAG_MAX:
        raise ValidationError("tags", f"Een label is hoogstens {TAG_MAX} tekens.", "too_long")
    return clean


def set_tags(session: Session, contribution_id: int, names: Iterable[str]) -> ContributionRow:
    """Replace the contribution's tags; tags are per event and matched like names."""
    contribution = load_contribution(session, contribution_id)
    wanted: dict[str, str] = {}
    for name in names:
        clean = tag_name(name)
        if clean:
            wanted.setdefault(name_key(clean), clean)
    with flushed(session):
        tags: list[Tag] = []
        for key, clean in wanted.items():
            tag = session.scalars(
                select(Tag).where(Tag.event_id == contribution.event_id, Tag.name_key == key)
            ).first()
            if tag is None:
                tag = Tag(event_id=contribution.event_id, name=clean, name_key=key)
                session.add(tag)
            tags.append(tag)
        contribution.tags = tags
        contribution.updated_at = utcnow()
    return get_row(session, contribution.id)


def move_contribution(session: Session, contribution_id: int, before_id: int | None) -> list[int]:
    """Put the contribution just before ``before_id`` in its round (None: at the end).

    Positions of the round are renumbered 0, 1, 2, ... (only rows whose number
    changes are written). Returns the round's new order.
    """
    contribution = load_contribution(session, contribution_id)
    lock_round(session, contribution.round_id)  # not renumbered by two laptops at once
    order = round_order(session, contribution.round_id)
    if before_id == contribution_id:
        return order
    order.remove(contribution_id)
    if before_id is None or before_id not in order:
        if before_id is not None:
            raise ValidationError("before", "Die bijdrage hoort niet bij dezelfde ronde.", "other_round")
        order.append(contribution_id)
    else:
        order.insert(order.index(before_id), contribution_id)
    with flushed(session, expire=True):
        write_order(session, contribution.round_id, order)
    return order


def write_order(session: Session, round_id: int, order: Sequence[int]) -> None:
    """Number the round 0, 1, 2, ... in ``order`` (only changed rows are written); no commit."""
    current = dict(
        session.execute(
            select(Contribution.id, Contribution.position).where(Contribution.round_id == round_id)
        ).all()
    )
    changes = [{"id": cid, "position": index} for index, cid in enumerate(order) if current.get(cid) != index]
    if changes:
        session.execute(update(Contribution), changes)


# --- deleting -----------------------------------------------------------------------------------


def delete_contribution(session: Session, contribution_id: int) -> None:
    """Delete it (the workspace's undo brings it back from the rows it recorded)."""
    load_contribution(session, contribution_id)
    with flushed(session, expire=True):
        session.execute(delete(Contribution).where(Contribution.id == contribution_id))
