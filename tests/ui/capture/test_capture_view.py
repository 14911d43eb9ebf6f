"""The capture view from the keyboard: saved on Enter, switch tables, highlight, edit, delete, undo."""

from __future__ import annotations

import pytest
from capture_helpers import CaptureEvent, at, history, host_of, make_view, press, type_text
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.models import Contribution, Organisation, Person, Quote, Round
from erbij_desktop.domain.rounds import delete_round
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.models.contributions import Col

# The offscreen platform has no window manager: size hints, raising and grabbing are not supported.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


def stored(db: Database) -> list[ops.ContributionRow]:
    with db.transaction() as s:
        rounds = [r for (r,) in s.execute(select(Round.id).order_by(Round.position))]
        return [row for r in rounds for row in ops.rows_for_round(s, r)]


def count(db: Database, model: type) -> int:
    with db.transaction() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def capture(view: CaptureView, text: str) -> None:
    type_text(view.entry, text)
    press(view.entry, Qt.Key.Key_Return)


def test_enter_commits_before_the_field_clears(
    view: CaptureView, db: Database, capture_event: CaptureEvent
) -> None:
    seen_on_disk: list[int] = []
    # At the moment the field is emptied, the contribution must already be readable from disk.
    view.entry.textChanged.connect(
        lambda: seen_on_disk.append(count(db, Contribution)) if not view.entry.text() else None
    )
    saved: list[bool] = []
    view.saved.connect(lambda: saved.append(True))
    capture(view, "Welzijn op recept")
    assert view.entry.text() == "" and saved == [True]
    assert seen_on_disk and seen_on_disk[0] == 1
    [row] = stored(db)
    assert (row.text, row.round_id, row.table_id) == (
        "Welzijn op recept",
        capture_event.rounds[0],
        capture_event.tables[0],
    )
    model = view.controller.table_model
    assert model.rowCount() == 1
    assert model.index(0, model.column_of(Col.TEXT)).data() == "Welzijn op recept"
    assert model.index(0, model.column_of(Col.TIME)).data() == row.created_at.astimezone().strftime("%H:%M")
    assert view.controller.counts.entry(0).count == 1
    assert view.scope_title.text() == "Tafel 1  ·  1 bijdrage"
    assert view.entry.hasFocus()


def test_shift_enter_makes_a_new_line(view: CaptureView, db: Database) -> None:
    type_text(view.entry, "Eerste regel")
    press(view.entry, Qt.Key.Key_Return, Shift)
    type_text(view.entry, "tweede regel")
    press(view.entry, Qt.Key.Key_Return)
    assert [r.text for r in stored(db)] == ["Eerste regel\ntweede regel"]


def test_empty_input_is_refused_at_the_field(view: CaptureView, db: Database) -> None:
    press(view.entry, Qt.Key.Key_Return)
    error = view.findChild(type(view.scope_title), "contributionEntryError")
    assert error is not None and error.isVisible()
    assert "lege bijdrage" in error.text()
    assert view.entry.property("invalid") is True
    type_text(view.entry, "    ")
    press(view.entry, Qt.Key.Key_Return)
    assert error.isVisible() and view.entry.text() == "    "  # nothing typed is thrown away
    assert count(db, Contribution) == 0 and history(view).to_undo() is None
    type_text(view.entry, "nu wel")
    assert not error.isVisible()
    press(view.entry, Qt.Key.Key_Return)
    assert count(db, Contribution) == 1


def test_control_characters_and_long_pastes(view: CaptureView, db: Database) -> None:
    view.entry.insertPlainText("Buddy\x00 Netwerk\x1b online\u200b")
    press(view.entry, Qt.Key.Key_Return)
    assert [r.text for r in stored(db)] == ["Buddy Netwerk online"]
    long_text = ("Vrijwilligers brengen maaltijden rond. " * 600)[: ops.MAX_LENGTH]
    view.entry.insertPlainText(long_text)
    press(view.entry, Qt.Key.Key_Return)
    assert len(stored(db)[-1].text) == len(long_text.strip())
    view.entry.insertPlainText("x" * 25_000)
    press(view.entry, Qt.Key.Key_Return)
    error = view.findChild(type(view.scope_title), "contributionEntryError")
    assert error is not None and "25.000" in error.text() and "20.000" in error.text()
    assert len(view.entry.text()) == 25_000 and count(db, Contribution) == 2


