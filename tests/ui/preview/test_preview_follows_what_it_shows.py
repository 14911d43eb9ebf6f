"""The Verslag tab's preview sets the report again only when something it prints changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.app import capture_actions, curation_actions, live_actions
from erbij_desktop.app.changes import ChangeSet, TableChanges
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.rounds import add_round, add_tables
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.tab import ReportTab
from erbij_desktop.ui.events.context import open_context
from erbij_desktop.ui.preview.relevance import shows


@dataclass
class Meeting:
    event_id: int
    round_id: int
    item_id: int
    chosen: int
    other: int


@pytest.fixture
def meeting(db: Database) -> Meeting:
    with db.transaction() as s:
        event = create_event(s, "Samen tegen eenzaamheid", event_date=dt.date(2018, 2, 20))
        item = add_programme_item(s, event, "Rondetafelgesprekken", kind=ProgrammeKind.ROUNDTABLE)
        round_ = add_round(
            s, event, "Signaleren", "Wat doe je om eenzaamheid te signaleren?", programme_item=item
        )
        table = add_tables(s, event, 1)[0]
        chosen = ops.add_contribution(s, round_.id, "Welzijn op recept via de huisarts", table_id=table.id)
        other = ops.add_contribution(s, round_.id, "Dialoogtafels in de wijk", table_id=table.id)
        ops.set_highlight(s, chosen.id, True)
        return Meeting(event.id, round_.id, item.id, chosen.id, other.id)


@pytest.fixture
def workspace(db: Database, meeting: Meeting) -> Workspace:
    return Workspace(db, meeting.event_id)


def feed_of(workspace: Workspace) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    workspace.feed.subscribe(seen.append)
    return seen


def test_only_changes_the_article_prints_count(workspace: Workspace, meeting: Meeting) -> None:
    seen = feed_of(workspace)
    capture_actions.add_contribution(workspace, meeting.round_id, "Nog door niemand gekozen")
    capture_actions.set_tags(workspace, meeting.other, ["eenzaamheid"])
    capture_actions.edit_text(workspace, meeting.other, "Dialoogtafels in elke wijk")
    live_actions.put_on_stage(workspace, meeting.item_id)  # the live clock
    capture_actions.set_hidden(workspace, meeting.other, True)
    quiet = list(seen)
    assert len(quiet) == 5 and not any(shows(c) for c in quiet)
    # The appendix prints every contribution that is not hidden (not their tags, not the clock).
    assert [shows(c, appendix=True) for c in quiet] == [True, False, True, False, True]

    seen.clear()
    capture_actions.set_hidden(workspace, meeting.other, False)
    curation_actions.pick(workspace, meeting.other)
    capture_actions.set_hidden(workspace, meeting.other, True)
    capture_actions.edit_text(workspace, meeting.chosen, "Welzijn op recept, via de huisarts")
    capture_actions.delete_contribution(workspace, meeting.chosen)
    # Shown again but not chosen: nothing; chosen, hidden, edited, deleted while chosen: each counts.
    assert [shows(c) for c in seen] == [False, True, True, True, True]


def test_a_change_announced_without_rows_or_as_everything_counts() -> None:
    assert shows(ChangeSet(1, "herstel", everything=True))
    assert not shows(ChangeSet(1, "labels", tables={"tag": TableChanges(added=frozenset({1}))}))
    assert shows(ChangeSet(1, "citaat", tables={"quote": TableChanges(added=frozenset({1}))}))


@pytest.fixture
def tab(qtbot: QtBot, workspace: Workspace) -> Iterator[ReportTab]:
    context = open_context(workspace)
    host = QWidget()
    widget = ReportTab(context, host)
    QVBoxLayout(host).addWidget(widget)
    context.signals.setParent(host)
    qtbot.addWidget(host)
    host.resize(1200, 800)
    host.show()
    qtbot.waitExposed(host)
    yield widget
    widget.close_session()


def preview_text(tab: ReportTab) -> str:
    pane = tab.preview
    return " ".join(pane.document.getAllText(p).text() for p in range(pane.page_count()))


def test_the_preview_renders_again_only_for_what_it_shows(
    qtbot: QtBot, tab: ReportTab, workspace: Workspace, meeting: Meeting
) -> None:
    pane = tab.preview
    qtbot.waitUntil(lambda: pane.page_count() > 0 and not pane.pending, timeout=20_000)
    asked = pane.renderer.generation

    capture_actions.add_contribution(workspace, meeting.round_id, "Nog door niemand gekozen")
    capture_actions.set_tags(workspace, meeting.other, ["eenzaamheid"])
    live_actions.put_on_stage(workspace, meeting.item_id)
    qtbot.wait(50)  # the feed is delivered through the event loop
    assert not pane.pending and pane.renderer.generation == asked

    with qtbot.waitSignal(pane.rendered, timeout=20_000):
        capture_actions.edit_text(workspace, meeting.chosen, "Welzijn op recept via de apotheek")
    assert pane.renderer.generation == asked + 1
    assert "via de apotheek" in " ".join(preview_text(tab).split())
