"""Colours of the beamer view: light type on a dark ground, readable in a lit hall.

A dark background glares less on a projection screen and makes the
countdown's warning (amber) and end (red) colours stand out from far away.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from erbij_desktop.domain.timer import TimerPhase

BACKGROUND = QColor("#0e1621")
TEXT = QColor("#f3f0e8")
MUTED = QColor("#9fb0c3")
ACCENT = QColor("#5cc8c1")
RULE = QColor("#24364a")
TRACK = QColor("#1d2b3b")
WARNING = QColor("#ffb02e")
ENDED = QColor("#ff5a4f")
FLASH = QColor("#b3261e")
MESSAGE_BACKGROUND = QColor("#ffd166")
MESSAGE_TEXT = QColor("#151a21")

SERIF = "Noto Serif"
SANS = "Noto Sans"


def phase_colour(phase: TimerPhase, paused: bool) -> QColor:
    if phase is TimerPhase.ENDED:
        return ENDED
    if phase is TimerPhase.WARNING:
        return WARNING
    if phase is TimerPhase.READY or paused:
        return MUTED
    return TEXT
