"""Contributions from a table host's device: stored once however often they are sent, hidden ones
kept but never published, and rounds closed for devices (issues 13 and 14, the shared ground)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.errors import NotFoundError, ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Contribution, Round
from erbij_desktop.domain.privacy import public_view
from erbij_desktop.domain.rounds import add_round, add_tables, set_capture_closed

Ids = tuple[int, int, int]  # event, round, table
UID = "5f0c9d2e-1b7a-4c3e-9a51-0d6f2b8e4c17"


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Contribution)) or 0


@pytest.fixture
def setup(session: Session) -> Ids:
    event = create_event(session, "Samen tegen eenzaamheid")
    round_ = add_round(session, event, "Ronde 1", "Wat werkt?")
    table = add_tables(session, event, 2)[0]
    session.commit()
    return event.id, round_.id, table.id


def test_a_retried_send_is_stored_once(session: Session, setup: Ids) -> None:
    _event, round_id, table_id = setup
    first = ops.add_contribution(
        session, round_id, "Samen eten", table_id=table_id, entry_uid=UID, source="device", device_id="d1"
    )
    again = ops.add_contribution(
        session, round_id, "Samen eten (nog eens)", table_id=table_id, entry_uid=UID, source="device"
    )
    assert again == ops.get_row(session, first.id)
    assert again.text == "Samen eten" and again.source == "device" and again.entry_uid == UID
    assert _count(session) == 1
    stored = session.get(Contribution, first.id)
    assert stored is not None and stored.device_id == "d1"


def test_the_same_entry_id_in_another_event_is_another_contribution(session: Session, setup: Ids) -> None:
    _event, round_id, _table = setup
    other = create_event(session, "Een ander evenement")
    other_round = add_round(session, other, "Ronde 1", "Wat werkt daar?")
    ops.add_contribution(session, round_id, "Hier", entry_uid=UID)
    there = ops.add_contribution(session, other_round.id, "Daar", entry_uid=UID)
    assert there.text == "Daar" and _count(session) == 2


def test_a_laptop_contribution_is_marked_as_typed_on_a_laptop(session: Session, setup: Ids) -> None:
    row = ops.add_contribution(session, setup[1], "Buurtkamer")
    assert (row.source, row.entry_uid, row.hidden) == ("laptop", None, False)
    assert ops.get_row(session, row.id) == row


@pytest.mark.parametrize(
    ("entry_uid", "source"),
    [("", "device"), ("x" * 37, "device"), ("met\nregel", "device"), ("é" * 5, "device"), (UID, "phone")],
)
def test_a_bad_entry_id_or_source_is_refused_and_nothing_is_stored(
    session: Session, setup: Ids, entry_uid: str, source: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        ops.add_contribution(session, setup[1], "Tekst", entry_uid=entry_uid, source=source)
    assert str(refused.value).startswith(("Ongeldige id", "Onbekende herkomst"))
    assert _count(session) == 0


def test_a_hidden_contribution_is_kept_but_never_published(session: Session, setup: Ids) -> None:
    event_id, round_id, _table = setup
    shown = ops.add_contribution(session, round_id, "Dit mag erin")
    hidden = ops.add_contribution(session, round_id, "<script>alert(1)</script> scheldwoord")
    ops.set_highlight(session, shown.id, True)
    ops.set_highlight(session, hidden.id, True)
    row = ops.set_hidden(session, hidden.id, True)
    assert row.hidden and ops.get_row(session, hidden.id).hidden
    session.commit()
    from erbij_desktop.domain.models import Event

    event = session.get(Event, event_id)
    assert event is not None
    texts = [c.text for r in public_view(session, event).rounds for c in r.contributions]
    assert texts == ["Dit mag erin"]
    assert _count(session) == 2  # never lose a word
    assert not ops.set_hidden(session, hidden.id, False).hidden


def test_a_round_is_closed_for_devices_and_opened_again(session: Session, setup: Ids) -> None:
    event_id, round_id, _table = setup
    set_capture_closed(session, event_id, round_id, True)
    assert session.get(Round, round_id).capture_closed  # type: ignore[union-attr]
    set_capture_closed(session, event_id, round_id, False)
    assert not session.get(Round, round_id).capture_closed  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        set_capture_closed(session, event_id + 1, round_id, True)
