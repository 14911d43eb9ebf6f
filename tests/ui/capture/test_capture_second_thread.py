"""Contributions added from another thread (as a table host's device will) appear in the open
capture view within 100 ms of their commit, in order, without duplicates, and stay out of the
facilitator's undo history."""

from __future__ import annotations

import threading
import time

import pytest
from capture_helpers import CaptureEvent, history, make_view
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erbij_desktop.app.capture_actions import add_contribution
from erbij_desktop.app.changes import ChangeSet, Origin
from erbij_desktop.storage.database import Database

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

COUNT = 30
LIMIT_S = 0.100


def test_adds_from_a_second_thread_appear_within_100_ms_in_order(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    view = make_view(qtbot, db, capture_event.event_id)
    model = view.controller.table_model
    workspace = view.context.workspace
    round_id, table_id = view.round_id, view.table_id
    assert round_id is not None and model.rowCount() == 0
    committed: dict[int, float] = {}  # contribution id -> when its commit was announced
    workspace.feed.subscribe(
        lambda cs: committed.update(
            (i, time.perf_counter()) for i in cs.of("contribution").added if isinstance(cs, ChangeSet)
        )
    )
    shown: dict[int, float] = {}
    model.rowsInserted.connect(
        lambda _parent, first, last: shown.update(
            (model.row_at(n).id, time.perf_counter()) for n in range(first, last + 1)
        )
    )
    failures: list[BaseException] = []

    def table_host() -> None:
        try:
            for number in range(COUNT):
                add_contribution(
                    workspace, round_id, f"Van tafel 1, nummer {number + 1}", table_id=table_id,
                    origin=Origin.DEVICE,
                )  # fmt: skip
                time.sleep(0.005)  # a busy table, but not a flood
        except BaseException as error:  # reported below, on the test's thread
            failures.append(error)

    worker = threading.Thread(target=table_host, name="table-host")
    worker.start()
    deadline = time.monotonic() + 10
    while (worker.is_alive() or model.rowCount() < COUNT) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)
    worker.join(timeout=5)
    assert not failures, failures
    texts = [model.row_at(n).text for n in range(model.rowCount())]
    assert texts == [f"Van tafel 1, nummer {n + 1}" for n in range(COUNT)]  # in order, no duplicates
    assert set(shown) == set(committed) and len(committed) == COUNT
    slowest = max(shown[i] - committed[i] for i in committed)
    assert slowest <= LIMIT_S, f"a contribution took {slowest * 1000:.0f} ms to appear"
    # The counts follow a busy room at most once a second: they catch up.
    qtbot.waitUntil(lambda: view.controller.counts.entry(0).count == COUNT, timeout=3000)
    assert history(view).to_undo() is None  # the host's words are not the facilitator's to undo