def test_switching_tables_by_keyboard_keeps_typing(
    view: CaptureView, db: Database, capture_event: CaptureEvent
) -> None:
    t1, t2, t3 = capture_event.tables
    capture(view, "aan tafel 1")
    press(view.entry, Qt.Key.Key_2, Ctrl)
    assert view.table_id == t2 and view.entry.hasFocus()
    assert "Tafel 2" in view.entry.placeholderText()
    capture(view, "aan tafel 2")
    press(view.entry, Qt.Key.Key_PageDown, Ctrl)
    assert view.table_id == t3
    press(view.entry, Qt.Key.Key_PageDown, Ctrl)
    assert view.table_id == t1  # wraps around
    press(view.entry, Qt.Key.Key_PageUp, Ctrl)
    assert view.table_id == t3
    press(view.entry, Qt.Key.Key_9, Ctrl)  # no ninth table: nothing happens
    assert view.table_id == t3
    assert [(r.text, r.table_id) for r in stored(db)] == [("aan tafel 1", t1), ("aan tafel 2", t2)]
    assert [view.controller.counts.entry(i).count for i in range(3)] == [1, 1, 0]
    assert view.controller.table_model.rowCount() == 0


def test_switching_rounds(view: CaptureView, db: Database, capture_event: CaptureEvent) -> None:
    r1, r2 = capture_event.rounds
    changed: list[object] = []
    view.round_changed.connect(changed.append)
    assert view.round_id == r1
    press(view.entry, Qt.Key.Key_PageDown, Ctrl | Shift)
    assert view.round_id == r2 and changed == [r2]
    assert view.question.text() == "Welke interventies zet je in?"
    capture(view, "in ronde twee")
    assert stored(db)[0].round_id == r2
    press(view.entry, Qt.Key.Key_PageUp, Ctrl | Shift)
    assert view.round_id == r1 and view.controller.table_model.rowCount() == 0


def test_highlight_edit_delete_from_the_keyboard(qtbot: QtBot, view: CaptureView, db: Database) -> None:
    capture(view, "eerste")
    capture(view, "tweede")
    # The saved row is current: Ctrl+H from the typing field highlights it.
    press(view.entry, Qt.Key.Key_H, Ctrl)
    assert [r.highlighted for r in stored(db)] == [False, True]
    # Up from the empty field goes to the list; Space toggles, Up moves, F2 edits, Del deletes.
    press(view.entry, Qt.Key.Key_Up)
    assert view.list.hasFocus() and view.list.current_row().text == "tweede"
    press(view.list, Qt.Key.Key_Up)
    press(view.list, Qt.Key.Key_Space)
    assert [r.highlighted for r in stored(db)] == [True, True]
    press(view.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.objectName() == "cellEditorText"
    editor.selectAll()  # type: ignore[attr-defined]
    type_text(editor, "eerste, verbeterd")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.text for r in stored(db)] == ["eerste, verbeterd", "tweede"])
    press(view.list, Qt.Key.Key_Down)
    press(view.list, Qt.Key.Key_Delete)
    assert [r.text for r in stored(db)] == ["eerste, verbeterd"]
    press(view.list, Qt.Key.Key_Escape)
    assert view.entry.hasFocus()


def test_undo_and_redo_survive_switching_tables(
    view: CaptureView, db: Database, capture_event: CaptureEvent
) -> None:
    t1, t2, _ = capture_event.tables
    capture(view, "aan tafel 1")
    press(view.entry, Qt.Key.Key_H, Ctrl)
    press(view.entry, Qt.Key.Key_2, Ctrl)
    capture(view, "aan tafel 2")
    assert history(view).undo_label == "Bijdrage toevoegen"
    press(view.entry, Qt.Key.Key_Z, Ctrl)  # the empty field passes Ctrl+Z to the Edit menu
    assert [r.text for r in stored(db)] == ["aan tafel 1"]
    press(view.entry, Qt.Key.Key_Z, Ctrl)  # the highlight at table 1: the view goes there
    assert stored(db)[0].highlighted is False and view.table_id == t1
    assert view.list.current_row() is not None and view.list.current_row().text == "aan tafel 1"
    press(view.entry, Qt.Key.Key_Z, Ctrl | Shift)
    press(view.entry, Qt.Key.Key_Z, Ctrl | Shift)
    assert [(r.text, r.highlighted, r.table_id) for r in stored(db)] == [
        ("aan tafel 1", True, t1),
        ("aan tafel 2", False, t2),
    ]
    assert view.table_id == t2 and view.controller.table_model.rowCount() == 1
    assert [view.controller.counts.entry(i).count for i in range(3)] == [1, 1, 0]


