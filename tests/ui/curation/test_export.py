"""Exports from the Verslag tab: PDF with and without appendix, CSV, and failures said plainly."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from curation_helpers import CurationEvent
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from erbij_desktop.ui.curation.tab import ReportTab


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_through_the_dialog_with_appendix(qtbot: QtBot, tab: ReportTab, tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    tab.appendix.setChecked(True)
    tab.export_pdf.click()
    dialog = tab.findChild(QFileDialog, "exportPdfDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.defaultSuffix() == "pdf"
    assert dialog.selectedFiles()[0].endswith("samen-tegen-eenzaamheid.pdf")
    with qtbot.waitSignal(tab.exporter.finished, timeout=20_000) as done:
        dialog.selectFile(str(target))
        dialog.accept()
        assert tab.status.text() == "PDF wordt opgeslagen…"
    assert done.args == [str(target)]
    assert tab.status.text() == f"Opgeslagen: {target}"
    text = pdf_text(target)
    assert "Vrijwilligers brengen maaltijden rond" in text
    assert "Dialoogtafels in de wijk" in text  # not selected: only in the appendix


def test_pdf_without_appendix_has_only_the_selection(qtbot: QtBot, tab: ReportTab, tmp_path: Path) -> None:
    target = tmp_path / "verslag.pdf"
    with qtbot.waitSignal(tab.exporter.finished, timeout=20_000):
        tab.exporter.write_pdf(target)
    text = pdf_text(target)
    assert "Vrijwilligers brengen maaltijden rond" in text
    assert "Dialoogtafels in de wijk" not in text


def test_csv_through_the_dialog(
    qtbot: QtBot, tab: ReportTab, tmp_path: Path, curation_event: CurationEvent
) -> None:
    target = tmp_path / "bijdragen.csv"
    tab.export_csv.click()
    dialog = tab.findChild(QFileDialog, "exportCsvDialog")
    assert dialog is not None and dialog.defaultSuffix() == "csv"
    with qtbot.waitSignal(tab.exporter.finished, timeout=20_000):
        dialog.selectFile(str(target))
        dialog.accept()
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + len(curation_event.ids) + len(curation_event.other)


def test_failure_is_shown_and_no_file_is_left(qtbot: QtBot, tab: ReportTab, tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "verslag.pdf"
    with qtbot.waitSignal(tab.exporter.failed, timeout=20_000) as failed:
        tab.exporter.write_pdf(target)
    box = tab.findChild(QMessageBox, "exportError")
    assert box is not None and box.isVisible()
    assert box.text() == "Het bestand kon niet worden opgeslagen."
    assert box.informativeText() == failed.args[0] == f"De map {target.parent} bestaat niet (meer)."
    assert not target.exists() and not target.parent.exists()
    assert not tab.status.text().startswith("Opgeslagen")


def test_a_folder_is_not_a_file(tab: ReportTab, tmp_path: Path) -> None:
    tab.exporter.write_csv(tmp_path)
    box = tab.findChild(QMessageBox, "exportError")
    assert box is not None and "is een map" in box.informativeText()


def test_web_page_and_word_through_the_same_dialog(qtbot: QtBot, tab: ReportTab, tmp_path: Path) -> None:
    """The report dialog offers PDF, a web page and Word; the chosen filter decides the format."""
    from docx import Document

    for filter_index, name, fmt in ((1, "artikel", "html"), (2, "verslag", "docx")):
        tab.export_pdf.click()
        dialog = tab.findChild(QFileDialog, "exportPdfDialog")
        assert dialog is not None and dialog.isVisible()
        assert len(dialog.nameFilters()) == 3
        dialog.selectNameFilter(dialog.nameFilters()[filter_index])
        dialog.filterSelected.emit(dialog.nameFilters()[filter_index])
        assert dialog.defaultSuffix() == fmt
        target = tmp_path / name  # no extension typed: the filter's is added
        with qtbot.waitSignal(tab.exporter.finished, timeout=20_000) as done:
            dialog.selectFile(str(target))
            dialog.accept()
        written = Path(done.args[0])
        assert written.suffix == f".{fmt}" and written.exists()
        qtbot.waitUntil(lambda: tab.findChild(QFileDialog, "exportPdfDialog") is None, timeout=5_000)
    html = (tmp_path / "artikel.html").read_text(encoding="utf-8")
    assert "<article>" in html and "Vrijwilligers brengen maaltijden rond" in html
    paragraphs = [p.text for p in Document(str(tmp_path / "verslag.docx")).paragraphs]
    assert any("Vrijwilligers brengen maaltijden rond" in text for text in paragraphs)
