"""Quotes: what speakers said on stage, one of them the report's headline.

A quote belongs to the event and usually to the programme item it was said
in, with its speaker. Text is stored without enclosing quotation marks (the
report sets its own ‘curly quotes’), so a facilitator who types them does not
get them twice. Exactly one quote per event can be the headline.

Order: ``Quote.position`` runs over the whole event; ``move_quote`` moves a
quote among the quotes of its own programme item, which is the list an editor
shows, and keeps the other quotes where they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .errors import ValidationError
from .fields import same_event
from .models import Event, Person, ProgrammeItem, Quote
from .people import UNCHANGED, _Unchanged
from .text import clean_text
from .transactions import done

_PAIRS = {"‘": "’", "“": "”", "'": "'", '"': '"', "„": "”", "‚": "’", "«": "»"}
TEXT_MAX = 5000


def quotes(
    session: Session, event: Event, programme_item: ProgrammeItem | _Unchanged | None = UNCHANGED
) -> Sequence[Quote]:
    """The event's quotes in order; only those of ``programme_item`` when given (None: unlinked ones)."""
    stmt = select(Quote).where(Quote.event_id == event.id).order_by(Quote.position, Quote.id)
    if not isinstance(programme_item, _Unchanged):
        item_id = programme_item.id if programme_item is not None else None
        stmt = stmt.where(
            Quote.programme_item_id.is_(None) if item_id is None else Quote.programme_item_id == item_id
        )
    return session.scalars(stmt).all()


def add_quote(
    session: Session,
    event: Event,
    text: str,
    *,
    speaker: Person | None = None,
    programme_item: ProgrammeItem | None = None,
) -> Quote:
    """A new quote after all others; flushed, for the caller to commit."""
    clean = quote_text(text)
    same_event("speaker", event.id, speaker, "Deze spreker")
    same_event("programme_item", event.id, programme_item, "Dit programmaonderdeel")
    last = session.scalar(select(func.max(Quote.position)).where(Quote.event_id == event.id))
    quote = Quote(
        event=event,
        text=clean,
        speaker=speaker,
        programme_item=programme_item,
        position=(last + 1) if last is not None else 0,
        is_headline=False,
    )
    session.add(quote)
    done(session)
    _refresh(session, event, programme_item)
    return quote


def update_quote(
    session: Session,
    quote: Quote,
    *,
    text: str | None = None,
    speaker: Person | _Unchanged | None = UNCHANGED,
    programme_item: ProgrammeItem | _Unchanged | None = UNCHANGED,
) -> Quote:
    """Change the text, the speaker (None clears) or the programme item (None unlinks)."""
    clean = quote_text(text) if text is not None else None
    if not isinstance(speaker, _Unchanged):
        same_event("speaker", quote.event_id, speaker, "Deze spreker")
    if not isinstance(programme_item, _Unchanged):
        same_event("programme_item", quote.event_id, programme_item, "Dit programmaonderdeel")
    old_item = quote.programme_item
    if clean is not None:
        quote.text = clean
    if not isinstance(speaker, _Unchanged):
        quote.speaker = speaker
    if not isinstance(programme_item, _Unchanged):
        quote.programme_item = programme_item
    done(session)
    _refresh(session, quote.event, old_item, quote.programme_item)
    return quote


def delete_quote(session: Session, quote: Quote) -> None:
    event, item = quote.event, quote.programme_item
    session.delete(quote)
    done(session)
    _refresh(session, event, item)


def set_headline(session: Session, event: Event, quote: Quote | None) -> None:
    """Make ``quote`` the report's headline (the only one); None: no headline."""
    if quote is not None:
        same_event("quote", event.id, quote, "Dit citaat")
    for other in quotes(session, event):
        other.is_headline = other is quote
    done(session)


def move_quote(session: Session, quote: Quote, index: int) -> None:
    """Move the quote to ``index`` among the quotes of its programme item."""
    everything = list(quotes(session, event=quote.event))
    group = [q for q in everything if q.programme_item_id == quote.programme_item_id]
    slots = [everything.index(q) for q in group]
    group.remove(quote)
    group.insert(max(0, min(index, len(group))), quote)
    for slot, member in zip(slots, group, strict=True):
        everything[slot] = member
    for position, member in enumerate(everything):
        member.position = position
    done(session)
    _refresh(session, quote.event, quote.programme_item)


def _refresh(session: Session, event: Event, *items: ProgrammeItem | None) -> None:
    """Reload the (view-only) quote lists of the event and the items involved on next access."""
    session.expire(event, ["quotes"])
    for item in items:
        if item is not None:
            session.expire(item, ["quotes"])


def quote_text(text: str) -> str:
    """Clean quote text: control characters out, one pair of enclosing quotation marks off."""
    clean = clean_text(text or "")
    if len(clean) >= 2 and _PAIRS.get(clean[0]) == clean[-1]:
        clean = clean[1:-1].strip()
    if not clean:
        raise ValidationError("text", "Een citaat heeft tekst nodig.", "required")
    if len(clean) > TEXT_MAX:
        raise ValidationError("text", f"Een citaat is maximaal {TEXT_MAX} tekens.", "too_long")
    return clean
