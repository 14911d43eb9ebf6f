"""Curation: what goes into the report from the rounds, in which order, in which words.

After the event the facilitator picks, per round, the contributions the report
quotes under "Een greep uit de bijdragen" (the *selection*: the highlighted
contributions, in ``position`` order), puts them in order, rewords them for
the report while the captured original stays, and tags them. The reading and
writing primitives live in ``domain.contributions``; this module adds what the
curation workspace needs on top, each operation one flushed unit of work
that raises ValidationError and changes nothing when refused.

Each is called inside one workspace action (``app.curation_actions``), which
records the rows it changed, so the Edit menu can take any curation step back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import contributions as ops
from .contributions import ContributionRow
from .errors import NotFoundError, ValidationError
from .models import Contribution, Event, Round, Tag
from .text import name_key
from .transactions import flushed
from .types import utcnow

__all__ = [
    "TagGroup",
    "add_tag",
    "clean_tag",
    "delete_tag",
    "order_selection",
    "remove_tag",
    "rename_tag",
    "select_contribution",
    "selection",
    "tag_groups",
    "tag_names",
]


# --- the selection ---------------------------------------------------------------------------------


def selection(session: Session, round_id: int) -> list[ContributionRow]:
    """The round's contributions chosen for the report, in report order."""
    return [row for row in ops.rows_for_round(session, round_id) if row.highlighted]


def _round_exists(session: Session, round_id: int) -> None:
    if session.scalar(select(Round.id).where(Round.id == round_id)) is None:
        raise NotFoundError(f"Deze ronde bestaat niet meer (id {round_id}).")


def order_selection(session: Session, round_id: int, ids: Sequence[int]) -> list[int]:
    """Put the round's selected contributions in the order of ``ids``; returns the round's new order.

    ``ids`` names every selected contribution once. The selected ones trade the
    places they hold among themselves; the others stay where they are.
    """
    _round_exists(session, round_id)
    rows = ops.rows_for_round(session, round_id)  # in round order: one read gives order and choice
    order = [row.id for row in rows]
    chosen = {row.id for row in rows if row.highlighted}
    wanted = list(ids)
    if len(set(wanted)) != len(wanted) or set(wanted) != chosen:
        raise ValidationError(
            "selection",
            "De volgorde moet elke gekozen bijdrage van deze ronde precies één keer noemen.",
            "mismatch",
        )
    slots = [index for index, cid in enumerate(order) if cid in chosen]
    for slot, cid in zip(slots, wanted, strict=True):
        order[slot] = cid
    with flushed(session, expire=True):
        ops.write_order(session, round_id, order)
    return order


def select_contribution(session: Session, contribution_id: int, index: int | None = None) -> ContributionRow:
    """Take a contribution into its round's selection at ``index`` (None or past the end: last).

    Already selected: it only moves to ``index``.
    """
    contribution = ops.load_contribution(session, contribution_id)
    round_id = contribution.round_id
    rows = ops.rows_for_round(session, round_id)
    others = [row.id for row in rows if row.highlighted and row.id != contribution_id]
    order = [row.id for row in rows if row.id != contribution_id]
    if index is not None and 0 <= index < len(others):
        order.insert(order.index(others[index]), contribution_id)
    elif others:
        order.insert(order.index(others[-1]) + 1, contribution_id)
    else:
        order = [row.id for row in rows]  # the first one chosen keeps its place
    with flushed(session, expire=True):
        contribution.highlighted = True
        contribution.updated_at = utcnow()
        session.flush()
        ops.write_order(session, round_id, order)
    return ops.get_row(session, contribution_id)


# --- tags ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TagGroup:
    """One tag with the contributions that carry it, in event order."""

    id: int
    name: str
    rows: tuple[ContributionRow, ...]


def clean_tag(name: str) -> str:
    """A tag name as stored (no leading #, spaces collapsed), or ValidationError why not."""
    clean = ops.tag_name(name)
    if not clean:
        raise ValidationError("tags", "Typ eerst de naam van het label.", "required")
    return clean


def add_tag(session: Session, contribution_id: int, name: str) -> ContributionRow:
    """Give the contribution this tag (an existing tag of the event when the name matches)."""
    clean = clean_tag(name)
    row = ops.get_row(session, contribution_id)
    if name_key(clean) in {name_key(t) for t in row.tags}:
        return row
    return ops.set_tags(session, contribution_id, [*row.tags, clean])


def remove_tag(session: Session, contribution_id: int, name: str) -> ContributionRow:
    """Take the tag off the contribution (the tag itself stays for the others)."""
    row = ops.get_row(session, contribution_id)
    key = name_key(name)
    return ops.set_tags(session, contribution_id, [t for t in row.tags if name_key(t) != key])


def tag_names(session: Session, event_id: int) -> list[str]:
    """Every tag of the event, alphabetically (for completion)."""
    stmt = select(Tag.name).where(Tag.event_id == event_id).order_by(Tag.name_key)
    return list(session.scalars(stmt))


def tag_groups(session: Session, event_id: int) -> list[TagGroup]:
    """The event's tags that are in use, alphabetically, each with its contributions."""
    tags = session.execute(
        select(Tag.id, Tag.name).where(Tag.event_id == event_id).order_by(Tag.name_key, Tag.id)
    ).all()
    if not tags:
        return []
    members: dict[str, list[ContributionRow]] = {}
    for row in ops.rows_for_event(session, event_id):
        for tag in row.tags:
            members.setdefault(tag, []).append(row)
    return [TagGroup(tag_id, name, tuple(members[name])) for tag_id, name in tags if members.get(name)]


def _load_tag(session: Session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise NotFoundError(f"Dit label bestaat niet meer (id {tag_id}).")
    return tag


def rename_tag(session: Session, tag_id: int, name: str) -> Tag:
    """Rename a tag on every contribution that carries it; a name another tag has is refused."""
    clean = clean_tag(name)
    tag = _load_tag(session, tag_id)
    key = name_key(clean)
    clash = session.scalar(select(Tag.id).where(Tag.event_id == tag.event_id, Tag.name_key == key))
    if clash is not None and clash != tag.id:
        raise ValidationError("tags", f"Er is al een label ‘{clean}’.", "duplicate")
    with flushed(session, expire=True):
        tag.name = clean
        tag.name_key = key
    return tag


def delete_tag(session: Session, tag_id: int) -> None:
    """Remove a tag from every contribution and from the event."""
    tag = _load_tag(session, tag_id)
    with flushed(session, expire=True):
        session.delete(tag)


def rounds_without_selection(session: Session, event: Event) -> list[Round]:
    """Rounds that have no contribution chosen for the report yet (the Verslag tab says so)."""
    chosen = (
        select(Contribution.round_id)
        .where(Contribution.event_id == event.id, Contribution.highlighted.is_(True))
        .distinct()
    )
    return list(
        session.scalars(
            select(Round).where(Round.event_id == event.id, Round.id.not_in(chosen)).order_by(Round.position)
        )
    )
