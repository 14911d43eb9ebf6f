"""The event overview's item model passes Qt's model tester and follows new events."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from sqlalchemy.orm import Session

from erbij_desktop.domain.events import create_event
from erbij_desktop.ui.events.list_model import EVENT_ID_ROLE, EventListModel


def test_event_list_model_passes_the_model_tester(session: Session, qtmodeltester: ModelTester) -> None:
    model = EventListModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 0

    older = create_event(session, "Praktijktafel Mantelzorg", event_date=dt.date(2024, 11, 5))
    newer = create_event(session, "Praktijktafel Schulden en armoede", event_date=dt.date(2025, 3, 12))
    model.reload()
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(EVENT_ID_ROLE) for r in range(model.rowCount())] == [newer.id, older.id]
    assert model.index(0, model.TITLE).data() == "Praktijktafel Schulden en armoede"
