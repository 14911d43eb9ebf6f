"""The facilitator's morning, from the keyboard only, through the real main window.

From an empty database: create an event, add two people, a programme, two
rounds and three tables in Voorbereiden; then in Vastleggen capture 30
contributions over the tables and both rounds (accented ones typed key by
key), highlight 5, edit 2, delete 1, undo and redo; close the window, open a
new one on the same database and find exactly that state, read back through
the domain. Every key goes to the widget that has the focus, as on a laptop.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import list_events
from erbij_desktop.domain.people import people
from erbij_desktop.domain.rounds import rounds, tables
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.main_window import MainWindow

# The offscreen platform has no window manager: raising, grabbing and size hints are not supported.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
K = Qt.Key


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


# --- the keyboard -----------------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    QTest.keyClick(focused(), k, modifiers)


def type_text(text: str) -> None:
    """Type into the focused widget; non-ASCII per character (keyClicks aborts on it)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), K.Key_unknown, char, NONE)


def window_manager_reactivates(qtbot: QtBot, window: QWidget) -> None:
    """What a window manager does when a dialog or popup closes: the main window is active again.

    The offscreen platform has no window manager: a closed dialog leaves no active window, and a
    completion list that was shown activates itself later, from the event loop, even when it is
    hidden by then. Let that happen first, then give the main window its activation back.
    """
    qtbot.wait(20)
    if QApplication.activeWindow() is not window:
        with qtbot.waitActive(window):
            window.activateWindow()


def wait_focus(qtbot: QtBot, name: str) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().objectName() == name)
    return focused()


# --- what we expect to find -------------------------------------------------------------------------


@dataclass
class Expected:
    round: str
    table: str
    highlighted: bool = False
    person: str = ""


def stored_state(db: Database) -> dict[str, Expected]:
    """Every contribution of the (only) event, read from disk through the domain."""
    with db.transaction() as s:
        [event] = list_events(s)
        round_titles = {r.id: r.title for r in rounds(s, event)}
        table_names = {t.id: t.name for t in tables(s, event)}
        return {
            row.text: Expected(
                round_titles[row.round_id],
                table_names.get(row.table_id or -1, ""),
                row.highlighted,
                row.person_name,
            )
            for row in ops.rows_for_event(s, event.id)
        }


# --- the morning -------------------------------------------------------------------------------------

# 30 contributions: (round, table, text, person typed in the person field or "")
ROUND_1, ROUND_2 = "Eenzaamheid signaleren", "Interventies"
CAPTURES: list[tuple[str, int, str, str]] = [
    (ROUND_1, 1, "Welzijn op recept via de huisarts", ""),
    (ROUND_1, 1, "Vrijwilligers brengen maaltijden rond en letten op signalen", ""),
    (ROUND_1, 1, "Een cliënt van 90 vertelt over haar aanleunflat", "gea"),
    (ROUND_1, 1, "Dialoogtafels in Utrecht over erbij willen horen", ""),
    (ROUND_1, 1, "Preventief huisbezoek in Huizen", ""),
    (ROUND_1, 2, "Bijeenkomsten vanuit het Sociaal Domein in Laren", ""),
    (ROUND_1, 2, "Het filmpje ‘Eenzaamheid in het Gooi’ opent het gesprek", ""),
    (ROUND_1, 2, "Buurtbewoners kennen elkaar niet meer", ""),
    (ROUND_1, 2, "Huisartsen hebben geen tijd voor de vraag achter de vraag", ""),
    (ROUND_1, 2, "Ideeën uit de wijk komen niet bij de gemeente", ""),
    (ROUND_1, 3, "Jongeren voelen zich ook eenzaam", ""),
    (ROUND_1, 3, "De moskee als plek waar signalen opvallen", ""),
    (ROUND_1, 3, "Mantelzorgers raken zelf geïsoleerd", "MARIJKE  andeweg"),
    (ROUND_1, 3, "Schulden en schaamte houden mensen binnen", ""),
    (ROUND_1, 3, "Eén vast aanspreekpunt per wijk", ""),
    (ROUND_1, 3, "Signalen delen mag alleen met toestemming", ""),
    (ROUND_2, 1, "Buddy Netwerk wil mensen ook online bereiken", ""),
    (ROUND_2, 1, "GoldenSports: bewegen in de buitenlucht voor 55-plussers", ""),
    (ROUND_2, 1, "Beweegcoaches na een signaal van de huisarts", ""),
    (ROUND_2, 1, "Activerende dialogen van SamenKracht 80+", ""),
    (ROUND_2, 2, "De flatcoach: een huismeester met plustaken", "Gea de Jong"),
    (ROUND_2, 2, "Verhalentafels voor bijzondere momenten", ""),
    (ROUND_2, 2, "Workshops Zin in verbondenheid", ""),
    (ROUND_2, 2, "OOPOEH koppelt huisdierbezitters aan ouderen", ""),
    (ROUND_2, 2, "Lief- en Leedstraten in Rotterdam", ""),
    (ROUND_2, 3, "Opzoomer Mee: samen leuke dingen doen", ""),
    (ROUND_2, 3, "Huisbezoeken aan 75-plussers door getrainde vrijwilligers", ""),
    (ROUND_2, 3, "Een publiekscampagne die iedereen oproept bij te dragen", ""),
    (ROUND_2, 3, "Café voor mantelzorgers één keer per maand", ""),
    (ROUND_2, 3, "Wandelen en museumbezoek met Vier het Leven", ""),
]
PEOPLE = {"gea": "Gea de Jong", "Gea de Jong": "Gea de Jong", "MARIJKE  andeweg": "Marijke Andeweg"}


