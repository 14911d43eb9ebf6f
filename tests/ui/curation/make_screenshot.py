"""The README screenshot of the Verslag tab, taken from the real main window (not part of the test run).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tests/ui/curation/make_screenshot.py [target.png]

Opens the demo event in a fresh database, adds three contributions the demo
lacks (so the "Niet opgenomen" list is not empty) and two tags, shows the
Verslag tab with the preview rendered, and saves the window as
packaging/screenshots/report-tab.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain import curation as cur
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import open_database
from erbij_desktop.ui.app import create_application
from erbij_desktop.ui.curation.tab import ReportTab
from erbij_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
EXTRA = (
    ("Een buurtapp waarin bewoners elkaar om een boodschap of een praatje vragen.", "Gemeente Utrecht"),
    ("De bibliotheek als ontmoetingsplek, met koffie en een vaste vrijwilliger.", "Bibliotheek Huizen"),
    ("Huisbezoeken door getrainde vrijwilligers bij iedereen die 75 wordt.", "Gemeente Rotterdam"),
)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "packaging" / "screenshots" / "report-tab.png"
    sandbox = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(sandbox)  # the user's own settings stay untouched
    app = create_application(sys.argv[:1])
    db = open_database(str(sandbox / "screenshot.sqlite"))
    with db.transaction() as s:
        event, _ = import_demo(s)
        event_id, first = event.id, event.rounds[0]
        rows = ops.rows_for_round(s, first.id)
        cur.add_tag(s, rows[0].id, "huisarts")
        cur.add_tag(s, rows[3].id, "huisarts")
        cur.add_tag(s, rows[3].id, "preventie")
        for text, organisation in EXTRA:
            ops.add_contribution(s, first.id, text, table_id=event.tables[0].id, organisation=organisation)
    window = MainWindow(db)
    window.resize(1440, 900)
    window.show()
    window.open_event(event_id)
    assert window.tabs is not None
    tab = window.tabs.tab_by_name("reportTab")
    assert isinstance(tab, ReportTab)
    loop = QEventLoop()
    tab.preview.rendered.connect(lambda _pages: loop.quit())
    window.tabs.setCurrentWidget(tab)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    tab.contributions.selection_list.setFocus()
    tab.contributions.selection_list.select_id(rows[3].id)
    wait(400)
    window.grab().save(str(target))
    print(f"saved {target}")
    window.close()
    db.close()
    app.processEvents()


if __name__ == "__main__":
    main()
