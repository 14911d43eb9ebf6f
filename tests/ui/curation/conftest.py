"""Fixtures for the Verslag tab: a small event with two rounds, the tab in a window with undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from curation_helpers import CurationEvent, Host
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.quotes import add_quote
from erbij_desktop.domain.rounds import add_round, add_tables
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.tab import ReportTab
from erbij_desktop.ui.events.context import open_context
from erbij_desktop.ui.qt_fonts import register_fonts

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns it cannot pass size hints on or raise windows: not our bugs."""
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    register_fonts()
    yield
    QSettings().clear()


@pytest.fixture
def curation_event(db: Database) -> CurationEvent:
    """Round 1 with six contributions (b and d chosen, in that order), round 2 with two, two quotes."""
    with db.transaction() as s:
        event = create_event(s, "Samen tegen eenzaamheid", event_date=dt.date(2018, 2, 20))
        slot = add_programme_item(s, event, "Rondetafelgesprekken", kind=ProgrammeKind.ROUNDTABLE)
        r1 = add_round(
            s, event, "Signaleren", "Wat doe je om eenzaamheid te signaleren?", programme_item=slot
        )
        r2 = add_round(s, event, "Interventies", "Welke interventies zet je in?", programme_item=slot)
        tables = add_tables(s, event, 2)
        ids = [
            ops.add_contribution(s, r1.id, text, table_id=tables[n % 2].id, organisation=org).id
            for n, (text, org) in enumerate(
                [
                    ("Welzijn op recept via de huisarts", "Gemeente Huizen"),
                    ("Vrijwilligers brengen maaltijden rond", "Gemeente Doorn"),
                    ("Dialoogtafels in de wijk", None),
                    ("Preventief huisbezoek bij ouderen", "Gemeente Huizen"),
                    ("Een filmpje om het gesprek te openen", "Gemeente Laren"),
                    ("Signalen van de wijkagent", None),
                ]
            )
        ]
        for cid in (ids[1], ids[3]):
            ops.set_highlight(s, cid, True)
        other = [ops.add_contribution(s, r2.id, t).id for t in ("Buddy Netwerk online", "Beweegcoaches")]
        q1 = add_quote(s, event, "Eenzaamheid is van ons allemaal")
        q2 = add_quote(s, event, "Laten we informatie ophalen en bundelen")
        return CurationEvent(event.id, r1.id, r2.id, ids, other, [q1.id, q2.id], [slot.id])


@pytest.fixture
def tab(qtbot: QtBot, db: Database, curation_event: CurationEvent) -> Iterator[ReportTab]:
    context = open_context(Workspace(db, curation_event.event_id))
    widget = ReportTab(context)
    host = Host(widget)
    context.signals.setParent(host)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    yield widget
    widget.close_session()
