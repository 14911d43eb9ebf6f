"""The event overview's item model passes Qt's model tester and follows the library's changes."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from erbij_desktop.app.library import Library
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.events.list_model import EVENT_ID_ROLE, EventListModel


def test_event_list_model_passes_the_model_tester(db: Database, qtmodeltester: ModelTester) -> None:
    library = Library(db)
    model = EventListModel(library)
    qtmodeltester.check(model)
    assert model.rowCount() == 0

    older = library.create_event("Praktijktafel Mantelzorg", event_date=dt.date(2024, 11, 5))
    newer = library.create_event("Praktijktafel Schulden en armoede", event_date=dt.date(2025, 3, 12))
    qtmodeltester.check(model)
    # No reload asked for: the library announced both new events.
    assert [model.index(r, 0).data(EVENT_ID_ROLE) for r in range(model.rowCount())] == [newer, older]
    assert model.index(0, model.TITLE).data() == "Praktijktafel Schulden en armoede"


def test_a_deleted_event_leaves_the_list(db: Database, qtbot: QtBot) -> None:
    library = Library(db)
    model = EventListModel(library)
    gone = library.create_event("Weg")
    kept = library.create_event("Blijft")
    uid = library.delete_event(gone)
    assert len(uid) == 32
    assert [model.event_id(r) for r in range(model.rowCount())] == [kept]
