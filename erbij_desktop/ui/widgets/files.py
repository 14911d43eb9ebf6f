"""What file dialogs start from: the folder used last for that kind of file, a name made from a title."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def last_folder(key: str) -> str:
    """The folder remembered under ``key`` if it is still there, else Documents (or home): never the cwd."""
    remembered = str(QSettings().value(key, "") or "")
    if remembered and Path(remembered).is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


def remember_folder(key: str, chosen: str) -> None:
    """Remember the folder of the file ``chosen`` (or the folder itself) for the next dialog of its kind."""
    path = Path(chosen)
    QSettings().setValue(key, str(path if path.is_dir() else path.parent))


def title_slug(title: str, fallback: str) -> str:
    """A file-name stem from an event title ('Samen tegen eenzaamheid' → 'samen-tegen-eenzaamheid')."""
    return re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:60] or fallback
