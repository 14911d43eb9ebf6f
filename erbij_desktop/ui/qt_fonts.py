"""Register the shipped Noto fonts with Qt so no text ever shows as boxes.

The laptop the app runs on may have no fonts with ë, ş, ğ or Arabic (a bare
Linux install, a locked-down Windows image); the families in resources/fonts
are always there. Noto Sans becomes the application font. Noto Serif is only
drawn on the beamer: it is registered when the stage is first built, which
keeps four font files out of the start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from erbij_desktop.resources import ResourceMissingError, resources_dir

UI_FAMILY = "Noto Sans"
UI_POINT_SIZE = 10
UI_FONTS = "NotoSans*.ttf"  # the UI's text: Latin, Arabic, Hebrew
SERIF_FONTS = "NotoSerif*.ttf"  # the beamer's questions

_registered: dict[Path, list[str]] = {}  # font file -> its families, each file added once


def register_fonts(pattern: str = "*.ttf") -> list[str]:
    """Add the shipped TTFs matching ``pattern`` to Qt's font database (each file once);
    return their families."""
    families: set[str] = set()
    try:
        fonts = sorted((resources_dir() / "fonts").glob(pattern))
    except ResourceMissingError:
        return []
    for path in fonts:
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _registered[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.update(_registered[path])
    return sorted(families)


def install_application_font(app: QApplication) -> None:
    """Register the UI's fonts and make Noto Sans the default, keeping the platform's size."""
    families = register_fonts(UI_FONTS)
    if UI_FAMILY not in families:
        return
    font = QFont(UI_FAMILY)
    size = app.font().pointSizeF()
    font.setPointSizeF(size if size > 0 else UI_POINT_SIZE)
    app.setFont(font)
