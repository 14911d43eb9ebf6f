"""Checks and moves every ordered list of the domain shares.

Programme items, rounds, tables, quotes, key figures and photos are all
validated with the same field rules (required, length, same event) and
reordered the same way, so each lives here once.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .errors import ValidationError
from .text import clean_line

T = TypeVar("T")


def required_line(field: str, value: str | None, message: str, max_length: int) -> str:
    """A cleaned single-line value that may not be empty nor longer than ``max_length``."""
    clean = clean_line(value or "")
    if not clean:
        raise ValidationError(field, message, "required")
    return limited(field, clean, max_length)


def limited(field: str, value: str, max_length: int) -> str:
    if len(value) > max_length:
        raise ValidationError(field, f"Maximaal {max_length} tekens (nu {len(value)}).", "too_long")
    return value


def move_to(items: list[T], item: T, index: int) -> None:
    """Move ``item`` to ``index`` (clamped) in an ordering list; positions follow."""
    current = items.index(item)
    index = max(0, min(index, len(items) - 1))
    if index == current:
        return
    items.pop(current)
    items.insert(index, item)


def same_event(field: str, event_id: int, other: Any, what: str) -> None:
    """Refuse links to records of another event (a person, programme item, ...)."""
    if other is not None and other.event_id != event_id:
        raise ValidationError(field, f"{what} hoort bij een ander evenement.", "other_event")
