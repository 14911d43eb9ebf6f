"""A draft is on disk within a second of the last keystroke: a kill half a second later loses nothing.

Drafts are user data in the data folder (storage.drafts), written off the
keyboard's path by a background thread; before, they were settings entries
written about a second after the last key, so a kill 0.2 s after typing lost
them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from capture_helpers import CaptureEvent, host_of, make_view, press
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Contribution
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.drafts import draft_path, read_draft

CHILD = Path(__file__).with_name("draft_kill_child.py")


def _uid(db: Database, capture_event: CaptureEvent) -> str:
    from erbij_desktop.domain.models import Event

    with db.session() as s:
        event = s.get(Event, capture_event.event_id)
        assert event is not None
        return event.uid


def test_a_kill_half_a_second_after_the_last_key_keeps_the_draft(
    qtbot: QtBot, db: Database, db_path: Path, capture_event: CaptureEvent
) -> None:
    db.close()  # the app in the child process opens the file (one app per database)
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), str(capture_event.event_id)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "typed"
            time.sleep(0.5)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    again = open_database(str(db_path), backups=False)
    view = make_view(qtbot, again, capture_event.event_id)
    assert view.entry.text() == "Zij zegt: één keer per week bellen helpt"
    assert view.message.isVisible()
    host_of(view).close()
    again.close()


def test_enter_clears_the_draft_and_nothing_is_a_setting(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    view = make_view(qtbot, db, capture_event.event_id)
    uid = _uid(db, capture_event)
    view.entry.setPlainText("Bijna klaar")
    view.entry_panel.person.setText("Marijke de Vries")
    view.flush()
    assert read_draft(uid) == {"text": "Bijna klaar", "person": "Marijke de Vries"}
    assert draft_path(uid).stat().st_mode & 0o077 == 0  # the user's only, like the database
    press(view.entry, Qt.Key.Key_Return)
    view.flush()
    with db.session() as s:
        assert [c.text for c in s.query(Contribution)] == ["Bijna klaar"]
    assert "text" not in read_draft(uid)  # a saved contribution never comes back as a draft
    settings = QSettings()
    settings.sync()
    assert not [key for key in settings.allKeys() if key.endswith(("/text", "/person"))]


def test_a_draft_an_older_version_kept_in_the_settings_is_moved_out(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    uid = _uid(db, capture_event)
    settings = QSettings()
    settings.setValue(f"capture/{uid}/draft/text", "Van voor de update")
    settings.sync()
    view = make_view(qtbot, db, capture_event.event_id)
    assert view.entry.text() == "Van voor de update"
    assert read_draft(uid) == {"text": "Van voor de update"}
    settings.sync()
    assert settings.value(f"capture/{uid}/draft/text") is None


def test_an_unreadable_draft_file_is_ignored_and_typing_goes_on(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    uid = _uid(db, capture_event)
    path = draft_path(uid)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xff\xfe not json")
    view = make_view(qtbot, db, capture_event.event_id)
    assert view.entry.text() == ""
    assert not view.message.isVisible()
    view.entry.setPlainText("Nieuw")
    view.flush()
    assert read_draft(uid) == {"text": "Nieuw"}


def test_a_field_just_emptied_does_not_fill_up_again_when_the_view_reads_the_event_anew(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    first = make_view(qtbot, db, capture_event.event_id)
    first.entry.setPlainText("Wordt zo gewist")
    first.flush()
    again = make_view(qtbot, db, capture_event.event_id)
    assert again.entry.text() == "Wordt zo gewist"
    again.entry.clear()  # and before the draft is rewritten, someone adds a table elsewhere:
    again.reload()
    assert again.entry.text() == ""
