"""Errors at the top: a dialog with what to do and where the log is; the app stays usable;
the log never holds what was typed."""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from erbij_desktop import logs
from erbij_desktop.domain.contributions import add_contribution
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Contribution, Round
from erbij_desktop.storage import database
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.errors import DiskFullError
from erbij_desktop.ui.errors.reporter import ErrorReporter
from erbij_desktop.ui.errors.texts import Way

pytestmark = [
    pytest.mark.qt_no_exception_capture,  # we test our own excepthook
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SECRET = "Zeldzaam-geheim-Xq7: mijn buurvrouw heeft schulden bij de woningcorporatie"


@pytest.fixture
def reporter(qtbot: QtBot) -> Iterator[ErrorReporter]:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    installed = ErrorReporter(lambda: window)
    installed.install()
    yield installed
    installed.uninstall()
    for dialog in (installed.unexpected_dialog, installed.storage_dialog):
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()


def raise_in_slot(qtbot: QtBot, reporter: ErrorReporter, exception: BaseException) -> None:
    """Raise ``exception`` inside a Qt slot, the way a bug in a click handler would."""

    def slot() -> None:
        raise exception

    with qtbot.waitSignal(reporter.reported, timeout=2000):
        QTimer.singleShot(0, slot)


def test_an_unexpected_error_shows_what_to_do_and_where_the_log_is(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    raise_in_slot(qtbot, reporter, ZeroDivisionError("division by zero"))

    dialog = reporter.unexpected_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.message_label.text()
    assert "Er ging iets mis" in text and "opgeslagen bijdrage staat op schijf" in text
    assert str(logs.log_file()) in dialog.log_label.text()
    assert "ZeroDivisionError" in dialog.details.toPlainText()
    logs.flush()
    assert "ZeroDivisionError" in logs.log_file().read_text(encoding="utf-8")
    assert stat.S_IMODE(logs.log_file().stat().st_mode) == 0o600

    # A second error while the dialog is open is counted, not stacked.
    raise_in_slot(qtbot, reporter, KeyError("x"))
    assert reporter.unexpected_dialog is dialog and dialog.occurrences == 2
    assert dialog.count_label.isVisible()

    # The app stays usable: the event loop runs on, buttons still work.
    clicked: list[bool] = []
    button = QPushButton("Verder")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: clicked.append(True))
    button.click()
    assert clicked == [True]
    dialog.continue_button.click()
    assert not dialog.isVisible()


def test_a_storage_error_during_use_offers_retry(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    raise_in_slot(qtbot, reporter, DiskFullError(tmp_path / "erbij.sqlite"))
    dialog = reporter.storage_dialog
    assert dialog is not None and dialog.isVisible()
    assert "De schijf is vol" in dialog.message_label.text()
    assert set(dialog.buttons) == {Way.RETRY, Way.CLOSE}
    assert reporter.unexpected_dialog is None
    with qtbot.waitSignal(reporter.storage_way_chosen) as blocker:
        dialog.buttons[Way.RETRY].click()
    assert blocker.args[0] == Way.RETRY


def test_the_log_never_holds_contribution_text(
    qtbot: QtBot, reporter: ErrorReporter, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_database(str(db_path)) as db:
        round_id = _capture_workload(db)
        # A constraint violation whose SQL parameters carry the text, raised in a slot.
        with db.transaction() as session:
            try:
                session.execute(
                    insert(Contribution).values(
                        event_id=999, round_id=999, text=SECRET, highlighted=False, position=0
                    )
                )
                session.commit()
            except Exception as error:
                caught = error
            else:  # pragma: no cover - the foreign key must refuse it
                raise AssertionError("foreign key not enforced")
        raise_in_slot(qtbot, reporter, caught)
        # A ValueError that quotes the text, as careless code might.
        raise_in_slot(qtbot, reporter, ValueError(f"kan '{SECRET}' niet verwerken"))

    # A full disk in the middle of saving the secret.
    full = (*database.SQLITE_PRAGMAS, "PRAGMA max_page_count=1")
    monkeypatch.setattr(database, "SQLITE_PRAGMAS", full)
    with open_database(str(db_path)) as db, db.transaction() as session:
        try:
            add_contribution(session, round_id, SECRET * 40)
        except DiskFullError as error:
            raise_in_slot(qtbot, reporter, error)
        else:  # pragma: no cover
            raise AssertionError("expected a full disk")

    logs.flush()
    written = logs.log_file().read_text(encoding="utf-8")
    assert "IntegrityError" in written and "ValueError" in written and "DiskFullError" in written
    assert "Zeldzaam" not in written and "Xq7" not in written and "buurvrouw" not in written
    assert "Mevrouw Geheim" not in written


def _capture_workload(db: Database) -> int:
    with db.transaction() as session:
        event = create_event(session, "Logtest")
        round_ = Round(event_id=event.id, title="Ronde 1")
        session.add(round_)
        session.commit()
        for n in range(20):
            add_contribution(session, round_.id, f"{SECRET} ({n})", person="Mevrouw Geheim")
        return round_.id


def test_uninstall_restores_the_previous_hook(qtbot: QtBot) -> None:
    before = sys.excepthook
    reporter = ErrorReporter()
    reporter.install()
    assert sys.excepthook == reporter.handle
    reporter.uninstall()
    assert sys.excepthook == before