def create_event_from_nothing(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+N, then Voorbereiden: people, programme, rounds, tables; all by keys."""
    key(K.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    wait_focus(qtbot, "newEventTitle")
    type_text("Praktijktafel Eenzaamheid in de wijk")
    key(K.Key_Tab)
    type_text("20-02-2018")
    key(K.Key_Return)
    qtbot.waitUntil(lambda: window.tabs is not None)
    workspace = window.tabs
    assert workspace is not None and workspace.currentWidget() is workspace.prepare
    window_manager_reactivates(qtbot, window)
    qtbot.waitUntil(lambda: workspace.prepare.isAncestorOf(QApplication.focusWidget()))

    key(K.Key_3, ALT)  # Mensen
    wait_focus(qtbot, "personAdd")
    for name in ("Gea de Jong", "Marijke Andeweg"):
        type_text(name)
        key(K.Key_Return)

    key(K.Key_4, ALT)  # Programma: an opening and the roundtable slot
    wait_focus(qtbot, "programmeAddHeading")
    type_text("Opening door de dagvoorzitter")
    key(K.Key_Return)
    key(K.Key_Tab, SHIFT)  # back to the kind of the next item
    type_text("R")  # Rondetafelgesprek
    key(K.Key_Tab)
    type_text("Rondetafelgesprekken")
    key(K.Key_Return)

    key(K.Key_5, ALT)  # Rondes
    wait_focus(qtbot, "roundAddTitle")
    for title, question in (
        (ROUND_1, "Wat doe je om eenzaamheid te signaleren?"),
        (ROUND_2, "Welke interventies zet je in bij de bestrijding van eenzaamheid?"),
    ):
        type_text(title)
        key(K.Key_Tab)
        type_text(question)
        key(K.Key_Return)

    key(K.Key_6, ALT)  # Tafels: three in one step
    wait_focus(qtbot, "tableCount")
    key(K.Key_A, CTRL)
    type_text("3")
    key(K.Key_Return)


def capture_everything(qtbot: QtBot, view: CaptureView, expected: dict[str, Expected]) -> None:
    """30 contributions, with 3 highlights by Ctrl+H, 2 by Space, 2 edits and 1 delete on the way."""
    current_round = ROUND_1
    current_table = 1
    for number, (round_title, table, text, person) in enumerate(CAPTURES):
        if round_title != current_round:
            key(K.Key_PageDown, CTRL | SHIFT)
            current_round = round_title
        if table != current_table:
            key(getattr(K, f"Key_{table}"), CTRL)
            current_table = table
        assert focused() is view.entry, (number, focused())
        type_text(text)
        if person:
            key(K.Key_Tab)
            type_text(person)
            if view.entry_panel.person.completer().popup().isVisible():
                key(K.Key_Return)  # take the known name from the list
                window_manager_reactivates(qtbot, view.window())
            key(K.Key_Return)
        else:
            key(K.Key_Return)
        expected[text] = Expected(round_title, f"Tafel {table}", person=PEOPLE.get(person, ""))
        assert view.entry.text() == "" and focused() is view.entry
        if number in (0, 9, 18):  # Ctrl+H highlights what was just saved
            key(K.Key_H, CTRL)
            expected[text].highlighted = True
        if number == 4:  # table 1, round 1: fix a typo in the second contribution, highlight the third
            key(K.Key_Up)  # from the empty field into the list, on the last saved row
            assert focused() is view.list
            for _ in range(3):
                key(K.Key_Up)
            key(K.Key_F2)
            wait_focus(qtbot, "cellEditorText")
            key(K.Key_A, CTRL)
            type_text("Vrijwilligers die maaltijden rondbrengen zijn alert op signalen")
            key(K.Key_Return)
            old = CAPTURES[1][2]
            new = "Vrijwilligers die maaltijden rondbrengen zijn alert op signalen"
            expected[new] = expected.pop(old)
            qtbot.waitUntil(lambda: view.list.state() != view.list.State.EditingState)
            key(K.Key_Down)
            key(K.Key_Space)
            expected[CAPTURES[2][2]].highlighted = True
            key(K.Key_Escape)
        if number == 9:  # table 2: delete the fourth one again
            key(K.Key_Up)
            key(K.Key_Up)
            key(K.Key_Delete)
            del expected[CAPTURES[8][2]]
            key(K.Key_Escape)
        if number == 25:  # round 2, table 3: highlight it from the list with Space
            key(K.Key_Up)
            key(K.Key_Space)
            expected[text].highlighted = True
            key(K.Key_Escape)
        if number == 29:  # F2 from the typing field edits what was just saved
            key(K.Key_F2)
            wait_focus(qtbot, "cellEditorText")
            key(K.Key_A, CTRL)
            type_text("Wandelen, musea en muziek met Vier het Leven")
            key(K.Key_Return)
            expected["Wandelen, musea en muziek met Vier het Leven"] = expected.pop(text)
            qtbot.waitUntil(lambda: view.list.state() != view.list.State.EditingState)
            key(K.Key_Escape)


def test_a_whole_morning_by_keyboard_survives_closing_the_window(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.pages.currentWidget() is window.first_run

    create_event_from_nothing(qtbot, window)
    with db.transaction() as s:
        [event] = list_events(s)
        assert sorted(p.name for p in people(s, event)) == ["Gea de Jong", "Marijke Andeweg"]
        assert [(i.heading, i.kind) for i in event.programme] == [
            ("Opening door de dagvoorzitter", ProgrammeKind.OPENING),
            ("Rondetafelgesprekken", ProgrammeKind.ROUNDTABLE),
        ]
        assert [r.title for r in rounds(s, event)] == [ROUND_1, ROUND_2]
        assert [t.name for t in tables(s, event)] == ["Tafel 1", "Tafel 2", "Tafel 3"]

    key(K.Key_Tab, CTRL)  # Voorbereiden -> Vastleggen
    workspace = window.tabs
    assert workspace is not None
    view = workspace.currentWidget()
    assert isinstance(view, CaptureView)
    qtbot.waitUntil(lambda: focused() is view.entry)
    assert view.round_combo.currentText() == ROUND_1 and view.tables.currentIndex().row() == 0

    expected: dict[str, Expected] = {}
    capture_everything(qtbot, view, expected)
    assert len(expected) == 29 and sum(e.highlighted for e in expected.values()) == 5
    assert stored_state(db) == expected

    # Go to another table, then undo three steps: the edit and the last two captures at table 3.
    key(K.Key_1, CTRL)
    assert view.context.workspace.history.undo_label == "Bijdrage wijzigen"
    key(K.Key_Z, CTRL)  # the empty typing field passes Ctrl+Z to the Edit menu
    assert "Wandelen en museumbezoek met Vier het Leven" in stored_state(db)
    assert view.tables.currentIndex().row() == 2  # the view went to where the undo happened
    key(K.Key_Z, CTRL)
    key(K.Key_Z, CTRL)
    undone = stored_state(db)
    assert len(undone) == 27
    assert CAPTURES[28][2] not in undone and "Wandelen en museumbezoek met Vier het Leven" not in undone
    for _ in range(3):
        key(K.Key_Z, CTRL | SHIFT)
    assert stored_state(db) == expected
    assert view.context.workspace.can_undo and not view.context.workspace.can_redo

    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())

    again = MainWindow(db)
    qtbot.addWidget(again)
    again.show()
    assert again.tabs is not None and again.windowTitle() == "Praktijktafel Eenzaamheid in de wijk"
    reopened = again.tabs.currentWidget()
    assert isinstance(reopened, CaptureView)  # the tab the facilitator left
    assert reopened.round_combo.currentText() == ROUND_2  # and the round, remembered
    assert stored_state(db) == expected
    assert reopened.controller.counts.total() == sum(
        1 for e in expected.values() if e.round == reopened.round_combo.currentText()
    )
    assert reopened.entry.text() == ""
