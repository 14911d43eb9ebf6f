"""Finding, creating and changing events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from .enums import ReportStatus
from .errors import AmbiguousError, NotFoundError, ValidationError
from .fields import limited, same_event
from .limits import CITY_MAX, LINE_MAX, LONG_TEXT_MAX, TITLE_MAX
from .models import Event, Organisation, Photo, event_organiser
from .text import clean_line, clean_text, fold
from .transactions import done

# Fields of Event a form may set with update_event; text fields are cleaned.
_LINE_FIELDS = {"title", "venue", "city", "background_heading", "logo_mime", "attendance_text"}
_TEXT_FIELDS = {"purpose", "lead", "conclusion", "background_text"}
_MAX_LENGTHS = {
    "title": TITLE_MAX,
    "venue": LINE_MAX,
    "city": CITY_MAX,
    "background_heading": LINE_MAX,
    "logo_mime": 40,
    "attendance_text": 200,
}
_OTHER_FIELDS = {
    "event_date",
    "start_time",
    "end_time",
    "chair_id",
    "attendance_expected",
    "attendance_actual",
    "report_language",
    "report_status",
    "published_on",
    "modified_on",
    "logo",
}
EDITABLE_FIELDS = frozenset(_LINE_FIELDS | _TEXT_FIELDS | _OTHER_FIELDS)


def list_events(session: Session) -> Sequence[Event]:
    """All events, newest date first (undated last), then by title."""
    stmt = select(Event).order_by(Event.event_date.desc().nulls_last(), Event.title, Event.id)
    return session.scalars(stmt).all()


def get_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"Geen evenement met id {event_id}.")
    return event


def find_event(session: Session, ident: str) -> Event:
    """An event by id, or by a title that matches exactly one event.

    An exact (case/accent-insensitive) title wins; otherwise a unique part of a title.
    """
    ident = ident.strip()
    if ident.isascii() and ident.isdigit():
        if len(ident) > 18:  # beyond SQLite's 64-bit ids: no such event
            raise NotFoundError(f"Geen evenement met id {ident}.")
        return get_event(session, int(ident))
    wanted = fold(clean_line(ident))
    if not wanted:
        raise NotFoundError("Geef een evenement op (id of titel).")
    events = list_events(session)
    exact = [e for e in events if fold(e.title) == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [e for e in events if wanted in fold(e.title)]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NotFoundError(f"Geen evenement gevonden voor '{ident}'.")
    raise AmbiguousError(
        f"'{ident}' past op {len(partial)} evenementen; gebruik het id.",
        [f"{e.id} {e.title}" for e in partial],
    )


def create_event(session: Session, title: str, **fields: Any) -> Event:
    event = Event(title="")
    _apply(event, {"title": title, **fields})
    session.add(event)
    done(session)
    return event


def update_event(session: Session, event: Event, **fields: Any) -> Event:
    """Change event fields; all or nothing."""
    _apply(event, fields)
    done(session)
    return event


def delete_event(session: Session, event: Event) -> None:
    session.delete(event)
    done(session)


def _apply(event: Event, fields: dict[str, Any]) -> None:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"Unknown event fields: {sorted(unknown)}")
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _LINE_FIELDS:
            value = limited(name, clean_line(value or ""), _MAX_LENGTHS.get(name, LINE_MAX))
        elif name in _TEXT_FIELDS:
            value = limited(name, clean_text(value or ""), LONG_TEXT_MAX)
        cleaned[name] = value
    if "title" in cleaned and not cleaned["title"]:
        raise ValidationError("title", "Een evenement heeft een titel nodig.", "required")
    for name in ("attendance_expected", "attendance_actual"):
        if cleaned.get(name) is not None and cleaned[name] < 0:
            raise ValidationError(name, "Het aantal aanwezigen kan niet negatief zijn.", "negative")
    if cleaned.get("report_status") == ReportStatus.FINAL and event.report_status != ReportStatus.FINAL:
        missing = photos_without_alt_text(event)
        if missing:
            raise ValidationError("report_status", _missing_alt_message(missing), "alt_text_missing")
    start = cleaned.get("start_time", event.start_time)
    end = cleaned.get("end_time", event.end_time)
    if start is not None and end is not None and end <= start:
        raise ValidationError("end_time", "De eindtijd ligt niet na de begintijd.", "end_before_start")
    for name, value in cleaned.items():
        setattr(event, name, value)


def set_organisers(session: Session, event: Event, organisations: Sequence[Organisation]) -> None:
    """The organising organisations, in the order the report names them."""
    ordered = list(dict.fromkeys(organisations))
    for organisation in ordered:
        same_event("organisers", event.id, organisation, "Deze organisatie")
    session.execute(delete(event_organiser).where(event_organiser.c.event_id == event.id))
    if ordered:
        session.execute(
            insert(event_organiser),
            [{"event_id": event.id, "organisation_id": o.id, "position": i} for i, o in enumerate(ordered)],
        )
    done(session)
    session.expire(event, ["organisers"])


def photos_without_alt_text(event: Event) -> list[Photo]:
    """Photos that will be in the report (consent given) but say nothing to a reader who cannot see."""
    return [p for p in event.photos if p.consent and not p.alt_text.strip()]


def _missing_alt_message(missing: Sequence[Photo]) -> str:
    names = ", ".join(f"‘{p.filename or p.caption[:40] or p.id}’" for p in missing[:3])
    more = f" en nog {len(missing) - 3}" if len(missing) > 3 else ""
    return (
        f"Het verslag kan nog niet definitief: {len(missing)} foto('s) zonder alt-tekst ({names}{more}). "
        "Beschrijf onder Verslag → Foto's wat elke foto laat zien."
    )
