"""The words a contribution row shows besides its cells' own values: time of day, one line, tooltip.

Split from the model (``contributions``): they are painted again and again, so
the time and the one-line text are worked out once per value (cached), and the
tooltip says where a row came from and what the report does with it.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QCoreApplication

from erbij_desktop.domain.contribution_rows import SOURCE_DEVICE, ContributionRow

DISPLAY_MAX = 600
TOOLTIP_MAX = 1500
# app.outbox.SOURCE_WAITING: typed while the server could not be reached, kept on this laptop until it can.
SOURCE_WAITING = "waiting"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContributionModel", text)


@functools.lru_cache(maxsize=4096)
def clock(moment: dt.datetime) -> str:
    """The local time of day a row shows (painted again and again: worked out once per moment)."""
    return moment.astimezone().strftime("%H:%M")


@functools.lru_cache(maxsize=4096)
def one_line(text: str, limit: int = DISPLAY_MAX) -> str:
    flat = text.replace("\n", "  ")
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


def tooltip(row: ContributionRow) -> str:
    text = row.text if len(row.text) <= TOOLTIP_MAX else row.text[:TOOLTIP_MAX].rstrip() + "…"
    html = escape(text).replace("\n", "<br>")
    extra = []
    if row.attribution:
        extra.append(escape(row.attribution))
    if row.tags:
        extra.append(escape(", ".join(f"#{t}" for t in row.tags)))
    if row.report_text is not None:
        extra.append(_tr("In het verslag: %1").replace("%1", escape(one_line(row.report_text, 300))))
    if row.source == SOURCE_DEVICE:
        extra.append(_tr("Via de tafel: getypt op de telefoon of laptop van de tafelhost"))
    if row.hidden:
        extra.append(_tr("Verborgen: blijft bewaard, maar komt niet in het verslag"))
    if row.source == SOURCE_WAITING:
        extra.append(_tr("Wacht op de server: bewaard op deze laptop, bezorgd zodra er weer verbinding is"))
    if len(row.text) > TOOLTIP_MAX:
        extra.append(_tr("%1 tekens").replace("%1", f"{len(row.text):,}".replace(",", ".")))
    tail = "".join(f"<br><i>{part}</i>" for part in extra)
    return f"<p style='white-space:pre-wrap'>{html}{tail}</p>"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
