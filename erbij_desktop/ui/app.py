"""Starting the GUI: the application object, fonts, translations, the database, the main window.

``run_gui`` is a short list of steps, each its own function, so other parts
of the app can hook in at the right place (a richer start-up error dialog, a
single-instance guard, crash recovery) without this module growing.

UI language: Dutch source strings are the default. ``ui/language`` in
QSettings (``nl`` or ``en``; the settings dialog writes it) or the
``ERBIJ_LANGUAGE`` environment variable chooses another. The app loads
``translations/erbij_desktop_<lang>.qm`` from the shipped resources (for Dutch
it only holds the singular/plural forms of counted strings) and runs
untranslated when it is absent. packaging/translations.py keeps them current.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from erbij_desktop import APP_ID, APP_NAME, __version__
from erbij_desktop.resources import ResourceMissingError, resources_dir
from erbij_desktop.storage.database import Database
from erbij_desktop.storage.errors import StorageError
from erbij_desktop.storage.locations import DATABASE_ENV

from .errors.safety import install_safety
from .errors.startup import open_database_interactively
from .qt_fonts import install_application_font
from .settings import keys
from .widgets.first_paint import after_first_paint

ORGANISATION = "Erbij"
LANGUAGE_KEY = keys.LANGUAGE
LANGUAGE_ENV = "ERBIJ_LANGUAGE"
SOURCE_LANGUAGE = "nl"
TRANSLATION_STEM = "erbij_desktop"
# Set by the start-up benchmark (tests/benchmarks): once the main window has been painted, print
# SHOWN_MARKER on stdout, so the time from process start to a visible window can be measured, then
# READY_MARKER once the work the first paint started is done (the ORM loaded and attached, the tabs
# that work while hidden built), and quit that many milliseconds later (that work counts for memory).
STARTUP_PROBE_ENV = "ERBIJ_STARTUP_PROBE"
SHOWN_MARKER = "erbij-desktop: window shown"
READY_MARKER = "erbij-desktop: ready"


def run_gui(database_arg: str | None) -> int:
    """Open the main window on the chosen database; the exit code when it closes."""
    app = create_application()
    db = open_database_or_explain(chosen_database(database_arg))
    if db is None:
        return 1
    try:
        window = create_main_window(db)
        install_safety(app, window, db, create_main_window)  # backups, single instance, error dialogs
        window.show()
        # Queued behind the work the first paint starts (the ORM loads then).
        after_first_paint(window, lambda: QTimer.singleShot(0, _enable_gc))
        if os.environ.get(STARTUP_PROBE_ENV):  # last: runs before the other first-paint work
            after_first_paint(window, lambda: _probe(os.environ[STARTUP_PROBE_ENV]))
        return app.exec()
    finally:
        db.close()


def _enable_gc() -> None:
    """Turn the cycle collector back on (off while the app loads, see erbij_desktop.__main__),
    freezing what start-up made, so later collections stay short while the facilitator types."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _probe(linger_ms: str) -> None:
    """The start-up benchmark's hook (``STARTUP_PROBE_ENV``): report the first paint, then quit."""
    print(SHOWN_MARKER, flush=True)
    QTimer.singleShot(0, lambda: print(READY_MARKER, flush=True))  # behind the first paint's work
    QTimer.singleShot(int(linger_ms) if linger_ms.isdigit() else 0, QCoreApplication.quit)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), named for QSettings, with fonts and language."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.erbijdesktop.ErbijDesktop")
    app.setWindowIcon(application_icon())
    make_settings_private()
    install_application_font(app)
    install_translators(app, ui_language())
    return app


def make_settings_private() -> None:
    """Keep the settings folder readable by the user only.

    Besides window sizes it holds where the capture view was per event (which
    round, which table) and, from older versions, drafts until they are moved
    to the drafts folder: as private as the database.
    """
    folder = Path(QSettings().fileName()).parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            folder.chmod(0o700)
    except OSError:
        pass  # an unwritable settings folder is reported by QSettings itself, not here


def application_icon() -> QIcon:
    icon = QIcon()
    try:
        folder = resources_dir() / "icons"
    except ResourceMissingError:
        return icon
    for path in sorted(folder.glob("erbij-desktop-*.png")):
        icon.addFile(str(path))
    return icon


def ui_language() -> str:
    """The chosen UI language code: environment, then settings, then Dutch."""
    chosen = os.environ.get(LANGUAGE_ENV) or str(QSettings().value(LANGUAGE_KEY, SOURCE_LANGUAGE))
    return chosen.strip().lower()[:2] or SOURCE_LANGUAGE


# The translators install_translators put in, so a second call (another language) takes them out.
# Kept here rather than found again with app.findChildren(), which wraps every object the
# application owns (its cost: tests/benchmarks/README.md).
_installed_translators: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own strings and ours for ``language``; missing files are not an error."""
    for old in _installed_translators:
        app.removeTranslator(old)
        old.deleteLater()
    _installed_translators.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", qt_dir)]
    with contextlib.suppress(ResourceMissingError):
        candidates.append((TRANSLATION_STEM, str(resources_dir() / "translations")))
    for stem, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, stem, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    _installed_translators.extend(installed)
    return installed


def chosen_database(argument: str | None) -> str | None:
    """What the GUI opens: ``--database``, else ERBIJ_DATABASE_URL, else the server chosen in the settings
    (stored without a password: ui/settings/preferences.py), else the file on this laptop."""
    if argument or os.environ.get(DATABASE_ENV):
        return argument
    return str(QSettings().value(keys.DATABASE_URL, "") or "").strip() or None


def open_database_or_explain(database_arg: str | None, parent: QWidget | None = None) -> Database | None:
    """Open the database; on failure tell the user why in a dialog and return None."""
    try:
        return open_database_interactively(database_arg, parent)  # offers the ways on (ui/errors)
    except StorageError as error:  # a malformed URL is one too (storage.database)
        explain_startup_failure(str(error), parent)
        return None


def explain_startup_failure(message: str, parent: QWidget | None = None) -> None:
    """Show why the app cannot start and wait until the user has read it."""
    tr = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("startupError")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("app", "Erbij Desktop kan niet starten"))
    box.setText(tr("app", "De database kan niet worden geopend."))
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    app = QApplication.instance()
    box.finished.connect(lambda _result: app.quit() if app else None)
    box.open()
    if app is not None:
        app.exec()


def create_main_window(db: Database) -> QWidget:
    from .main_window import MainWindow  # deferred: keeps start-up failures cheap

    return MainWindow(db)
