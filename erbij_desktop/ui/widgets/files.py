"""What file dialogs start from: the folder used last for that kind of file, a name made from a title."""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings, QStandardPaths


def last_folder(key: str) -> str:
    """The folder remembered under ``key``, else the user's Documents folder."""
    return str(
        QSettings().value(key, "")
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )


def title_slug(title: str, fallback: str) -> str:
    """A file-name stem from an event title ('Samen tegen eenzaamheid' → 'samen-tegen-eenzaamheid')."""
    return re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:60] or fallback
