"""Fixtures for the capture view: a small event, and the view in a window with Edit-menu undo/redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from capture_helpers import DAY, CaptureEvent, make_view
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.people import ensure_organisation, ensure_person
from erbij_desktop.domain.programme import add_programme_item, set_people_on_stage
from erbij_desktop.domain.rounds import add_round, add_tables
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Each test starts without remembered rounds or drafts."""
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def capture_event(db: Database) -> CaptureEvent:
    """Two rounds in one roundtable slot at 11:00, three tables, a known person and organisation."""
    with db.transaction() as s:
        event = create_event(s, "Samen tegen eenzaamheid", event_date=DAY, start_time=dt.time(10, 0))
        talk = add_programme_item(s, event, "Koplopers", kind=ProgrammeKind.TALK, duration_minutes=60)
        slot = add_programme_item(s, event, "Rondetafels", kind=ProgrammeKind.ROUNDTABLE, duration_minutes=60)
        r1 = add_round(
            s, event, "Signaleren", "Wat doe je om eenzaamheid te signaleren?", programme_item=slot
        )
        r2 = add_round(s, event, "Interventies", "Welke interventies zet je in?", programme_item=slot)
        tables = add_tables(s, event, 3)
        organisation = ensure_organisation(s, event, "Gemeente Rotterdam")
        speaker = ensure_person(s, event, "Marijke de Vries", organisation=organisation)
        set_people_on_stage(s, talk, [speaker])
        return CaptureEvent(event.id, [r1.id, r2.id], [t.id for t in tables], [talk.id, slot.id])


@pytest.fixture
def view(qtbot: QtBot, db: Database, capture_event: CaptureEvent) -> CaptureView:
    return make_view(qtbot, db, capture_event.event_id)
