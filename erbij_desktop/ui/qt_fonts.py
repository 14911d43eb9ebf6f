"""Register the shipped Noto fonts with Qt so no text ever shows as boxes.

The laptop the app runs on may have no fonts with ë, ş, ğ or Arabic (a bare
Linux install, a locked-down Windows image); the families in resources/fonts
are always there. Noto Sans becomes the application font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from erbij_desktop.resources import ResourceMissingError, resources_dir

UI_FAMILY = "Noto Sans"
UI_POINT_SIZE = 10


def register_fonts() -> list[str]:
    """Add every shipped TTF to Qt's font database; return the families found."""
    families: set[str] = set()
    try:
        fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    except ResourceMissingError:
        return []
    for path in fonts:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def install_application_font(app: QApplication) -> None:
    """Register the fonts and make Noto Sans the default, keeping the platform's size."""
    families = register_fonts()
    if UI_FAMILY not in families:
        return
    font = QFont(UI_FAMILY)
    size = app.font().pointSizeF()
    font.setPointSizeF(size if size > 0 else UI_POINT_SIZE)
    app.setFont(font)
