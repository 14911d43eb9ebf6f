"""The preview pane: renders off the UI thread, newest wins, old pages stay, prints, zooms."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from preview_helpers import ScriptedRender, make_pdf
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.domain.events import update_event
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.preview.pane import FIT_PAGE, FIT_WIDTH, PreviewPane
from erbij_desktop.ui.preview.source import report_source


@pytest.fixture
def make_pane(qtbot: QtBot) -> Iterator[object]:
    made: list[tuple[PreviewPane, ScriptedRender | None]] = []

    def make(render: object = None) -> PreviewPane:
        pane = PreviewPane(render)  # type: ignore[arg-type]
        qtbot.addWidget(pane)
        pane.resize(620, 820)
        pane.show()
        qtbot.waitExposed(pane)
        made.append((pane, render if isinstance(render, ScriptedRender) else None))
        return pane

    yield make
    for pane, script in made:
        if script is not None:
            script.release_all()
        pane.shutdown()


def page_text(pane: PreviewPane, page: int) -> str:
    return pane.document.getAllText(page).text()


def test_demo_report_renders_and_follows_an_edit(
    qtbot: QtBot, make_pane: object, db: Database, session: Session, demo_event: Event
) -> None:
    pane = make_pane(report_source(Workspace(db, demo_event.id)))  # type: ignore[operator]
    with qtbot.waitSignal(pane.rendered, timeout=20_000) as first:
        pane.refresh()
        assert pane.busy_label.isVisible() and pane.busy.isVisible()
        assert pane.busy_label.text() == "Voorbeeld bijwerken…"
    assert first.args == [pane.page_count()] and pane.page_count() >= 3
    assert "Eenzaamheid is van ons allemaal" in page_text(pane, 0)
    assert not pane.busy_label.isVisible()
    assert pane.pages_label.text() == f"Pagina 1 van {pane.page_count()}"

    update_event(session, demo_event, lead="Een nieuwe inleiding over de praktijktafel.")
    session.commit()  # the test owns the session; the app reads on its own connections
    with qtbot.waitSignal(pane.rendered, timeout=20_000):
        pane.schedule()
    assert "Een nieuwe inleiding over de praktijktafel." in page_text(pane, 0)


def test_edits_in_a_burst_render_once(qtbot: QtBot, make_pane: object) -> None:
    script = ScriptedRender([make_pdf(2)], gated=False)
    pane = make_pane(script)  # type: ignore[operator]
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        for _ in range(5):
            pane.schedule()
    assert script.calls == 1
    assert pane.page_count() == 2


def test_stale_result_is_ignored_and_old_pages_stay_meanwhile(qtbot: QtBot, make_pane: object) -> None:
    script = ScriptedRender([make_pdf(1, "eerste"), make_pdf(2, "verouderd"), make_pdf(3, "nieuwste")])
    pane = make_pane(script)  # type: ignore[operator]
    script.release(0)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.refresh()
    assert "eerste 1" in page_text(pane, 0)
    shown: list[int] = []
    pane.rendered.connect(shown.append)

    pane.refresh()  # call 1 starts and is held
    qtbot.waitUntil(lambda: script.entered(1))
    newest = pane.refresh()  # arrives while call 1 runs: waits, and makes call 1 stale
    # The old pages are still shown, with the busy indication.
    assert pane.page_count() == 1 and "eerste 1" in page_text(pane, 0)
    assert pane.busy_label.isVisible()
    script.release(1)
    qtbot.waitUntil(lambda: script.entered(2))
    assert shown == [] and pane.renderer.discarded == 1
    assert pane.page_count() == 1  # the stale result was never loaded
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        script.release(2)
    assert shown == [3] and pane.renderer.generation == newest
    assert "nieuwste 1" in page_text(pane, 0)
    assert not pane.busy_label.isVisible()


def test_window_answers_while_a_render_runs(qtbot: QtBot, make_pane: object) -> None:
    """The render is held on its thread; the event loop keeps running timers and clicks meanwhile."""
    script = ScriptedRender([make_pdf(1)])
    pane = make_pane(script)  # type: ignore[operator]
    ticks: list[int] = []
    timer = QTimer(pane)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    pane.refresh()
    qtbot.waitUntil(lambda: len(ticks) >= 5)
    assert pane.renderer.busy and script.entered(0)
    qtbot.mouseClick(pane.zoom_in, Qt.MouseButton.LeftButton)
    assert pane.zoom.currentText() == "125%"
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        script.release(0)


def test_failure_keeps_the_old_pages_and_says_why(qtbot: QtBot, make_pane: object) -> None:
    script = ScriptedRender([make_pdf(2), DomainError("Dit evenement bestaat niet meer.")], gated=False)
    pane = make_pane(script)  # type: ignore[operator]
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.refresh()
    with qtbot.waitSignal(pane.renderer.failed, timeout=5000):
        pane.refresh()
    assert pane.message.isVisible()
    assert "Dit evenement bestaat niet meer." in pane.message.text()
    assert pane.page_count() == 2
    assert not pane.busy_label.isVisible()


def test_unexpected_error_is_named_not_swallowed(qtbot: QtBot, make_pane: object) -> None:
    pane = make_pane(ScriptedRender([ZeroDivisionError("x")], gated=False))  # type: ignore[operator]
    with qtbot.waitSignal(pane.renderer.failed, timeout=5000):
        pane.refresh()
    assert "ZeroDivisionError" in pane.message.text()


def test_scroll_position_is_kept_across_a_render(qtbot: QtBot, make_pane: object) -> None:
    pane = make_pane(ScriptedRender([make_pdf(5), make_pdf(5, "nieuw")], gated=False))  # type: ignore[operator]
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.refresh()
    bar = pane.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.setValue(1000)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.refresh()
    assert "nieuw 1" in page_text(pane, 0)
    assert bar.value() == 1000


def test_zoom_controls(qtbot: QtBot, make_pane: object) -> None:
    pane = make_pane(ScriptedRender([make_pdf(2)], gated=False))  # type: ignore[operator]
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.refresh()
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    pane.set_zoom(1.0)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom and pane.zoom.currentText() == "100%"
    qtbot.mouseClick(pane.zoom_in, Qt.MouseButton.LeftButton)
    assert pane.view.zoomFactor() == pytest.approx(1.25) and pane.zoom.currentText() == "125%"
    pane.step(-1)
    pane.step(-1)
    assert pane.view.zoomFactor() == pytest.approx(0.75)
    pane.set_zoom(FIT_PAGE)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitInView
    pane.set_zoom(FIT_WIDTH)
    assert pane.zoom.currentText() == "Paginabreedte"


def _pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def test_printing_to_a_pdf_file(qtbot: QtBot, make_pane: object, tmp_path: Path) -> None:
    pane = make_pane(ScriptedRender([make_pdf(3)], gated=False))  # type: ignore[operator]
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.refresh()
    target = tmp_path / "afdruk.pdf"
    progress: list[tuple[int, int]] = []
    printer = _pdf_printer(target)
    job = pane.print_to(printer)
    job.progress.connect(lambda done, total: progress.append((done, total)))
    assert not pane.print_button.isEnabled()  # no second print while this one runs
    with qtbot.waitSignal(pane.printed, timeout=10_000) as printed:
        pass
    assert printed.args == [3]
    assert progress[-1] == (3, 3)
    reader = PdfReader(target)
    assert len(reader.pages) == 3
    assert all("/XObject" in page["/Resources"] for page in reader.pages)  # each page carries the image
    assert "3 pagina’s" in pane.note.text()
    assert pane.print_button.isEnabled()


def test_printing_a_page_range(qtbot: QtBot, make_pane: object, tmp_path: Path) -> None:
    pane = make_pane(ScriptedRender([make_pdf(4)], gated=False))  # type: ignore[operator]
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        pane.refresh()
    printer = _pdf_printer(tmp_path / "bereik.pdf")
    printer.setFromTo(2, 3)
    with qtbot.waitSignal(pane.printed, timeout=10_000) as printed:
        pane.print_to(printer)
    assert printed.args == [2]
    assert len(PdfReader(tmp_path / "bereik.pdf").pages) == 2


def test_nothing_to_print_before_the_first_render(make_pane: object) -> None:
    pane = make_pane(None)  # type: ignore[operator]
    assert not pane.print_button.isEnabled()
    assert pane.open_print_dialog() is None
    assert pane.pages_label.text() == "Nog geen voorbeeld"


def test_switch_interval_is_short_only_while_rendering(qtbot: QtBot, make_pane: object) -> None:
    before = sys.getswitchinterval()
    script = ScriptedRender([make_pdf(1)])
    pane = make_pane(script)  # type: ignore[operator]
    pane.refresh()
    qtbot.waitUntil(lambda: script.entered(0))
    assert sys.getswitchinterval() == pytest.approx(0.001)
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        script.release(0)
    assert sys.getswitchinterval() == pytest.approx(before)
