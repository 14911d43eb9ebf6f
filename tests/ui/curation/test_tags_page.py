"""Labels: contributions grouped by tag, renaming and removing tags, going to a contribution."""

from __future__ import annotations

import pytest
from curation_helpers import CurationEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain import curation as cur
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.tab import ReportTab
from erbij_desktop.ui.curation.tags_page import TagsPage


@pytest.fixture
def tagged(db: Database, curation_event: CurationEvent) -> CurationEvent:
    ids = curation_event.ids
    with db.transaction() as s:
        cur.add_tag(s, ids[0], "huisarts")
        cur.add_tag(s, ids[3], "huisarts")
        cur.add_tag(s, ids[3], "preventie")
        cur.add_tag(s, curation_event.other[1], "bewegen")
    return curation_event


def groups(page: TagsPage) -> list[tuple[str, list[str]]]:
    model = page.model
    result = []
    for row in range(model.rowCount()):
        top = model.index(row, 0)
        children = [model.index(n, 0, top).data() for n in range(model.rowCount(top))]
        result.append((top.data(), children))
    return result


def test_grouped_by_tag_across_rounds(tab: ReportTab, tagged: CurationEvent, qtmodeltester: object) -> None:
    tab.show_section(1)
    page = tab.tags
    assert groups(page) == [
        ("bewegen", ["Beweegcoaches"]),
        ("huisarts", ["Welzijn op recept via de huisarts", "Preventief huisbezoek bij ouderen"]),
        ("preventie", ["Preventief huisbezoek bij ouderen"]),
    ]
    model = page.model
    huisarts = model.index(1, 0)
    assert model.index(1, 1).data() == "2 bijdragen"
    assert model.index(0, 1, huisarts).data() == "Signaleren"
    assert model.index(0, 1, model.index(0, 0)).data() == "Interventies"
    assert page.summary.text() == "3 labels op 4 plaatsen. Een ster betekent: staat in het verslag."
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_tag_added_under_bijdragen_shows_in_the_grouped_view(
    qtbot: QtBot, tab: ReportTab, curation_event: CurationEvent
) -> None:
    page = tab.contributions
    page.candidate_list.select_id(curation_event.ids[2])
    qtbot.keyClicks(page.editor.tags.field, "wijk")
    qtbot.keyClick(page.editor.tags.field, Qt.Key.Key_Return)
    tab.show_section(1)
    assert groups(tab.tags) == [("wijk", ["Dialoogtafels in de wijk"])]


def test_rename_in_place_and_duplicates_refused(tab: ReportTab, tagged: CurationEvent, db: Database) -> None:
    tab.show_section(1)
    model = tab.tags.model
    with_preventie = tagged.ids[3]
    assert model.setData(model.index(2, 0), "Preventie thuis")  # what the tree's editor does on Enter
    with db.transaction() as s:
        assert ops.get_row(s, with_preventie).tags == ("huisarts", "Preventie thuis")
    assert not model.setData(model.index(1, 0), "BEWEGEN")
    assert tab.tags.message.isVisible() and "bewegen" in tab.tags.message.text().casefold()
    with db.transaction() as s:
        assert ops.get_row(s, with_preventie).tags == ("huisarts", "Preventie thuis")


def test_delete_asks_first_and_keeps_the_contributions(
    qtbot: QtBot, tab: ReportTab, tagged: CurationEvent, db: Database
) -> None:
    tab.show_section(1)
    page = tab.tags
    page.tree.setCurrentIndex(page.model.index(1, 0))
    page.delete_button.click()
    box = page.findChild(QMessageBox, "confirmDialog")
    assert box is not None and "huisarts" in box.text()
    assert "2" in box.informativeText()
    yes = box.findChild(QPushButton, "confirmYes")
    assert yes is not None
    with qtbot.waitSignal(tab.context.signals.changed):
        yes.click()
    qtbot.waitUntil(lambda: [g[0] for g in groups(page)] == ["bewegen", "preventie"])
    with db.transaction() as s:
        assert ops.get_row(s, tagged.ids[0]).tags == ()
        assert ops.get_row(s, tagged.ids[0]).text == "Welzijn op recept via de huisarts"


def test_enter_on_a_contribution_opens_it_under_bijdragen(
    qtbot: QtBot, tab: ReportTab, tagged: CurationEvent
) -> None:
    tab.show_section(1)
    page = tab.tags
    bewegen = page.model.index(0, 0)
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.model.index(0, 0, bewegen))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert tab.sections.currentWidget() is tab.contributions
    assert tab.contributions.round_combo.currentText() == "Interventies"
    assert tab.contributions.editor.original.toPlainText() == "Beweegcoaches"
    assert tab.contributions.candidate_list.current_row() is not None
