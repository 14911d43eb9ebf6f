"""Bijdragen: picking, ordering and rewording a round's contributions; the report follows."""

from __future__ import annotations

from curation_helpers import CurationEvent, Host, drop_on, report_bullets
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from erbij_desktop.domain import contributions as ops
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.models import encode_ids
from erbij_desktop.ui.curation.tab import ReportTab

A, B, C, D, E, F = (
    "Welzijn op recept via de huisarts",
    "Vrijwilligers brengen maaltijden rond",
    "Dialoogtafels in de wijk",
    "Preventief huisbezoek bij ouderen",
    "Een filmpje om het gesprek te openen",
    "Signalen van de wijkagent",
)


def shown(tab: ReportTab) -> list[str]:
    return [r.report_text if r.report_text is not None else r.text for r in tab.controller.selection.rows]


def candidates(tab: ReportTab) -> list[str]:
    return [r.text for r in tab.controller.candidates.rows]


def test_lists_show_the_round_split_in_two(tab: ReportTab, curation_event: CurationEvent) -> None:
    page = tab.contributions
    assert page.round_combo.currentText() == "Signaleren"
    assert page.question.text() == "Wat doe je om eenzaamheid te signaleren?"
    assert shown(tab) == [B, D]
    assert candidates(tab) == [A, C, E, F]
    assert page.selection_count.text() == "In het verslag: 2 bijdragen"
    assert page.candidate_count.text() == "Niet opgenomen: 4"
    page.round_combo.setCurrentIndex(1)
    page.round_combo.activated.emit(1)
    assert shown(tab) == [] and candidates(tab) == ["Buddy Netwerk online", "Beweegcoaches"]


def test_models_pass_the_model_tester(tab: ReportTab, qtmodeltester: object) -> None:
    qtmodeltester.check(tab.controller.selection)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.controller.candidates)  # type: ignore[attr-defined]


