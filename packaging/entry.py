"""PyInstaller entry script: the bundle's executable runs the normal CLI/GUI entry point.

One extra, bundle-only option: ``erbij-desktop --bundle-info`` prints where the
running program finds its shipped files (resources, migrations, translations),
checks that a lazily imported module loads from inside the bundle, and exits.
CI uses it to prove the bundle reads from itself, not from a source checkout;
support can ask a user to run it when an installation seems broken.
"""

import sys
from pathlib import Path

BUNDLE_INFO = "--bundle-info"


def bundle_info() -> int:
    from erbij_desktop import __version__
    from erbij_desktop.resources import ResourceMissingError, migrations_dir, resources_dir

    bundle = getattr(sys, "_MEIPASS", None)
    print(f"version: {__version__}")
    print(f"frozen: {getattr(sys, 'frozen', False)}")
    print(f"bundle_dir: {bundle or '-'}")
    print(f"package_dir: {Path(sys.modules['erbij_desktop'].__file__ or '').resolve().parent}")
    try:
        resources, migrations = resources_dir(), migrations_dir()
    except ResourceMissingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"resources_dir: {resources}")
    print(f"migrations_dir: {migrations}")
    for label, folder, pattern in (
        ("fonts", resources / "fonts", "*.ttf"),
        ("icons", resources / "icons", "erbij-desktop*"),
        ("translations", resources / "translations", "*.qm"),
        ("demo", resources / "demo" / "archive", "event.json"),
        ("migrations", migrations / "versions", "*.py"),
    ):
        names = sorted(p.name for p in folder.glob(pattern))
        print(f"{label}: {len(names)} ({', '.join(names)})")
    return translation_check(resources / "translations")


def translation_check(folder: Path) -> int:
    """Load the bundled English translation with the bundled Qt and translate one menu title."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load("erbij_desktop_en", str(folder)):
        print(f"error: cannot load the English translation from {folder}", file=sys.stderr)
        return 1
    print(f"translation: &Bestand -> {translator.translate('MainWindow', '&Bestand')}")
    return lazy_import_check()


def lazy_import_check() -> int:
    """Load a module the app imports lazily (importlib's LazyLoader) through the bundle's importer."""
    from erbij_desktop.lazy_import import lazy_import

    actions = lazy_import("erbij_desktop.app.capture_actions")
    print(f"lazy import: erbij_desktop.app.capture_actions -> {actions.add_contribution.__name__}")
    return 0


def run() -> int:
    if sys.argv[1:] == [BUNDLE_INFO]:
        return bundle_info()
    from erbij_desktop.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