def test_ctrl_z_while_typing_undoes_typing_first(view: CaptureView, db: Database) -> None:
    capture(view, "bewaard")
    type_text(view.entry, "half getypt")
    press(view.entry, Qt.Key.Key_Z, Ctrl)
    assert count(db, Contribution) == 1  # the saved contribution stays; the typing was undone
    assert view.entry.text() != "half getypt"


def test_attribution_with_completion_and_inline_creation(view: CaptureView, db: Database) -> None:
    panel = view.entry_panel
    type_text(view.entry, "Lief- en Leedstraten")
    press(view.entry, Qt.Key.Key_Tab)
    assert panel.person.hasFocus()
    type_text(panel.person, "marijke")
    assert panel.person.completer().popup().isVisible()
    press(panel.person, Qt.Key.Key_Return)  # takes the first match, does not save yet
    assert panel.person.text() == "Marijke de Vries" and count(db, Contribution) == 0
    assert panel.organisation.text() == "Gemeente Rotterdam"  # filled in from the person
    press(panel.person, Qt.Key.Key_Return)
    [row] = stored(db)
    assert (row.person_name, row.organisation_name) == ("Marijke de Vries", "Gemeente Rotterdam")
    # A new name, typed twice with other case and spacing, becomes one person.
    for spelling in ("Ricky  Tol", "ricky tol"):
        type_text(view.entry, "Honden als coach")
        press(view.entry, Qt.Key.Key_Tab)
        type_text(panel.person, spelling)
        popup = panel.person.completer().popup()
        if popup.isVisible():
            press(popup, Qt.Key.Key_Escape)  # keep what was typed
        assert panel.person_new.isVisible() == (spelling == "Ricky  Tol")
        press(panel.person, Qt.Key.Key_Return)
    with db.transaction() as s:
        assert sorted(s.scalars(select(Person.name))) == ["Marijke de Vries", "Ricky Tol"]
    assert count(db, Organisation) == 1
    assert [r.person_name for r in stored(db)] == ["Marijke de Vries", "Ricky Tol", "Ricky Tol"]


def test_search_across_the_event(view: CaptureView, db: Database, capture_event: CaptureEvent) -> None:
    capture(view, "Een cliënt van 90 jaar")
    press(view.entry, Qt.Key.Key_3, Ctrl)
    capture(view, "Huisartsen signaleren")
    press(view.entry, Qt.Key.Key_PageDown, Ctrl | Shift)
    type_text(view.entry, "Nog een CLIËNT")
    press(view.entry, Qt.Key.Key_Return)
    press(view.entry, Qt.Key.Key_F, Ctrl)
    assert view.search_field.hasFocus()
    type_text(view.search_field, "client")
    assert view.pages.currentIndex() == 1
    results = view.controller.search_model
    assert [r.text for r in results.rows] == ["Een cliënt van 90 jaar", "Nog een CLIËNT"]
    assert "2 bijdragen gevonden" in view.search.summary.text()
    assert view.scope_title.text() == "Gevonden in alle rondes en tafels"
    # Highlight in the results, then open the second one: the view goes to its round and table.
    press(view.search_field, Qt.Key.Key_Return)
    assert view.results.hasFocus()
    press(view.results, Qt.Key.Key_H, Ctrl)
    assert stored(db)[0].highlighted is True
    press(view.results, Qt.Key.Key_Down)
    press(view.results, Qt.Key.Key_Return)
    assert (view.round_id, view.table_id) == (capture_event.rounds[1], capture_event.tables[2])
    assert view.pages.currentIndex() == 0 and view.search_field.text() == ""
    assert view.scope_title.text().startswith("Tafel 3")
    assert view.list.current_row().text == "Nog een CLIËNT"
    press(view.list, Qt.Key.Key_F, Ctrl)
    type_text(view.search_field, "niets hiervan")
    assert results.rowCount() == 0 and "Geen bijdragen" in view.search.summary.text()
    press(view.search_field, Qt.Key.Key_Escape)
    assert view.pages.currentIndex() == 0 and view.entry.hasFocus()


