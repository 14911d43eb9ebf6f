"""The app in English, for real: the compiled translation loads, every screen shows it, mnemonics stay unique.

Walks the main window on the demo event through every workspace tab and every
section of Voorbereiden and Verslag, with the English translation installed:

* no Dutch source text that has an English translation is on screen (a wrong
  translation context, or a string built outside tr(), would leave Dutch);
* no two visible controls share an Alt+letter.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from erbij_desktop.domain.models import Event
from erbij_desktop.storage.database import Database
from erbij_desktop.ui import app as gui
from erbij_desktop.ui.main_window import MainWindow
from erbij_desktop.ui.settings.dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    """packaging/translations.py, which reads the .ts files."""
    if "erbij_translations" in sys.modules:
        return sys.modules["erbij_translations"]
    spec = importlib.util.spec_from_file_location(
        "erbij_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    app = gui.create_application()
    QSettings().clear()
    assert gui.install_translators(app, "en"), "the English translation did not load"
    yield
    gui.install_translators(app, "nl")
    QSettings().clear()


def translated_sources() -> set[str]:
    """Dutch sources whose English differs: seeing one of these in English means it was not translated."""
    return {m.source for m in tool.read_ts(tool.ts_path("en")) if m.translations[0] != m.source}


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        header = (
            widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else widget.header()
            if isinstance(widget, QTreeView)
            else None
        )
        if header is not None and header.isVisible() and header.model() is not None:
            model = header.model()
            texts.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header.count())
            )
        if widget.toolTip():
            texts.append(widget.toolTip())
    return [t for t in texts if t]


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def visible_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            found.setdefault(letter, []).append(text)
    return found


def screens(window: MainWindow) -> Iterator[str]:
    """Show every tab and section in turn; yield a name for each."""
    workspace = window.tabs
    assert workspace is not None
    for index in range(workspace.count()):
        workspace.setCurrentIndex(index)
        tab = workspace.currentWidget()
        sections = getattr(tab, "sections", None)
        if sections is None:
            yield workspace.tabText(index)
            continue
        for section in range(sections.count()):
            tab.show_section(section)  # type: ignore[attr-defined]
            QApplication.processEvents()
            yield f"{workspace.tabText(index)} / {section + 1}"


def open_demo(qtbot: QtBot, db: Database, event: Event) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(event.id)
    return window


def test_the_menus_speak_english(qtbot: QtBot, db: Database, english: None) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Tools", "&Help"]
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog) and dialog.windowTitle() == "Settings"
    texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    letters = [m for t in texts if (m := mnemonic(t))]
    assert len(letters) >= 8 and len(set(letters)) == len(letters), texts
    dialog.reject()
    window.close()


def test_every_screen_of_an_event_is_in_english(
    qtbot: QtBot, db: Database, demo_event: Event, english: None
) -> None:
    window = open_demo(qtbot, db, demo_event)
    dutch = translated_sources()
    seen = {}
    for name in screens(window):
        left = sorted({t for t in visible_texts(window) if t in dutch})
        if left:
            seen[name] = left
    assert seen == {}
    window.close()


def test_no_two_visible_english_mnemonics_share_a_letter(
    qtbot: QtBot, db: Database, demo_event: Event, english: None
) -> None:
    window = open_demo(qtbot, db, demo_event)
    clashes = {}
    for name in screens(window):
        shared = {letter: texts for letter, texts in visible_mnemonics(window).items() if len(texts) > 1}
        if shared:
            clashes[name] = shared
    assert clashes == {}
    window.close()
