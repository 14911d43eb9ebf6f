"""Key figures: value and sentence required, order kept."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.figures import (
    add_key_figure,
    delete_key_figure,
    key_figures,
    move_key_figure,
    update_key_figure,
)
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.programme import add_programme_item


@pytest.fixture
def event(session: Session) -> Event:
    return create_event(session, "Praktijktafel")


def test_crud_and_order(session: Session, event: Event) -> None:
    item = add_programme_item(session, event, "Cijfers")
    adults = add_key_figure(
        session,
        event,
        "43%",
        "van de volwassenen voelt zich wel eens eenzaam",
        source="CBS",
        programme_item=item,
    )
    elderly = add_key_figure(session, event, "54%", "van de ouderen")
    move_key_figure(session, elderly, 0)
    assert [f.value for f in key_figures(session, event)] == ["54%", "43%"]
    update_key_figure(session, adults, value="10%", text="sterk eenzaam", programme_item=None)
    session.expire_all()
    assert (adults.value, adults.text, adults.source, adults.programme_item_id) == (
        "10%",
        "sterk eenzaam",
        "CBS",
        None,
    )
    delete_key_figure(session, elderly)
    assert key_figures(session, event) == [adults]
    assert adults.position == 0


@pytest.mark.parametrize(
    ("fields", "field"), [({"value": " "}, "value"), ({"text": ""}, "text"), ({"value": "9" * 61}, "value")]
)
def test_bad_input_refused(session: Session, event: Event, fields: dict[str, str], field: str) -> None:
    figure = add_key_figure(session, event, "43%", "zin")
    with pytest.raises(ValidationError) as caught:
        update_key_figure(session, figure, source="nieuw", **fields)
    assert caught.value.field == field
    session.expire_all()
    assert (figure.value, figure.text, figure.source) == ("43%", "zin", "")
