"""The contribution list is painted from one call per cell (``multiData``), with what ``data`` says.

Qt 6 delegates ask a cell's roles in one call; the model answers it in one call
into Python. These tests paint through the real delegate and check that every
look a row can have (plain, highlighted, hidden, from a device) still comes out.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.contribution_rows import SOURCE_DEVICE, ContributionRow
from erbij_desktop.ui.models.contributions import Col, ContributionTableModel

WHEN = dt.datetime(2026, 12, 3, 14, 5, tzinfo=dt.UTC)


def _row(number: int, **kind: object) -> ContributionRow:
    values: dict[str, object] = {
        "id": number, "event_id": 1, "round_id": 1, "table_id": 1,
        "text": f"Bijdrage {number} <b>over</b> de wijk",
        "report_text": None, "highlighted": False, "position": number, "created_at": WHEN,
        "person_name": "Anna", "organisation_name": "Buurtteam",
    }  # fmt: skip
    values.update(kind)
    return ContributionRow(**values)  # type: ignore[arg-type]


def _option(model: ContributionTableModel, row: int, column: Col) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(row, model.column_of(column)))
    return option


def test_every_look_of_a_row_comes_through_the_one_call(qtbot: QtBot) -> None:
    model = ContributionTableModel()
    rows = [_row(1), _row(2, highlighted=True), _row(3, hidden=True), _row(4, source=SOURCE_DEVICE)]
    model.show_scope(1, 1, rows)

    plain = _option(model, 0, Col.TEXT)
    assert plain.text == "Bijdrage 1 <b>over</b> de wijk"  # as text, never markup
    assert not plain.font.strikeOut() and plain.icon.isNull()
    assert _option(model, 0, Col.PERSON).text == "Anna"
    assert _option(model, 0, Col.TIME).text == WHEN.astimezone().strftime("%H:%M")

    highlighted = _option(model, 1, Col.TEXT)
    assert highlighted.backgroundBrush.style() != Qt.BrushStyle.NoBrush
    assert not _option(model, 1, Col.TIME).icon.isNull()  # the star
    assert plain.backgroundBrush.style() == Qt.BrushStyle.NoBrush

    assert _option(model, 2, Col.TEXT).font.strikeOut()  # hidden for the report
    assert not _option(model, 3, Col.TEXT).icon.isNull()  # the phone of a device entry


def test_the_one_call_answers_what_data_answers(qtbot: QtBot) -> None:
    model = ContributionTableModel()
    model.show_scope(1, 1, [_row(1, highlighted=True, hidden=True)])
    index = model.index(0, model.column_of(Col.TEXT))
    option = _option(model, 0, Col.TEXT)
    assert option.text == model.data(index, Qt.ItemDataRole.DisplayRole)
    assert option.font.strikeOut() == model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert option.backgroundBrush == model.data(index, Qt.ItemDataRole.BackgroundRole)


def test_a_cell_past_the_rows_paints_empty(qtbot: QtBot) -> None:
    model = ContributionTableModel()
    model.show_scope(1, 1, [_row(1)])
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(5, 0))  # not a row: an invalid index
    assert option.text == ""
