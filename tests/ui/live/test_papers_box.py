"""Printing the run sheet and table cards from the Live tab."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event
from erbij_desktop.ui.live.install import LiveMode

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.mark.parametrize(
    ("button", "marker"),
    [
        ("runsheet_button", "DRAAIBOEK"),
        ("tablecards_button", "vouwen"),
        ("hostsheets_button", "GESPREKSBLAD"),
    ],
)
def test_save_dialog_writes_the_pdf(
    live: LiveMode, demo_event: Event, tmp_path: Path, qtbot: QtBot, button: str, marker: str
) -> None:
    box = live.panel.papers_box
    getattr(box, button).click()
    dialog = box._dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith(".pdf")
    assert "Samen tegen eenzaamheid" in Path(dialog.selectedFiles()[0]).name
    target = tmp_path / "papier.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    assert target.exists()
    assert marker in pdf_text(target)
    assert str(target) in box.result.text() and box.open_button.isVisible()


def test_an_unwritable_target_is_explained(live: LiveMode, tmp_path: Path) -> None:
    from erbij_desktop.report.runsheet import write_runsheet

    box = live.panel.papers_box
    assert not box.write(write_runsheet, tmp_path / "bestaat-niet" / "x.pdf")
    assert box.result.text().startswith("Niet opgeslagen")
    assert not box.open_button.isVisible()