def test_keyboard_moves_change_the_report_order_and_undo(
    qtbot: QtBot, tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    view = tab.contributions.selection_list
    view.setFocus()
    assert view.select_id(curation_event.ids[1])
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown(tab) == [D, B]
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [D, B]
    assert view.current_row() is not None and view.current_row().text == B  # the moved row stays current
    host = tab.window()
    assert isinstance(host, Host)
    assert tab.workspace.history.undo_label == "Volgorde in het verslag wijzigen"
    host.undo_action.trigger()
    assert shown(tab) == [B, D]
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [B, D]
    tab.contributions.down_button.click()  # the button does the same
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [D, B]


def test_drag_and_drop_reorders_within_the_selection(
    tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    model = tab.controller.selection
    # What QListView does for a drag inside itself: move the row to before the drop row.
    assert model.moveRows(model.index(0).parent(), 1, 1, model.index(0).parent(), 0)
    assert shown(tab) == [D, B]
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [D, B]
    # The same through the view: a drag of B dropped above the first row.
    view = tab.contributions.selection_list
    first = view.visualRect(model.index(0))
    drop_on(view, QPointF(first.left() + 20, first.top() + 2), model.mimeData([model.index(1)]))
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [B, D]


def test_dropping_a_candidate_on_the_selection_picks_it_there(
    qtbot: QtBot, tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    view = tab.contributions.selection_list
    second = view.visualRect(tab.controller.selection.index(1))
    drop_on(view, QPointF(second.left() + 20, second.top() + 2), encode_ids([curation_event.ids[4]]))
    assert shown(tab) == [B, E, D]
    assert E not in candidates(tab)
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [B, E, D]


def test_dragging_a_selected_one_back_leaves_it_out(
    tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    model = tab.controller.candidates
    assert not model.dropMimeData(
        encode_ids([curation_event.ids[1]]), Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1)
    )
    assert shown(tab) == [D]
    assert B in candidates(tab)
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [D]


def test_pick_with_enter_and_button_and_leave_out_with_delete(
    qtbot: QtBot, tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    page = tab.contributions
    page.candidate_list.setFocus()
    assert page.candidate_list.select_id(curation_event.ids[0])
    qtbot.keyClick(page.candidate_list, Qt.Key.Key_Return)
    assert shown(tab) == [B, D, A]  # taken in at the end
    assert page.candidate_list.select_id(curation_event.ids[5])
    page.pick_button.click()
    assert shown(tab) == [B, D, A, F]
    page.selection_list.setFocus()
    page.selection_list.select_id(curation_event.ids[3])
    qtbot.keyClick(page.selection_list, Qt.Key.Key_Delete)
    assert report_bullets(db, curation_event.event_id, curation_event.round1) == [B, A, F]
    assert D in candidates(tab)
    assert page.selection_count.text() == "In het verslag: 3 bijdragen"


def test_filter_narrows_the_candidates(tab: ReportTab, qtbot: QtBot) -> None:
    page = tab.contributions
    qtbot.keyClicks(page.filter, "HUIS")
    assert candidates(tab) == [A]
    assert page.candidate_count.text() == "Niet opgenomen: 4 (1 getoond)"
    page.filter.clear()
    assert len(candidates(tab)) == 4


def test_rewording_keeps_the_original_and_the_report_uses_it(
    qtbot: QtBot, tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    page = tab.contributions
    page.selection_list.setFocus()
    page.selection_list.select_id(curation_event.ids[1])
    editor = page.editor
    assert editor.original.toPlainText() == B and editor.original.isReadOnly()
    assert editor.state.text() == "Gelijk aan het origineel" and not editor.revert.isEnabled()
    editor.report.setFocus()
    editor.report.selectAll()
    qtbot.keyClicks(editor.report, "Vrijwilligers in Doorn brengen maaltijden rond en letten op signalen.")
    tab.flush()
    with db.transaction() as s:
        row = ops.get_row(s, curation_event.ids[1])
    assert row.text == B
    assert row.report_text == "Vrijwilligers in Doorn brengen maaltijden rond en letten op signalen."
    assert report_bullets(db, curation_event.event_id, curation_event.round1)[0] == row.report_text
    assert editor.original.toPlainText() == B  # the original stays visible next to it
    assert editor.state.text() == "Eigen formulering" and editor.revert.isEnabled()
    assert shown(tab)[0] == row.report_text

    editor.revert.click()
    with db.transaction() as s:
        assert ops.get_row(s, curation_event.ids[1]).report_text is None
    assert editor.report.toPlainText() == B
    assert report_bullets(db, curation_event.event_id, curation_event.round1)[0] == B


def test_too_long_wording_is_refused_with_a_message(
    tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    page = tab.contributions
    page.selection_list.select_id(curation_event.ids[1])
    page.editor.report.setPlainText("x" * 20_001)
    tab.flush()
    assert page.message.isVisible() and "20.000" in page.message.text()
    assert "20.000" in page.editor.report_row.error
    with db.transaction() as s:
        assert ops.get_row(s, curation_event.ids[1]).report_text is None


def test_tags_are_added_and_removed(
    qtbot: QtBot, tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    page = tab.contributions
    page.selection_list.select_id(curation_event.ids[1])
    tags = page.editor.tags
    qtbot.keyClicks(tags.field, "maaltijden")
    qtbot.keyClick(tags.field, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.field, "#Vrijwilligers")
    qtbot.keyClick(tags.field, Qt.Key.Key_Return)
    with db.transaction() as s:
        assert ops.get_row(s, curation_event.ids[1]).tags == ("maaltijden", "Vrijwilligers")
    assert [c.text() for c in tags.chips()] == ["maaltijden  ×", "Vrijwilligers  ×"]
    qtbot.mouseClick(tags.chips()[0], Qt.MouseButton.LeftButton)
    with db.transaction() as s:
        assert ops.get_row(s, curation_event.ids[1]).tags == ("Vrijwilligers",)
    assert [c.text() for c in tags.chips()] == ["Vrijwilligers  ×"]
    page.candidate_list.select_id(curation_event.ids[0])  # another contribution shows its own (none)
    assert tags.chips() == []


def test_preview_follows_a_new_order(qtbot: QtBot, tab: ReportTab, curation_event: CurationEvent) -> None:
    pane = tab.preview
    qtbot.waitUntil(lambda: pane.page_count() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not pane.pending, timeout=20_000)

    def text() -> str:
        return " ".join(pane.document.getAllText(p).text() for p in range(pane.page_count()))

    assert text().index("Vrijwilligers brengen") < text().index("Preventief huisbezoek")
    with qtbot.waitSignal(pane.rendered, timeout=20_000):
        tab.controller.move(curation_event.ids[1], 1)
        assert pane.pending  # debounced, then rendered off the UI thread
    assert text().index("Preventief huisbezoek") < text().index("Vrijwilligers brengen")
