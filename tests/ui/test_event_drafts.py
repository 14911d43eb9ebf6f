"""Deleting an event deletes what the capture view kept for it: the unsaved draft does not stay on disk.

Finding 9 of issue 18. Drafts are files in the data folder (storage.drafts),
per event uid; the remembered round and table are settings under the uid. A
deleted event's half-typed sentence, the words of someone in the room, used to
stay on disk for good.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.rounds import add_round
from erbij_desktop.storage.database import Database
from erbij_desktop.storage.drafts import draft_path, read_draft
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


def keys_of(uid: str) -> list[str]:
    settings = QSettings()
    settings.sync()
    return [key for key in settings.allKeys() if uid in key]


def test_deleting_an_event_deletes_its_unsaved_draft(qtbot: QtBot, db: Database, session: Session) -> None:
    event = create_event(session, "Met een half getypte zin")
    add_round(session, event, "Ronde 1", "Wat werkt?")
    keep = create_event(session, "Blijft bestaan")
    add_round(session, keep, "Ronde 1", "Wat werkt?")
    session.commit()  # the test owns the session; the app reads on its own connections
    uid, other_uid = event.uid, keep.uid
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    for event_id in (keep.id, event.id):
        window.open_event(event_id)
        assert window.tabs is not None
        view = window.tabs.tab_by_name("captureTab")
        assert isinstance(view, CaptureView)
        view.entry.setPlainText("Mevrouw vertelde dat ze sinds de dood van haar man niemand meer spreekt")
        view.flush()
    assert draft_path(uid).exists() and draft_path(other_uid).exists()
    assert keys_of(uid)  # its remembered round and table

    window.delete_action.trigger()
    window.findChild(QDialog, "confirmDialog").findChild(QPushButton, "confirmYes").click()

    assert window.tabs is None
    assert not draft_path(uid).exists()  # the draft is gone
    assert keys_of(uid) == []  # and the remembered round and table
    assert "niemand meer spreekt" in read_draft(other_uid)["text"]  # another event's draft is kept
    with open(QSettings().fileName(), encoding="utf-8") as handle:
        assert "niemand meer spreekt" not in handle.read()  # drafts never were settings
