"""Quotes: cleaning, one headline per event, order within a programme item."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.quotes import (
    add_quote,
    delete_quote,
    move_quote,
    quotes,
    set_headline,
    update_quote,
)


@pytest.fixture
def event(session: Session) -> Event:
    return create_event(session, "Praktijktafel")


def test_add_strips_enclosing_quote_marks(session: Session, event: Event) -> None:
    speaker = ensure_person(session, event, "Pieter Hilhorst")
    item = add_programme_item(session, event, "Opening")
    quote = add_quote(
        session, event, " ‘Eenzaamheid is van ons allemaal.’ ", speaker=speaker, programme_item=item
    )
    assert quote.text == "Eenzaamheid is van ons allemaal."
    assert add_quote(session, event, "'Dat heeft het lot zo bepaald'").text == "Dat heeft het lot zo bepaald"
    assert [q.text for q in item.quotes] == ["Eenzaamheid is van ons allemaal."]
    assert quote.speaker is speaker


def test_empty_quote_is_refused(session: Session, event: Event) -> None:
    for bad in ("", "  ", "‘ ’", "\x00"):
        with pytest.raises(ValidationError) as caught:
            add_quote(session, event, bad)
        assert caught.value.field == "text"
    assert quotes(session, event) == []


def test_exactly_one_headline(session: Session, event: Event) -> None:
    a, b = add_quote(session, event, "Een"), add_quote(session, event, "Twee")
    set_headline(session, event, a)
    set_headline(session, event, b)
    session.expire_all()
    assert [q.is_headline for q in quotes(session, event)] == [False, True]
    assert event.headline_quote is b
    set_headline(session, event, None)
    assert event.headline_quote is None


def test_update_and_delete(session: Session, event: Event) -> None:
    item = add_programme_item(session, event, "Lezing")
    quote = add_quote(session, event, "Eerst", programme_item=item)
    with pytest.raises(ValidationError):
        update_quote(session, quote, text="   ", programme_item=None)
    assert quote.programme_item is item
    update_quote(session, quote, text="Daarna", programme_item=None)
    assert item.quotes == []
    assert quote.text == "Daarna"
    delete_quote(session, quote)
    assert quotes(session, event) == []


def test_move_within_programme_item_keeps_others_in_place(session: Session, event: Event) -> None:
    one, two = add_programme_item(session, event, "Een"), add_programme_item(session, event, "Twee")
    a = add_quote(session, event, "a", programme_item=one)
    x = add_quote(session, event, "x", programme_item=two)
    b = add_quote(session, event, "b", programme_item=one)
    c = add_quote(session, event, "c", programme_item=one)
    move_quote(session, c, 0)
    assert [q.text for q in quotes(session, event, one)] == ["c", "a", "b"]
    assert [q.text for q in quotes(session, event)] == ["c", "x", "a", "b"]
    assert [q.text for q in one.quotes] == ["c", "a", "b"]
    move_quote(session, c, 5)
    assert [q.text for q in quotes(session, event, one)] == ["a", "b", "c"]
    assert quotes(session, event, two) == [x]
    assert {a.position, b.position, c.position, x.position} == {0, 1, 2, 3}
