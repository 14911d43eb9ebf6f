"""The one place that knows where shipped files live.

Resources (fonts, icons, translations, demo event) and the Alembic migrations
sit in three possible places:

* a PyInstaller bundle: ``sys._MEIPASS/resources`` and ``sys._MEIPASS/db``;
* an installed wheel: ``erbij_desktop/_resources`` and ``erbij_desktop/_db``
  (pyproject's ``force-include`` puts them there);
* a source checkout or editable install: ``resources/`` and ``db/`` next to
  the package directory.

Everything else asks this module; nobody builds these paths by hand.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceMissingError(FileNotFoundError):
    """A file the application ships with cannot be found (broken install)."""


def _candidates(bundled: str, source: str) -> list[Path]:
    found: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        found.append(Path(meipass) / source)
    found.append(_PACKAGE_DIR / bundled)
    found.append(_PACKAGE_DIR.parent / source)
    return found


@cache
def resources_dir() -> Path:
    """Directory holding fonts/, icons/, translations/ and demo/."""
    return _first_existing(_candidates("_resources", "resources"), "resources")


@cache
def migrations_dir() -> Path:
    """Directory holding the Alembic environment (env.py, versions/)."""
    return _first_existing(_candidates("_db", "db"), "db")


def resource(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceMissingError(f"Bestand ontbreekt in de installatie: {path}")
    return path


def _first_existing(paths: list[Path], what: str) -> Path:
    for path in paths:
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in paths)
    raise ResourceMissingError(f"Map '{what}' niet gevonden (gezocht in: {tried})")
