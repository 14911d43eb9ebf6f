"""Last writer wins, with a notice: another laptop's change over this laptop's last edit is said aloud.

The remote change set is made here as ``app.remote`` makes it from a
PostgreSQL notification (the listener itself is tested on a real server in
tests/app/test_remote.py and tests/ui/capture/test_other_laptop.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from capture_helpers import CaptureEvent
from pytestqt.qtbot import QtBot

from erbij_desktop.app import capture_actions as actions
from erbij_desktop.app.changes import ChangeSet, Origin, TableChanges
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.events.context import open_context
from erbij_desktop.ui.events.remote_notice import RemoteNotice


def _remote(ws: Workspace, label: str, **tables: TableChanges) -> None:
    ws.feed.publish(
        ChangeSet(ws.event_id, label, Origin.REMOTE, tables=tables, sequence=ws.feed.next_sequence())
    )


@pytest.fixture
def laptop(qtbot: QtBot, db: Database, capture_event: CaptureEvent) -> Iterator[tuple[Workspace, list[str]]]:
    """This laptop's workspace, and what its notice said."""
    ws = Workspace(db, capture_event.event_id)
    context = open_context(ws)
    notice = RemoteNotice(context)
    heard: list[str] = []
    notice.message.connect(heard.append)
    yield ws, heard
    context.close()


def test_an_edit_overwritten_by_another_laptop_gets_a_notice(
    laptop: tuple[Workspace, list[str]], capture_event: CaptureEvent
) -> None:
    ws, heard = laptop
    first = actions.add_contribution(
        ws, capture_event.rounds[0], "Eerste versie", table_id=capture_event.tables[0]
    )
    other = actions.add_contribution(
        ws, capture_event.rounds[0], "Iets anders", table_id=capture_event.tables[0]
    )
    actions.edit_text(ws, first.id, "Mijn versie")
    assert heard == []  # this laptop's own changes are no news

    _remote(ws, "Bijdrage wijzigen", contribution=TableChanges(changed=frozenset({other.id})))
    assert heard == []  # a colleague changed something else

    _remote(ws, "Bijdrage wijzigen", contribution=TableChanges(changed=frozenset({first.id})))
    assert len(heard) == 1
    assert (
        "andere laptop" in heard[0]
        and "Bijdrage wijzigen" in heard[0]
        and "laatste wijziging geldt" in heard[0]
    )

    _remote(ws, "Bijdrage verwijderen", contribution=TableChanges(removed=frozenset({first.id})))
    assert len(heard) == 2  # removed over my edit: also said


def test_a_new_contribution_of_mine_is_not_overwritten_by_a_colleagues_add(
    laptop: tuple[Workspace, list[str]], capture_event: CaptureEvent
) -> None:
    ws, heard = laptop
    mine = actions.add_contribution(ws, capture_event.rounds[0], "Nieuw", table_id=capture_event.tables[0])
    _remote(ws, "Bijdrage", contribution=TableChanges(added=frozenset({mine.id + 1})))
    ws.feed.publish(ChangeSet(ws.event_id, "Weer verbonden", Origin.REMOTE, everything=True))
    assert heard == []
