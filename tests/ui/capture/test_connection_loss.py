"""A lost connection loses nothing: the server stops mid-capture, 10 contributions typed, all arrive once.

The capture view runs on a real PostgreSQL of this module's own (the
session's server cannot be stopped under the other tests; tests/postgres.py's
``PostgresServer`` makes it). The server is stopped between two Enters; the
contributions typed then go into the laptop's outbox, are shown as waiting,
and the status bar counts them; when the server is started again the view's
retry timer delivers them, each once, in the order typed, and the status bar
clears. The second test closes the view while entries wait and opens a new
one (the next start of the app): they are delivered then.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from capture_helpers import CaptureEvent, make_view, press, type_text
from postgres import PostgresServer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from erbij_desktop.domain import schema
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.ui.capture.outbox_sender import STATUS_NAME
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.models.contribution_texts import SOURCE_WAITING
from erbij_desktop.ui.models.contributions import Col

EDITABLE_FLAG = Qt.ItemFlag.ItemIsEditable

# The offscreen platform has no window manager: size hints, raising and grabbing are not supported.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TYPED = [f"Ervaring {n}: één café, geïnspireerd — €{n},50" for n in range(1, 11)]


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture
def db(own_server: PostgresServer) -> Iterator[Database]:
    """This module's ``db``: a fresh database on the server the test may stop and start."""
    if not own_server.running:
        own_server.start()
    name = own_server.create_database()
    database = open_database(own_server.url(name), backups=False)
    yield database
    database.close()
    if not own_server.running:  # a test that failed while the server was stopped
        own_server.start()
    own_server.drop_database(name)


def _texts(db: Database) -> list[str]:
    c = schema.contribution.c
    with db.connect() as conn:
        return [str(t) for t in conn.execute(select(c.text).order_by(c.round_id, c.position)).scalars()]


def _capture(view: CaptureView, text: str) -> None:
    type_text(view.entry, text)
    press(view.entry, Qt.Key.Key_Return)


def _status(view: CaptureView) -> QLabel | None:
    return view.window().statusBar().findChild(QLabel, STATUS_NAME)


def _ready(qtbot: QtBot, view: CaptureView) -> None:
    """Let the idle reads of the view (its search index) finish while the server still answers."""
    qtbot.waitUntil(lambda: view.controller.search_model.loaded, timeout=20_000)


def test_ten_contributions_typed_while_the_server_is_stopped_arrive_once(
    qtbot: QtBot, db: Database, own_server: PostgresServer, capture_event: CaptureEvent
) -> None:
    view = make_view(qtbot, db, capture_event.event_id)
    view.controller.prepare_search()
    _ready(qtbot, view)
    _capture(view, "Voor de storing")
    assert _texts(db) == ["Voor de storing"]
    shown_counts: list[str] = []

    own_server.stop()
    for n, text in enumerate(TYPED, start=1):
        _capture(view, text)
        assert view.entry.text() == ""  # cleared as after a normal save: the text is kept, not refused
        label = _status(view)
        assert label is not None and not label.isHidden()
        shown_counts.append(label.text())
        assert view.controller.table_model.rowCount() == 1 + n
    assert shown_counts[0] == "Geen verbinding — 1 bijdrage wacht"
    assert shown_counts[-1] == "Geen verbinding — 10 bijdragen wachten"
    rows = view.controller.table_model.rows
    assert [r.text for r in rows[1:]] == TYPED and {r.source for r in rows[1:]} == {SOURCE_WAITING}
    assert view.message.isHidden() or not view.message.text()  # no refusal shown
    # A waiting row cannot be changed yet (it is not on the server): said, nothing raised, still waiting.
    assert view.list.select_last()
    view.list.setFocus()
    press(view.list, Qt.Key.Key_Delete)
    assert "wacht nog op de server" in view.message.text()
    model = view.controller.table_model
    assert (
        model.rowCount() == 11 and not model.flags(model.index(10, model.column_of(Col.TEXT))) & EDITABLE_FLAG
    )
    view.entry.setFocus()

    own_server.start()
    started = time.perf_counter()
    qtbot.waitUntil(lambda: not view.outbox.waiting and view.outbox.delivery is not None, timeout=60_000)
    arrived = time.perf_counter() - started
    assert _texts(db) == ["Voor de storing", *TYPED]  # each once, in the order typed
    label = _status(view)
    assert label is not None and label.isHidden() and label.text() == ""
    rows = view.controller.table_model.rows
    assert [r.text for r in rows] == ["Voor de storing", *TYPED]
    assert all(r.id > 0 and r.source != SOURCE_WAITING for r in rows)
    assert view.outbox.delivery is not None and view.outbox.delivery.count() == 0
    print(f"\n10 contributions delivered {arrived:.2f} s after the server was started again")


def test_entries_still_waiting_when_the_view_closes_arrive_when_it_opens_again(
    qtbot: QtBot, db: Database, own_server: PostgresServer, capture_event: CaptureEvent
) -> None:
    view = make_view(qtbot, db, capture_event.event_id)
    view.controller.prepare_search()
    _ready(qtbot, view)
    own_server.stop()
    for text in TYPED[:3]:
        _capture(view, text)
    assert view.outbox.waiting == 3
    view.window().close()
    view.outbox.deleteLater()
    own_server.start()
    assert _texts(db) == []

    again = make_view(qtbot, db, capture_event.event_id)  # the next start of the app
    qtbot.waitUntil(lambda: _texts(db) == TYPED[:3], timeout=30_000)
    qtbot.waitUntil(lambda: [r.text for r in again.controller.table_model.rows] == TYPED[:3], timeout=10_000)
    assert all(r.source != SOURCE_WAITING for r in again.controller.table_model.rows)
    assert again.outbox.delivery is not None and again.outbox.delivery.count() == 0
    again.controller.prepare_search()  # no idle read of this view may be left for when the server stops
