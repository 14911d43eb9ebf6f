"""Two rounds under one programme item each get their own planned start (issue 16, item 6)."""

from __future__ import annotations

import datetime as dt

from report_helpers import pdf_text
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.rounds import add_round, add_table
from erbij_desktop.domain.schedule import round_starts
from erbij_desktop.report.runsheet import render_runsheet
from erbij_desktop.report.tablecards import render_host_sheets


def _two_rounds_in_one_item(session: Session) -> Event:
    event = create_event(session, "Twee rondes", start_time=dt.time(13, 0))
    add_programme_item(session, event, "Welkom", kind=ProgrammeKind.OPENING, duration_minutes=15)
    tables = add_programme_item(
        session, event, "Rondetafelgesprekken", kind=ProgrammeKind.ROUNDTABLE, duration_minutes=60
    )
    add_round(session, event, "Signaleren", "Wat doe je om eenzaamheid te signaleren?", planned_minutes=25,
              programme_item=tables)  # fmt: skip
    add_round(session, event, "Interventies", "Welke interventies zet je in?", planned_minutes=30,
              programme_item=tables)  # fmt: skip
    add_table(session, event, "Tafel 1")
    session.commit()
    return event


def test_each_round_starts_when_the_one_before_has_had_its_minutes(session: Session) -> None:
    event = _two_rounds_in_one_item(session)
    first, second = event.rounds
    assert round_starts(event.programme, event.rounds, event.start_time) == {
        first.id: dt.time(13, 15),
        second.id: dt.time(13, 40),
    }


def test_the_host_sheets_and_the_run_sheet_give_both_starts(session: Session) -> None:
    event = _two_rounds_in_one_item(session)
    sheets = " ".join(pdf_text(render_host_sheets(session, event)).split())
    assert "vanaf 13:15" in sheets and "vanaf 13:40" in sheets
    runsheet = " ".join(pdf_text(render_runsheet(session, event)).split())
    assert "om 13:15" in runsheet and "om 13:40" in runsheet
    assert "vanaf 13:40" in runsheet  # in the programme table, beside the second round


def test_the_article_keeps_both_rounds_of_one_item(session: Session) -> None:
    """The article used to drop one of the two rounds' headings under one programme item."""
    from erbij_desktop.domain.contributions import add_contribution, set_highlight
    from erbij_desktop.report.article import render_report

    event = _two_rounds_in_one_item(session)
    for round_ in event.rounds:
        row = add_contribution(session, round_.id, f"Gezegd in {round_.title}", table_id=event.tables[0].id)
        set_highlight(session, row.id, True)
    session.commit()
    text = " ".join(pdf_text(render_report(session, event)).split())
    assert "Wat doe je om eenzaamheid te signaleren?" in text
    assert "Welke interventies zet je in?" in text
    assert "Gezegd in Signaleren" in text and "Gezegd in Interventies" in text
