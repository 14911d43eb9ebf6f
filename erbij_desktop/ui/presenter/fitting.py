"""Fonts that fit: the largest size at which a text fills its box without overflowing.

The beamer window can be any size, from a small preview to a 4K projector;
every text on it is sized from the box it has, never from a fixed point size.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


def make_font(family: str, pixel_size: float, *, bold: bool = False, tabular: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    if tabular:  # digits of equal width, so a countdown does not wobble as it runs
        font.setFeature(QFont.Tag("tnum"), 1)
    return font


def fits(font: QFont, text: str, box: QRectF, flags: int = WRAP) -> bool:
    bounds = QFontMetricsF(font).boundingRect(box, flags, text)
    return bounds.height() <= box.height() + 0.5 and bounds.width() <= box.width() + 0.5


def fitted_font(
    family: str,
    text: str,
    box: QRectF,
    *,
    largest: float,
    smallest: float,
    bold: bool = False,
    flags: int = WRAP,
) -> QFont:
    """The biggest font (between ``smallest`` and ``largest`` pixels) that fits ``text`` in ``box``."""
    low, high = max(1.0, smallest), max(1.0, largest)
    if fits(make_font(family, high, bold=bold), text, box, flags):
        return make_font(family, high, bold=bold)
    while high - low > 1:
        middle = (low + high) / 2
        if fits(make_font(family, middle, bold=bold), text, box, flags):
            low = middle
        else:
            high = middle
    return make_font(family, low, bold=bold)
