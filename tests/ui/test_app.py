"""Starting the GUI: fonts, translations, a refused database explained in a dialog, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from erbij_desktop.domain.events import list_events
from erbij_desktop.storage.database import open_database
from erbij_desktop.ui import app as gui
from erbij_desktop.ui import qt_fonts
from erbij_desktop.ui.main_window import MainWindow
from erbij_desktop.ui.qt_fonts import SERIF_FONTS, UI_FAMILY, UI_FONTS, register_fonts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication) -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def test_shipped_fonts_are_registered(qapp: QApplication) -> None:
    families = register_fonts()
    assert {"Noto Sans", "Noto Serif", "Noto Sans Arabic"} <= set(families)
    assert UI_FAMILY in QFontDatabase.families()


def test_fonts_are_registered_by_part_and_each_file_once(qapp: QApplication) -> None:
    ui = register_fonts(UI_FONTS)  # at start-up
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew"} <= set(ui)
    assert "Noto Serif" not in ui
    assert register_fonts(SERIF_FONTS) == ["Noto Serif"]  # when the stage is first built
    files = dict(qt_fonts._registered)
    fonts_before = len(QFontDatabase.families())
    assert set(register_fonts()) == set(ui) | {"Noto Serif"}
    assert qt_fonts._registered == files
    assert len(QFontDatabase.families()) == fonts_before


def test_application_gets_names_font_and_dutch_by_default(qapp: QApplication) -> None:
    app = gui.create_application()
    assert app is qapp
    assert (app.organizationName(), app.applicationName()) == ("Erbij", "erbij-desktop")
    assert app.font().family() == UI_FAMILY
    assert gui.ui_language() == "nl"


def test_a_missing_english_translation_is_not_an_error(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(gui.LANGUAGE_ENV, "en")
    assert gui.ui_language() == "en"
    installed = gui.install_translators(qapp, "en")
    assert all(isinstance(t, QTranslator) for t in installed)
    gui.install_translators(qapp, "nl")


def test_a_second_language_replaces_the_first(qapp: QApplication) -> None:
    assert gui.install_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&Bestand") == "&File"
    gui.install_translators(qapp, "nl")  # the English ones are taken out again
    assert QCoreApplication.translate("MainWindow", "&Bestand") == "&Bestand"


def test_qts_own_dialog_buttons_speak_dutch(qapp: QApplication) -> None:
    """Issue 16, item 8: Qt's own buttons (Cancel, Save, Yes) follow the app's language."""
    gui.install_translators(qapp, "nl")
    box = QMessageBox()
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuleren"
    box.deleteLater()


def test_a_start_up_failure_is_explained_and_waited_for(qapp: QApplication) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = next(w for w in qapp.topLevelWidgets() if w.objectName() == "startupError" and w.isVisible())
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(50, read_and_close)
    gui.explain_startup_failure("De schijf is vol.")
    assert seen == ["De schijf is vol."]


def test_run_gui_shows_the_main_window_until_it_is_closed(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "erbij.sqlite"
    shown: list[MainWindow] = []

    def close_window() -> None:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        shown.append(window)
        window.close()

    QTimer.singleShot(100, close_window)
    assert gui.run_gui(str(path)) == 0
    assert shown and shown[0].pages.currentWidget() is shown[0].first_run
    with open_database(str(path)) as db, db.transaction() as session:
        assert list_events(session) == []


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid"), reason="POSIX file modes")
def test_settings_folder_is_private_because_it_holds_drafts(qapp: QApplication) -> None:
    gui.create_application()
    folder = Path(QSettings().fileName()).parent
    folder.chmod(0o755)  # as a default umask would have left it
    gui.create_application()
    assert folder.stat().st_mode & 0o777 == 0o700
