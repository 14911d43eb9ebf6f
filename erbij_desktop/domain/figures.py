"""Key figures: numbers worth setting off in the report ("43%" + "van de volwassenen ...").

A figure has a short value, the sentence it belongs to, an optional source,
and optionally the programme item it was presented in. They keep the order
the facilitator gives them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .fields import limited, move_to, required_line, same_event
from .models import Event, KeyFigure, ProgrammeItem
from .text import clean_line
from .transactions import done

VALUE_MAX = 60
SOURCE_MAX = 500
TEXT_MAX = 2000
FIELDS = frozenset({"value", "text", "source", "programme_item"})


def key_figures(session: Session, event: Event) -> Sequence[KeyFigure]:
    return session.scalars(
        select(KeyFigure).where(KeyFigure.event_id == event.id).order_by(KeyFigure.position)
    ).all()


def add_key_figure(
    session: Session,
    event: Event,
    value: str,
    text: str,
    *,
    source: str = "",
    programme_item: ProgrammeItem | None = None,
) -> KeyFigure:
    """A new key figure at the end of the list."""
    values = _values(
        event, {"value": value, "text": text, "source": source, "programme_item": programme_item}
    )
    figure = KeyFigure(**values)
    event.key_figures.append(figure)
    done(session)
    return figure


def update_key_figure(session: Session, figure: KeyFigure, **fields: Any) -> KeyFigure:
    """Change value, text, source or programme_item (None unlinks); all or nothing."""
    unknown = set(fields) - FIELDS
    if unknown:
        raise ValueError(f"Unknown key figure fields: {sorted(unknown)}")
    for name, value in _values(figure.event, fields).items():
        setattr(figure, name, value)
    done(session)
    return figure


def delete_key_figure(session: Session, figure: KeyFigure) -> None:
    figure.event.key_figures.remove(figure)
    session.delete(figure)
    done(session)


def move_key_figure(session: Session, figure: KeyFigure, index: int) -> None:
    move_to(figure.event.key_figures, figure, index)
    done(session)


def _values(event: Event, fields: dict[str, Any]) -> dict[str, Any]:
    values = dict(fields)
    if "value" in values:
        values["value"] = required_line(
            "value", values["value"], "Een kerncijfer heeft een waarde nodig.", VALUE_MAX
        )
    if "text" in values:
        values["text"] = required_line(
            "text", values["text"], "Zeg in een zin waar het cijfer over gaat.", TEXT_MAX
        )
    if "source" in values:
        values["source"] = limited("source", clean_line(values["source"] or ""), SOURCE_MAX)
    if "programme_item" in values:
        same_event("programme_item", event.id, values["programme_item"], "Dit programmaonderdeel")
    return values
