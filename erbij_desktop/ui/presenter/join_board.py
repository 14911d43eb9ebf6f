"""The beamer's "schrijf mee" board: every table's QR code with its name, so the hosts join at once.

Shown instead of the stage while the facilitator has "QR-codes op het scherm"
on in the Live tab (and the capture server runs); the stage comes back when
it is switched off. Painted, like the stage, on the beamer's dark ground; the
codes keep their white quiet zone, so phones read them from the back of a
hall. The link itself is written under each code for who types it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from . import palette

if TYPE_CHECKING:
    from erbij_desktop.report.join_cards import JoinCard  # ReportLab only when printing


class JoinBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinBoard")
        self.setAutoFillBackground(False)
        self._cards: list[JoinCard] = []
        self._codes: dict[str, QPixmap] = {}

    @property
    def cards(self) -> list[JoinCard]:
        return list(self._cards)

    def set_cards(self, cards: Sequence[JoinCard]) -> None:
        from erbij_desktop.report.qr import qr_png

        self._cards = list(cards)
        codes: dict[str, QPixmap] = {}
        for card in self._cards:
            pixmap = self._codes.get(card.link)
            if pixmap is None:
                pixmap = QPixmap()
                pixmap.loadFromData(qr_png(card.link, scale=8))
            codes[card.link] = pixmap
        self._codes = codes
        self.setAccessibleDescription(", ".join(card.table_name for card in self._cards))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # crisp modules
        painter.fillRect(self.rect(), palette.BACKGROUND)
        unit = min(self.width(), self.height() * 16 / 9) / 100
        title_height = unit * 7
        font = QFont(palette.SANS)
        font.setPixelSize(max(12, int(unit * 3.2)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.TEXT)
        painter.drawText(
            QRectF(unit * 3, unit * 1.5, self.width() - unit * 6, title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Schrijf mee: scan de QR-code van je tafel"),
        )
        if not self._cards:
            return
        area = QRectF(
            unit * 3,
            title_height + unit * 2,
            self.width() - unit * 6,
            self.height() - title_height - unit * 4,
        )
        columns = max(1, math.ceil(math.sqrt(len(self._cards) * area.width() / max(area.height(), 1))))
        rows = math.ceil(len(self._cards) / columns)
        cell_w, cell_h = area.width() / columns, area.height() / rows
        label_font = QFont(palette.SANS)
        label_font.setPixelSize(max(10, int(min(cell_h * 0.09, unit * 2.6))))
        link_font = QFont(palette.SANS)
        link_font.setPixelSize(max(8, int(min(cell_h * 0.045, unit * 1.3))))
        for n, card in enumerate(self._cards):
            cell = QRectF(
                area.left() + (n % columns) * cell_w, area.top() + (n // columns) * cell_h, cell_w, cell_h
            )
            side = max(0.0, min(cell_w * 0.8, cell_h * 0.68))
            code = QRectF(cell.center().x() - side / 2, cell.top() + cell_h * 0.04, side, side)
            painter.drawPixmap(code.toRect(), self._codes[card.link])
            painter.setFont(label_font)
            painter.setPen(palette.TEXT)
            painter.drawText(
                QRectF(cell.left(), code.bottom(), cell_w, cell_h * 0.15),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                card.table_name,
            )
            painter.setFont(link_font)
            painter.setPen(palette.MUTED)
            painter.drawText(
                QRectF(cell.left(), code.bottom() + cell_h * 0.14, cell_w, cell_h * 0.1),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                card.link,
            )
        painter.end()
