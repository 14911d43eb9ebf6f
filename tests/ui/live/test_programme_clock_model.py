"""The programme clock's item model passes Qt's model tester, before and after items start."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.domain.programme_clock import start_item
from erbij_desktop.ui.live.install import LiveMode
from erbij_desktop.ui.live.programme_model import ItemRole


def test_programme_clock_model_passes_the_model_tester(
    live: LiveMode, demo_event: Event, session: Session, qtmodeltester: ModelTester
) -> None:
    model = live.panel.programme_box.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(demo_event.programme)
    assert [model.index(r, 0).data(ItemRole) for r in range(model.rowCount())] == [
        item.id for item in demo_event.programme
    ]

    opening = session.merge(demo_event).programme[0]
    start_item(session, opening, dt.datetime(2018, 2, 20, 9, 34, tzinfo=dt.UTC))
    session.commit()  # the test owns the session; the app reads on its own connections
    live.controller.reload()
    qtmodeltester.check(model)
    assert model.index(0, model.ACTUAL).data() not in (None, "")
