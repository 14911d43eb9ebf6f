"""The small building blocks: time/date parsing, the field error row, the save indicator."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.ui.widgets.field_row import FieldRow
from erbij_desktop.ui.widgets.save_indicator import SaveIndicator
from erbij_desktop.ui.widgets.time_fields import parse_date, parse_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", dt.time(9, 30)),
        ("0930", dt.time(9, 30)),
        ("9.30", dt.time(9, 30)),
        ("14", dt.time(14, 0)),
        ("", None),
    ],
)
def test_parse_time(text: str, expected: dt.time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "9:75", "half tien", "123456"])
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20-2-2018", dt.date(2018, 2, 20)),
        ("20/02/2018", dt.date(2018, 2, 20)),
        ("2018-02-20", dt.date(2018, 2, 20)),
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-2-2018", "2018", "morgen"])
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_field_row_marks_and_clears(qtbot: QtBot) -> None:
    edit = QLineEdit()
    edit.setObjectName("name")
    edit.setToolTip("hint")
    row = FieldRow(edit)
    qtbot.addWidget(row)
    row.show()
    row.show_error(ValidationError("name", "Een naam is nodig.", "required"))
    assert row.error == "Een naam is nodig."
    assert edit.property("invalid") is True and edit.toolTip() == "Een naam is nodig."
    row.clear_error()
    assert row.error == "" and edit.property("invalid") is False and edit.toolTip() == "hint"


def test_save_indicator_shows_the_time(qtbot: QtBot) -> None:
    indicator = SaveIndicator()
    qtbot.addWidget(indicator)
    assert indicator.last_saved is None
    indicator.mark_saved()
    assert indicator.last_saved is not None
    assert indicator.text() == f"Opgeslagen {indicator.last_saved.toString('HH:mm:ss')}"
