"""Dutch wording for live mode that several widgets share, through Qt's translation.

Kept in one place so the panel, the programme clock and the beamer say
"3 min achter op schema" the same way, and an English translation has one
context ("Live") to fill in.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.programme_clock import ItemTimes

CONTEXT = "Live"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def kind_label(kind: ProgrammeKind) -> str:
    labels = {
        ProgrammeKind.OPENING: tr("Opening"),
        ProgrammeKind.TALK: tr("Presentatie"),
        ProgrammeKind.INTERVIEW: tr("Interview"),
        ProgrammeKind.PANEL: tr("Panel"),
        ProgrammeKind.ROUNDTABLE: tr("Rondetafelgesprek"),
        ProgrammeKind.BREAK: tr("Pauze"),
        ProgrammeKind.CLOSING: tr("Afsluiting"),
        ProgrammeKind.OTHER: tr("Programma"),
    }
    return labels[ProgrammeKind(kind)]


def item_title(item: ItemTimes) -> str:
    """The item's heading, or its kind when it has none (an opening often has no heading)."""
    return item.heading or kind_label(item.kind)


def round_label(number: int, title: str) -> str:
    """'Ronde 1 · Eenzaamheid signaleren'; a title that already says 'Ronde …' stays as it is."""
    title = title.strip()
    prefix = tr("Ronde %1").replace("%1", str(number))
    if not title:
        return prefix
    if title.casefold().startswith(prefix.split()[0].casefold()):
        return title
    return f"{prefix} · {title}"


def describe_delay(minutes: int | None) -> str:
    """'op schema', '4 min achter op schema', '2 min voor op schema', or 'nog niet begonnen'."""
    if minutes is None:
        return tr("Nog niet begonnen")
    if minutes == 0:
        return tr("Op schema")
    if minutes > 0:
        return tr("%n min achter op schema", "", minutes)
    return tr("%n min voor op schema", "", -minutes)


def signed_minutes(delta: dt.timedelta | None) -> str:
    """'+4', '−2' or '0' minutes for a table cell; empty when unknown."""
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() / 60)
    if minutes == 0:
        return "0"
    return f"+{minutes}" if minutes > 0 else f"−{-minutes}"


def local_hhmm(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment is not None else ""
