"""How responsive the window stays while the preview renders a big report (not part of the test run).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/preview/bench_responsiveness.py [contributions]

Builds an event of 40 tables × 3 rounds × 25 contributions (3,000, every one
selected for the report, the worst case) with 20 photos, opens the Verslag
tab, and while the preview renders on its worker thread measures how late a
10 ms timer on the UI thread fires. It prints the render time and the
event-loop delays (median and worst): the window is responsive when the worst
delay stays in the tens of milliseconds while the render takes seconds.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.photos import add_photo
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.rounds import add_round, add_tables
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.ui.curation.tab import ReportTab
from erbij_desktop.ui.qt_fonts import install_application_font

TEXT = (
    "Vrijwilligers in de wijk brengen maaltijden rond en letten daarbij op signalen van eenzaamheid; "
    "zij melden wat hen opvalt bij het wijkteam, dat binnen een week contact opneemt."
)


def photo(number: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1600, 1067), (number * 12 % 255, 90, 140)).save(out, format="JPEG", quality=85)
    return out.getvalue()


def build(db: Database, per_table: int) -> int:
    with db.transaction() as s:
        event = create_event(s, "Grote praktijktafel")
        slot = add_programme_item(s, event, "Rondetafelgesprekken", kind=ProgrammeKind.ROUNDTABLE)
        tables = add_tables(s, event, 40)
        for number in range(3):
            round_ = add_round(
                s, event, f"Ronde {number + 1}", "Wat werkt in de praktijk?", programme_item=slot
            )
            for table in tables:
                for n in range(per_table):
                    row = ops.add_contribution(
                        s, round_.id, f"{TEXT} ({n})", table_id=table.id, organisation=f"Organisatie {n % 30}"
                    )
                    ops.set_highlight(s, row.id, True)
        for number in range(20):
            add_photo(s, event, photo(number), f"foto-{number}.jpg", consent=True, after_item=slot)
        return event.id


def measure(tab: ReportTab, start: Callable[[], object]) -> tuple[float, list[float]] | None:
    """Run ``start`` (which begins a render) and time the 10 ms UI ticks until the preview is shown."""
    delays: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: delays.append(max(0.0, clock.restart() - 10.0)))
    loop = QEventLoop()
    finished: list[float] = []

    def done(_pages: int) -> None:
        finished.append(time.perf_counter())
        loop.quit()

    tab.preview.rendered.connect(done)
    begin = time.perf_counter()
    clock.start()
    ticker.start()
    start()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    ticker.stop()
    tab.preview.rendered.disconnect(done)
    return (finished[0] - begin, delays) if finished else None


def main() -> None:
    per_table = int(sys.argv[1]) // 120 if len(sys.argv) > 1 else 25
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_application_font(app)  # type: ignore[arg-type]
    db = open_database(str(Path(tempfile.mkdtemp()) / "bench.sqlite"))
    started = time.perf_counter()
    event_id = build(db, per_table)
    print(f"event built: {120 * per_table} contributions in {time.perf_counter() - started:.1f} s")

    window = QMainWindow()
    tab = ReportTab(db)
    window.setCentralWidget(tab)
    window.resize(1400, 900)
    opened = time.perf_counter()
    tab.set_event(event_id)
    print(f"tab opened on the event in {time.perf_counter() - opened:.2f} s")

    for label, start in (
        ("first render (fonts load)", window.show),
        ("re-render after an edit", tab.preview.refresh),
    ):
        result = measure(tab, start)
        if result is None:
            print(f"{label}: did not finish within two minutes")
            return
        seconds, delays = result
        print(
            f"{label}: {tab.preview.page_count()} pages in {seconds:.2f} s on the worker thread; "
            f"UI event loop meanwhile: {len(delays)} ticks of 10 ms, "
            f"median delay {statistics.median(delays):.1f} ms, worst {max(delays):.1f} ms"
        )
    tab.close_session()
    db.close()


if __name__ == "__main__":
    main()
