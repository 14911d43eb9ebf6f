"""Take the README screenshots of this issue from the real windows, offscreen.

    python packaging/take_screenshots.py

writes packaging/screenshots/main-window.png and main-window-en.png (the same
event overview, with the demo event and two events in preparation, in Dutch
and in English) and settings.png (the settings dialog), on a fresh database
in a private home. The other screenshots come from the helpers that built
those screens.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "packaging" / "screenshots"
SIZE = (1280, 800)
EVENTS = (  # title, date, venue, city
    ("Praktijktafel Mantelzorg", dt.date(2024, 11, 5), "De Schakel", "Amersfoort"),
    ("Praktijktafel Schulden en armoede", dt.date(2025, 3, 12), "Stadhuis", "Zwolle"),
)


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="erbij-shots-"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from erbij_desktop.domain.events import create_event
    from erbij_desktop.storage.archive_demo import import_demo
    from erbij_desktop.storage.database import open_database
    from erbij_desktop.ui import app as gui
    from erbij_desktop.ui.main_window import MainWindow
    from erbij_desktop.ui.settings.dialog import SettingsDialog

    app = gui.create_application()
    db = open_database(str(home / "erbij.sqlite"))
    with db.session() as session:
        import_demo(session)
        for title, date, venue, city in EVENTS:
            create_event(session, title, event_date=date, venue=venue, city=city)
    shots = 0
    for language, name in (("nl", "main-window.png"), ("en", "main-window-en.png")):
        gui.install_translators(app, language)
        window = MainWindow(db)
        window.resize(*SIZE)
        window.show()
        shots += save(window, name)
        if language == "nl":
            dialog = SettingsDialog(window)
            dialog.show()
            settle()
            dialog.resize(dialog.sizeHint())
            shots += save(dialog, "settings.png")
            dialog.close()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    gui.install_translators(app, "nl")
    db.close()
    return 0 if shots == 3 else 1


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def save(widget: object, name: str) -> int:
    settle()
    target = SHOTS / name
    if not widget.grab().save(str(target)):  # type: ignore[attr-defined]
        print(f"could not write {target}", file=sys.stderr)
        return 0
    print(f"wrote {target.relative_to(ROOT)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
