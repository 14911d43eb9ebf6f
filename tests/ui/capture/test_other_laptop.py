"""On a server database an open event follows the other laptops: their contributions appear in the
capture view, delivered on the GUI thread, and closing the event stops listening."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erbij_desktop.app import capture_actions as capture
from erbij_desktop.app import remote
from erbij_desktop.app.changes import ChangeSet, Origin
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage import pg_notify
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.events.tabs import EventTabs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def server_db(pg_database_url: str) -> Iterator[Database]:
    database = open_database(pg_database_url, backups=False)
    yield database
    database.close()


@pytest.fixture
def event_id(server_db: Database) -> int:
    with server_db.transaction() as session:
        return import_demo(session)[0].id


@pytest.fixture
def tabs(qtbot: QtBot, server_db: Database, event_id: int) -> Iterator[EventTabs]:
    """The open event as the window holds it; deleted before the test's database goes away."""
    tabs = EventTabs(server_db, event_id)
    yield tabs
    if remote.listener_of(tabs.workspace) is not None:  # the test stopped before closing it
        tabs.close_session()
    with qtbot.waitSignal(tabs.destroyed):
        tabs.deleteLater()


def test_another_laptops_contribution_appears_in_the_open_capture_view(
    qtbot: QtBot, tabs: EventTabs, event_id: int, pg_database_url: str
) -> None:
    listener = remote.listener_of(tabs.workspace)
    assert listener is not None and listener.listening.wait(30)
    view = tabs.tab_by_name("captureTab")
    assert isinstance(view, CaptureView)
    round_id, table_id = view.round_id, view.table_id
    assert round_id is not None
    model = view.controller.table_model
    heard: list[tuple[ChangeSet, bool]] = []
    tabs.context.signals.changed.connect(
        lambda cs: heard.append((cs, QThread.currentThread() is QApplication.instance().thread()))  # type: ignore[union-attr]
    )
    other_db = open_database(pg_database_url, backups=False)
    try:
        # The other laptop commits (in this process it speaks as this app's instance, which is
        # ignored) and its notice comes as another instance's, as from a second machine.
        row = capture.add_contribution(
            Workspace(other_db, event_id), round_id, "Van de andere laptop", table_id=table_id
        )
        with other_db.engine.begin() as conn:
            tables = {"contribution": (frozenset({row.id}), frozenset(), frozenset())}
            pg_notify.send(conn, pg_notify.encode("laptop-b", event_id, "Bijdrage toevoegen", tables))
    finally:
        other_db.close()
    texts = lambda: [model.row_at(n).text for n in range(model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Van de andere laptop" in texts(), timeout=10_000)
    remote_sets = [(cs, on_gui) for cs, on_gui in heard if cs.origin is Origin.REMOTE]
    assert remote_sets and all(on_gui for _cs, on_gui in remote_sets)
    assert tabs.workspace.history.to_undo() is None  # not this laptop's to undo
    tabs.close_session()  # closing the event stops listening
    assert not listener.running and remote.listener_of(tabs.workspace) is None
