"""The presenter window: F5 starts it, Esc leaves, one screen gives a preview, two give full screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event
from erbij_desktop.ui.live.install import LiveMode
from erbij_desktop.ui.presenter.launcher import SCREEN_KEY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ROOT = Path(__file__).resolve().parents[3]


def test_f5_opens_a_resizable_preview_on_a_single_screen_and_esc_leaves(live: LiveMode, qtbot: QtBot) -> None:
    host = live.panel.window()
    host.activateWindow()
    QTest.keyClick(host, Qt.Key.Key_F5)
    presenter = live.launcher.window
    assert presenter is not None and presenter.isVisible()
    assert not presenter.isFullScreen()  # one screen: a window the facilitator can move and resize
    assert live.panel.stage_box.present_button.text() == "Presentatie stoppen (Shift+F5)"
    presenter.resize(640, 360)
    assert presenter.size().width() == 640
    QTest.keyClick(presenter, Qt.Key.Key_Escape)
    assert live.launcher.window is None
    assert live.panel.stage_box.present_button.text() == "Presentatie starten (F5)"


def test_the_presenter_only_follows_and_the_panel_button_toggles(live: LiveMode, qtbot: QtBot) -> None:
    button = live.panel.stage_box.present_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert live.launcher.running
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not live.launcher.running


def test_timer_keys_work_from_the_facilitator_window(live: LiveMode, demo_event: Event) -> None:
    live.controller.set_round(demo_event.rounds[0].id)
    host = live.panel.window()
    QTest.keyClick(host, Qt.Key.Key_F6)
    assert live.controller.reading().running
    QTest.keyClick(host, Qt.Key.Key_F7)
    QTest.keyClick(host, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert live.controller.reading().duration == (30 + 6) * 60
    QTest.keyClick(host, Qt.Key.Key_F6)
    assert live.controller.reading().paused


def test_type_scales_with_the_window(live: LiveMode, demo_event: Event, qtbot: QtBot) -> None:
    live.controller.set_round(demo_event.rounds[0].id)
    presenter = live.launcher.start()
    sizes = []
    for width, height in ((640, 360), (1920, 1080)):
        presenter.resize(width, height)
        presenter.stage.grab()  # paints at this size
        sizes.append(presenter.stage.headline_pixel_size)
    assert sizes[1] > 2.5 * sizes[0]
    assert sizes[1] >= 90  # large type for the back of the hall on a 1080p beamer


def test_the_screen_choice_is_remembered(live: LiveMode) -> None:
    combo = live.panel.stage_box.screen_combo
    assert combo.count() >= 1
    live.panel.stage_box._on_screen_chosen(0)
    assert QSettings().value(SCREEN_KEY) == combo.itemData(0)


SCRIPT = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
app.setOrganizationName("ErbijTest"); app.setApplicationName("screens")
from erbij_desktop.storage.database import open_database
from erbij_desktop.domain.events import create_event
from erbij_desktop.ui.live.install import install_live_mode
from erbij_desktop.app.workspace import Workspace
db = open_database(sys.argv[1])
with db.transaction() as s:
    event_id = create_event(s, "Twee schermen").id
result = {}
window = QMainWindow()
mode = install_live_mode(window, Workspace(db, event_id), event_id=event_id)
window.setCentralWidget(mode.panel)
window.show()
combo = mode.panel.stage_box.screen_combo
result["labels"] = [combo.itemText(i) for i in range(combo.count())]
result["default"] = mode.launcher.chosen_screen().name()
combo.setCurrentIndex(combo.findData("Beamer"))
combo.activated.emit(combo.currentIndex())
QTest.qWaitForWindowExposed(window)
window.activateWindow()
QTest.qWaitForWindowActive(window)
QTest.keyClick(window, Qt.Key.Key_F5)
presenter = mode.launcher.window
app.processEvents()
result["fullscreen"] = presenter.isFullScreen()
result["screen"] = presenter.screen().name()
g = presenter.geometry()
result["geometry"] = [g.x(), g.y(), g.width(), g.height()]
QTest.keyClick(presenter, Qt.Key.Key_Escape)
result["closed"] = mode.launcher.window is None
again = install_live_mode(QMainWindow(), Workspace(db, event_id))
result["remembered"] = again.launcher.chosen_screen().name()
print("RESULT" + json.dumps(result))
"""


@pytest.mark.slow
def test_two_screens_f5_goes_full_screen_on_the_chosen_one(tmp_path: Path) -> None:
    screens = {
        "screens": [
            {
                "name": n,
                "x": x,
                "y": 0,
                "width": w,
                "height": h,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
            for n, x, w, h in (("Beamer", 1366, 1920, 1080), ("Laptop", 0, 1366, 768))
        ]
    }
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), str(tmp_path / "e.sqlite")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT")), None)
    assert line is not None, done.stderr
    result = json.loads(line[len("RESULT") :])
    assert len(result["labels"]) == 2
    assert result["fullscreen"] is True
    assert result["screen"] == "Beamer"
    assert result["geometry"] == [1366, 0, 1920, 1080]
    assert result["closed"] is True
    assert result["remembered"] == "Beamer"


def test_on_a_single_screen_the_preview_opens_beside_the_facilitators_window(
    live: LiveMode, qtbot: QtBot
) -> None:
    """Issue 16, item 10: it opened on top of the main window, hiding the controls."""
    host = live.panel.window()
    host.setGeometry(0, 0, 300, 300)
    presenter = live.launcher.start()
    assert not presenter.frameGeometry().intersects(host.frameGeometry())
    screen = host.screen().availableGeometry()
    assert screen.contains(presenter.frameGeometry().topLeft())
