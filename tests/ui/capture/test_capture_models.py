"""The capture view's item models: valid for Qt's model tester, and changed one row at a time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.contribution_search import SearchIndex
from erbij_desktop.domain.contributions import ContributionRow
from erbij_desktop.ui.models.contributions import (
    HIGHLIGHTED_ROLE,
    ID_ROLE,
    MATCH_ROLE,
    ROW_ROLE,
    Col,
    ContributionTableModel,
)
from erbij_desktop.ui.models.search_results import ContributionSearchModel
from erbij_desktop.ui.models.table_counts import COUNT_ROLE, SHORTCUT_ROLE, TableCountsModel, TableEntry

T0 = dt.datetime(2018, 2, 20, 10, 0, tzinfo=dt.UTC)

pytestmark = pytest.mark.usefixtures("qapp")


def row(cid: int, *, round_id: int = 1, table_id: int | None = 1, text: str = "", position: int | None = None,
        highlighted: bool = False, person: str = "") -> ContributionRow:  # fmt: skip
    return ContributionRow(
        id=cid,
        event_id=1,
        round_id=round_id,
        table_id=table_id,
        text=text or f"Bijdrage {cid}",
        report_text=None,
        highlighted=highlighted,
        position=cid if position is None else position,
        created_at=T0 + dt.timedelta(minutes=cid),
        person_name=person,
        person_id=1 if person else None,
    )


def test_table_model_passes_the_model_tester_through_every_change(qtmodeltester: ModelTester) -> None:
    model = ContributionTableModel()
    qtmodeltester.check(model)
    model.show_scope(1, 1, [row(1), row(2, text="Cliënt\nmet twee regels"), row(3, highlighted=True)])
    qtmodeltester.check(model)
    assert [model.row_at(i).id for i in range(3)] == [1, 2, 3]
    model.editor = lambda _row, _col, _text: True
    model.follow([row(4)])
    model.follow([row(2, highlighted=True)])
    model.follow([], removed=[1])
    qtmodeltester.check(model)
    assert [r.id for r in model.rows] == [2, 3, 4]


def test_table_model_inserts_in_round_order_without_reset(qtbot: QtBot) -> None:
    model = ContributionTableModel()
    model.show_scope(1, 1, [row(i, position=i * 10) for i in range(1, 1001)])
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.follow([row(5000, position=15)])  # lands between positions 10 and 20
    assert inserted == [(1, 1)] and resets == []
    # Rows of other tables/rounds are ignored; a row moved to another table leaves.
    model.follow([row(5001, table_id=2), row(5002, round_id=2)])
    assert model.rowCount() == 1001
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))
    model.follow([row(5000, position=15, table_id=3)])
    assert removed == [1] and model.index_of(5000) is None and resets == []


def test_table_model_data_roles() -> None:
    model = ContributionTableModel()
    model.show_scope(1, 1, [row(1, highlighted=True, person="Gea de Jong", text="x" * 30_000)])
    text_col = model.column_of(Col.TEXT)
    index = model.index(0, text_col)
    assert index.data(ROW_ROLE).id == 1 and index.data(ID_ROLE) == 1 and index.data(HIGHLIGHTED_ROLE) is True
    assert len(index.data()) < 1000 and index.data().endswith("…")  # long pastes shown shortened
    assert len(index.data(Qt.ItemDataRole.EditRole)) == 30_000  # the editor gets everything
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted rows are tinted
    assert model.index(0, model.column_of(Col.TIME)).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, model.column_of(Col.PERSON)).data() == "Gea de Jong"
    assert model.index(0, model.column_of(Col.TIME)).data() == T0.replace(minute=1).astimezone().strftime(
        "%H:%M"
    )
    assert model.headerData(text_col, Qt.Orientation.Horizontal) == "Bijdrage"
    # Not editable until the view provides an editor; then only text and names are.
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    calls: list[tuple[int, Col, str]] = []
    model.editor = lambda r, c, t: calls.append((r.id, c, t)) is None
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, model.column_of(Col.TIME))) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "nieuw") is True and calls == [(1, Col.TEXT, "nieuw")]
    assert model.setData(model.index(0, model.column_of(Col.TIME)), "10:00") is False
    assert model.data(QModelIndex()) is None


def test_search_model_filters_case_and_accent_insensitively(qtmodeltester: ModelTester) -> None:
    rows = [
        row(1, text="Een cliënt van 90 jaar"),
        row(2, text="Huisartsen signaleren", round_id=2),
        row(3, text="Buddy Netwerk", person="Clientenraad Utrecht", table_id=None),
    ]
    model = ContributionSearchModel()
    qtmodeltester.check(model)
    model.load(SearchIndex(rows), [(2, "Ronde 2"), (1, "Ronde 1")], {1: "Tafel 1", None: ""})
    assert model.rowCount() == 0  # no query: no results
    model.set_query("CLIENT")
    qtmodeltester.check(model)
    assert [r.id for r in model.rows] == [1, 3]
    # Event order: rounds in their own order (round 2 comes first here).
    model.set_query("e")
    assert [r.id for r in model.rows] == [2, 1, 3]
    assert model.index(0, model.column_of(Col.ROUND)).data() == "Ronde 2"
    assert model.index(1, model.column_of(Col.TABLE)).data() == "Tafel 1"
    model.set_query("client")
    model.follow([row(4, text="Nog een CLIËNT"), row(5, text="niets")])
    assert [r.id for r in model.rows] == [1, 3, 4]
    model.follow([row(1, text="Iets anders")])
    assert [r.id for r in model.rows] == [3, 4]
    model.follow([], removed=[3])
    qtmodeltester.check(model)
    assert [r.id for r in model.rows] == [4]
    model.follow([row(4, text="Nog een CLIËNT", position=-1), row(9, text="cliënt")])  # moved first
    assert [r.id for r in model.rows] == [4, 9]


def test_search_model_looks_for_accents_as_typed_also_when_the_folded_words_stay_the_same() -> None:
    rows = [row(1, text="Één keer per week"), row(2, text="Een buurtcafé"), row(3, text="Geen tijd")]
    model = ContributionSearchModel()
    model.load(SearchIndex(rows), [(1, "Ronde 1")], {1: "Tafel 1"})
    model.set_query("een")
    assert [r.id for r in model.rows] == [1, 2, 3]
    model.set_query("één")  # pasted over "een": the same folded word, but now with its accents
    assert [r.id for r in model.rows] == [1]
    # Rows added or changed while searching "één" are judged with the accents too.
    model.follow([row(4, text="een nieuwe"), row(5, text="ÉÉN nieuwe"), row(3, text="twééën")])
    assert [r.id for r in model.rows] == [1, 5]
    model.set_query("een")
    assert [r.id for r in model.rows] == [1, 2, 3, 4, 5]


def test_search_model_says_what_to_mark_in_each_shown_cell() -> None:
    rows = [row(1, text="Één keer, een keer", person="Eenhoorn"), row(2, text="Een buurtcafé")]
    model = ContributionSearchModel()
    model.load(SearchIndex(rows), [(1, "Ronde 1")], {1: "Tafel 1"})
    text, person, time = (model.column_of(c) for c in (Col.TEXT, Col.PERSON, Col.TIME))
    model.set_query("een")
    assert model.index(0, text).data(MATCH_ROLE) == [(0, 3), (10, 3)]
    assert model.index(0, person).data(MATCH_ROLE) == [(0, 3)]
    assert model.index(0, time).data(MATCH_ROLE) == []
    model.set_query("één")
    assert model.rowCount() == 1 and model.index(0, text).data(MATCH_ROLE) == [(0, 3)]
    assert model.index(0, person).data(MATCH_ROLE) == []
    table = ContributionTableModel()  # the table's own list marks nothing
    table.show_scope(1, 1, rows)
    assert table.index(0, table.column_of(Col.TEXT)).data(MATCH_ROLE) == []


def test_counts_model(qtmodeltester: ModelTester) -> None:
    model = TableCountsModel()
    qtmodeltester.check(model)
    entries = [TableEntry(i, f"Tafel {i}", host="Gea" if i == 1 else "") for i in range(1, 12)]
    model.set_tables(entries, round_id=1)
    model.set_counts({1: 4, 2: 1}, round_id=1)
    qtmodeltester.check(model)
    assert [model.index(i).data(COUNT_ROLE) for i in range(3)] == [4, 1, 0]
    assert model.index(0).data(SHORTCUT_ROLE) == "Ctrl+1" and model.index(9).data(SHORTCUT_ROLE) == ""
    assert "Tafelhost: Gea" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.set_counts({1: 4, 2: 2}, round_id=1)  # one more at table 2: only its row changes
    assert model.index(1).data(COUNT_ROLE) == 2 and model.index(2).data(COUNT_ROLE) == 0
    model.set_counts({1: 3, 2: 1, 3: 1}, round_id=1)
    assert [model.index(i).data(COUNT_ROLE) for i in range(3)] == [3, 1, 1]
    assert sorted(changed) == [0, 1, 1, 2] and model.total() == 5
    qtmodeltester.check(model)


@pytest.mark.parametrize("size", [10_000])
def test_search_model_on_a_big_event_filters_by_reset_of_results_only(size: int) -> None:
    rows = [row(i, text=f"bijdrage {i} over {'eenzaamheid' if i % 7 else 'cliënten'}") for i in range(size)]
    model = ContributionSearchModel()
    model.load(SearchIndex(rows), [(1, "Ronde 1")], {1: "Tafel 1"})
    model.set_query("clie")
    assert model.rowCount() == len([i for i in range(size) if i % 7 == 0])
    model.set_query("clienten 70")
    assert {r.id for r in model.rows} >= {70, 700, 7000}


def test_a_keystroke_resets_the_search_model_once_and_not_when_its_results_stay(
    qtmodeltester: ModelTester,
) -> None:
    rows = [row(i, text=f"bijdrage {i} over {'ouderen' if i % 3 else 'jongeren'}") for i in range(1, 301)]
    model = ContributionSearchModel()
    model.load(SearchIndex(rows), [(1, "Ronde 1")], {1: "Tafel 1"})
    resets: list[str] = []
    changed: list[int] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.query))
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append(bottom.row() - top.row() + 1))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(first))
    for query in ("o", "ou", "oud", "oude", "ouder"):
        model.set_query(query)
    assert resets == ["o", "ou"]  # "oud" .. "ouder" find the rows "ou" found: no reset, only marks
    assert changed == [200, 200, 200] and model.rowCount() == 200
    model.set_query("ouder ")  # the same words
    assert resets == ["o", "ou"] and len(changed) == 3
    # Added while searching: put in its place, one row inserted; the next key narrows the patched rows.
    model.follow([row(301, text="nog 999 ouderen", position=-1)])
    assert inserted == [0] and resets == ["o", "ou"]
    assert model.rows[0].id == 301 and model.rowCount() == 201
    model.set_query("ouder 999")
    assert [r.id for r in model.rows] == [301]
    qtmodeltester.check(model)