def test_quote_from_the_stage(qtbot: QtBot, db: Database, capture_event: CaptureEvent) -> None:
    view = make_view(qtbot, db, capture_event.event_id, now=at(10, 30))  # the talk is on stage
    bar = view.quote_bar
    assert bar.item_id() == capture_event.items[0]
    assert "Marijke de Vries" in bar.speaker.placeholderText()
    press(view.entry, Qt.Key.Key_C, Alt)
    assert bar.text.hasFocus()
    press(bar.text, Qt.Key.Key_Return)
    assert bar.error.isVisible() and count(db, Quote) == 0
    type_text(bar.text, "‘Het mag nooit meer gebeuren.’")
    press(bar.text, Qt.Key.Key_Tab)
    type_text(bar.speaker, "marijke de vries")
    press(bar.speaker.completer().popup(), Qt.Key.Key_Escape)
    press(bar.speaker, Qt.Key.Key_Return)
    with db.transaction() as s:
        quote = s.scalars(select(Quote)).one()
        assert (quote.text, quote.speaker.name, quote.programme_item_id) == (
            "Het mag nooit meer gebeuren.",
            "Marijke de Vries",
            capture_event.items[0],
        )
    assert (
        bar.text.text() == "" and bar.speaker.text() == ""
    )  # a stale speaker never goes with the next quote
    assert history(view).undo_label == "Citaat toevoegen"
    host_of(view).step(undo=True)
    assert count(db, Quote) == 0


def test_quote_field_follows_the_stage_until_an_item_is_chosen(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    view = make_view(qtbot, db, capture_event.event_id, now=at(10, 30))
    talk, roundtable = capture_event.items
    assert view.quote_bar.item_id() == talk
    view.controller.clock = lambda: at(11, 10)
    view.follow_stage()
    assert view.quote_bar.item_id() == roundtable
    combo = view.quote_bar.item_combo
    combo.setFocus()
    press(combo, Qt.Key.Key_Up)  # chosen by hand: the stage no longer decides
    assert view.quote_bar.item_id() == talk
    view.follow_stage()
    assert view.quote_bar.item_id() == talk


def test_current_round_comes_from_the_clock_else_the_last_one_used(
    qtbot: QtBot, db: Database, capture_event: CaptureEvent
) -> None:
    r1, r2 = capture_event.rounds
    assert make_view(qtbot, db, capture_event.event_id, now=at(11, 40)).round_id == r2
    assert make_view(qtbot, db, capture_event.event_id, now=at(11, 10)).round_id == r1
    # Before the event the clock says nothing: the round used last (remembered) is chosen.
    QSettings().clear()
    first = make_view(qtbot, db, capture_event.event_id, now=at(8, 0))
    assert first.round_id == r1
    first.select_round(r2)
    first.tables.select_row(2)
    again = make_view(qtbot, db, capture_event.event_id, now=at(8, 0))
    assert (again.round_id, again.table_id) == (r2, capture_event.tables[2])


def test_typed_but_unsaved_text_comes_back(qtbot: QtBot, db: Database, capture_event: CaptureEvent) -> None:
    first = make_view(qtbot, db, capture_event.event_id)
    type_text(first.entry, "Half getypte zin over één cliënt")
    first.flush()  # the window closes
    again = make_view(qtbot, db, capture_event.event_id)
    assert again.entry.text() == "Half getypte zin over één cliënt"
    assert again.message.isVisible()
    press(again.entry, Qt.Key.Key_Return)
    assert count(db, Contribution) == 1
    third = make_view(qtbot, db, capture_event.event_id)
    assert third.entry.text() == ""


def test_failed_undo_is_explained_and_changes_nothing(qtbot: QtBot, view: CaptureView, db: Database) -> None:
    capture(view, "een")
    press(view.entry, Qt.Key.Key_Up)
    press(view.list, Qt.Key.Key_Delete)
    with db.transaction() as s:  # the round is deleted elsewhere (the prepare tab)
        delete_round(s, s.get(Round, view.round_id))
    host = host_of(view)
    host.undo.trigger()
    assert "niet meer ongedaan" in host.statusBar().currentMessage()
    assert history(view).to_undo() is None
    assert count(db, Contribution) == 0


def test_without_rounds_the_view_says_what_to_do_and_follows_when_one_comes(
    qtbot: QtBot, db: Database
) -> None:
    from erbij_desktop.domain.events import create_event, get_event
    from erbij_desktop.domain.rounds import add_round

    with db.transaction() as s:
        event_id = create_event(s, "Nog leeg").id
    view = make_view(qtbot, db, event_id)
    assert view.body.currentWidget() is view.empty and "geen rondes" in view.empty.text()
    view.context.workspace.run(  # added in Voorbereiden: the view hears it on the feed
        "Ronde toevoegen", lambda s: add_round(s, get_event(s, event_id), "Eerste ronde", "Wat werkt?")
    )
    qtbot.waitUntil(lambda: view.body.currentWidget() is not view.empty)
    assert view.round_id is not None and view.question.text() == "Wat werkt?"
    host_of(view).step(undo=True)
    qtbot.waitUntil(lambda: view.body.currentWidget() is view.empty)
