"""The user's preferences, read and written with their types, defaults and limits.

The settings dialog writes them; the parts of the app that use them read them
here, so each default and range is defined once:

* the UI language (applied at the next start by ui/app.py);
* the beamer screen (read by ui/presenter/launcher.py);
* the length a new round starts with (the Rondes editor's add bar);
* whether a report is exported with its appendix (Verslag tab, File menu export);
* the logo new events get (a copy kept in the configuration folder, so it
  stays available when the original was on a USB stick);
* the backup policy (stored by erbij_desktop.storage.backups, not in QSettings);
* an organisation's database server (read at the start by ui/app.py, after
  ``--database`` and ERBIJ_DATABASE_URL); never with a password in it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from erbij_desktop.domain.timer import MAX_MINUTES, MIN_MINUTES
from erbij_desktop.storage.atomic import atomic_write_bytes
from erbij_desktop.storage.backups import BackupPolicy, load_policy, save_policy
from erbij_desktop.storage.locations import config_dir, secure_app_folder
from erbij_desktop.storage.server_db import settings_problem

from . import keys

SOURCE_LANGUAGE = "nl"
LANGUAGES = (("nl", "Nederlands"), ("en", "English"))  # each named in its own language
ROUND_MINUTES = 30
ROUND_MINUTES_RANGE = (MIN_MINUTES, MAX_MINUTES)
LOGO_STEM = "standaardlogo"
LOGO_SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg"}
MAX_LOGO_BYTES = 2_000_000  # as for an event's own logo (ui/prepare/report_form.py)


@dataclass(frozen=True)
class Logo:
    data: bytes
    mime: str


def language() -> str:
    """The chosen UI language code ("nl" or "en"); Dutch when nothing (or something odd) is stored."""
    code = str(QSettings().value(keys.LANGUAGE, SOURCE_LANGUAGE) or "").strip().lower()[:2]
    return code if code in dict(LANGUAGES) else SOURCE_LANGUAGE


def set_language(code: str) -> None:
    if code not in dict(LANGUAGES):
        raise ValueError(f"unknown language {code!r}")
    QSettings().setValue(keys.LANGUAGE, code)


def presenter_screen() -> str:
    """Name of the screen the presentation goes to; empty: the first screen that is not the main one."""
    return str(QSettings().value(keys.PRESENTER_SCREEN, "") or "")


def set_presenter_screen(name: str) -> None:
    QSettings().setValue(keys.PRESENTER_SCREEN, name)


def default_round_minutes() -> int:
    value = QSettings().value(keys.DEFAULT_ROUND_MINUTES, ROUND_MINUTES)
    try:
        minutes = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return ROUND_MINUTES
    low, high = ROUND_MINUTES_RANGE
    return minutes if low <= minutes <= high else ROUND_MINUTES


def set_default_round_minutes(minutes: int) -> None:
    low, high = ROUND_MINUTES_RANGE
    if not low <= minutes <= high:
        raise ValueError(f"a round lasts {low} to {high} minutes")
    QSettings().setValue(keys.DEFAULT_ROUND_MINUTES, minutes)


def report_appendix() -> bool:
    """Whether reports are exported with the appendix (every contribution, the organisations)."""
    value = QSettings().value(keys.REPORT_APPENDIX, False)
    return value is True or str(value).lower() == "true"


def set_report_appendix(on: bool) -> None:
    QSettings().setValue(keys.REPORT_APPENDIX, bool(on))


def default_logo() -> Logo | None:
    """The logo new events get, or None (none chosen, or its copy has gone)."""
    name = str(QSettings().value(keys.REPORT_LOGO, "") or "")
    mime = next((m for m, suffix in LOGO_SUFFIXES.items() if name.endswith(suffix)), None)
    if not name or mime is None:
        return None
    try:
        data = (config_dir() / Path(name).name).read_bytes()
    except OSError:
        return None
    return Logo(data, mime) if data else None


def set_default_logo(logo: Logo | None) -> None:
    """Keep a copy of ``logo`` for new events (None: new events get no logo)."""
    settings = QSettings()
    old = str(settings.value(keys.REPORT_LOGO, "") or "")
    if logo is None:
        settings.remove(keys.REPORT_LOGO)
    else:
        suffix = LOGO_SUFFIXES.get(logo.mime)
        if suffix is None:
            raise ValueError(f"unsupported logo type {logo.mime!r}")
        if len(logo.data) > MAX_LOGO_BYTES:
            raise ValueError("logo too large")
        name = LOGO_STEM + suffix
        folder = config_dir()
        secure_app_folder(folder)
        atomic_write_bytes(folder / name, logo.data)
        settings.setValue(keys.REPORT_LOGO, name)
        if old == name:
            return
    if old:
        with contextlib.suppress(OSError):
            (config_dir() / Path(old).name).unlink(missing_ok=True)


def backup_policy() -> BackupPolicy:
    return load_policy()


def set_backup_policy(policy: BackupPolicy) -> None:
    save_policy(policy)


def database_url() -> str:
    """The server URL chosen in the settings; empty: the database file on this laptop."""
    url = str(QSettings().value(keys.DATABASE_URL, "") or "").strip()
    return "" if url and settings_problem(url) else url  # a value edited by hand with a password: ignored


def set_database_url(url: str) -> None:
    """Keep a server URL (empty: the file); ValueError with the Dutch reason when it may not be kept."""
    url = url.strip()
    problem = settings_problem(url) if url else None
    if problem:
        raise ValueError(problem)
    QSettings().setValue(keys.DATABASE_URL, url)
