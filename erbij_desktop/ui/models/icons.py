"""Small icons drawn in code (a star for highlighted contributions, a phone for what a table host sent),
so no font needs the glyph."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

STAR_FILL = QColor("#e0a000")
STAR_EDGE = QColor("#a86f00")
DEVICE_EDGE = QColor("#2f5d8a")
SIZE = 16


def _star_polygon(size: float) -> QPolygonF:
    centre = size / 2
    outer, inner = size * 0.48, size * 0.2
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre + radius * math.cos(angle), centre + 0.5 + radius * math.sin(angle)))
    return QPolygonF(points)


def _pixmap(scale: int) -> QPixmap:
    pixmap = QPixmap(SIZE * scale, SIZE * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


@cache
def star_icon() -> QIcon:
    """A filled amber star: 'uitgelicht', goes into the report's selection."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = _pixmap(scale)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(STAR_EDGE, 0.8))
        painter.setBrush(STAR_FILL)
        painter.drawPolygon(_star_polygon(SIZE))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def blank_icon() -> QIcon:
    """Same size as the star, empty: keeps the times of plain rows aligned with starred ones."""
    icon = QIcon()
    icon.addPixmap(_pixmap(1))
    return icon


@cache
def device_icon() -> QIcon:
    """A small phone: sent from a table host's own phone or laptop ("via de tafel")."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = _pixmap(scale)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(DEVICE_EDGE, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(4.5, 1.5, 7, 13), 1.6, 1.6)
        painter.setBrush(DEVICE_EDGE)
        painter.drawEllipse(QPointF(8, 12.2), 0.7, 0.7)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
