"""The beamer's picture: question or programme item, countdown, clock and message.

``StageView`` paints everything itself, laid out in units of the window's
size (1/16 of a 16:9 width), so the same picture reads from the back of a
hall on a projector and still fits a small preview window. It only listens
to the ``LiveController``; it never changes live state.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTime
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from erbij_desktop.domain.timer import TimerPhase, TimerReading
from erbij_desktop.ui.live.controller import LiveController, StageContent
from erbij_desktop.ui.qt_fonts import SERIF_FONTS, register_fonts

from . import palette
from .fitting import fitted_font, make_font

FLASH_SECONDS = 8.0
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class StageView(QWidget):
    def __init__(
        self,
        controller: LiveController,
        parent: QWidget | None = None,
        *,
        wall_clock: Callable[[], QTime] = QTime.currentTime,
    ) -> None:
        super().__init__(parent)
        register_fonts(SERIF_FONTS)  # palette.SERIF: not needed before the stage shows
        self._controller = controller
        self._wall_clock = wall_clock
        self._content: StageContent = controller.content()
        self._reading: TimerReading = controller.reading()
        self._message = controller.message
        self._clock = ""
        self._flash_until = 0.0
        self.headline_pixel_size = 0  # of the last paint: the type follows the window's size
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        controller.content_changed.connect(self._on_content)
        controller.timer_changed.connect(self._on_timer)
        controller.message_changed.connect(self._on_message)
        controller.time_up.connect(self._on_time_up)
        self._refresh_clock()

    # -- what is shown (read by tests and by the facilitator's preview) ----------------------------
    @property
    def kicker_text(self) -> str:
        return self._content.kicker

    @property
    def headline_text(self) -> str:
        return self._content.headline

    @property
    def detail_text(self) -> str:
        return self._content.detail

    @property
    def countdown_text(self) -> str:
        return self._reading.display if self._content.show_timer else ""

    @property
    def status_text(self) -> str:
        if not self._content.show_timer:
            return ""
        phase = self._reading.phase
        if phase is TimerPhase.ENDED:
            return self.tr("Tijd is om")
        # Paused is the facilitator's business (Live says so): the room sees the clock stand still.
        if phase is TimerPhase.WARNING:
            return self.tr("Bijna tijd — rond af")
        return ""

    @property
    def message_text(self) -> str:
        return self._message

    @property
    def phase(self) -> TimerPhase:
        return self._reading.phase

    def is_flashing(self) -> bool:
        return time.monotonic() < self._flash_until

    # -- listening ---------------------------------------------------------------------------------
    def _on_content(self) -> None:
        self._content = self._controller.content()
        self._flash_until = 0.0
        self.update()

    def _on_timer(self, reading: TimerReading) -> None:
        changed = (
            reading.display != self._reading.display
            or reading.phase is not self._reading.phase
            or reading.paused != self._reading.paused
            or reading.duration != self._reading.duration
        )
        self._reading = reading
        if self._flash_until and not self.is_flashing():
            self._flash_until = 0.0  # the flashing is over: one last repaint in steady red
            changed = True
        if self._refresh_clock() or changed or self._flash_until:
            self.update()

    def _on_message(self, message: str) -> None:
        self._message = message
        self.update()

    def _on_time_up(self) -> None:
        self._flash_until = time.monotonic() + FLASH_SECONDS
        self.update()

    def _refresh_clock(self) -> bool:
        clock = self._wall_clock().toString("HH:mm")
        changed = clock != self._clock
        self._clock = clock
        return changed

    # -- painting ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width, height = float(self.width()), float(self.height())
        painter.fillRect(self.rect(), palette.BACKGROUND)
        unit = min(width / 16, height / 9)
        margin = 0.45 * unit
        inner = QRectF(margin, margin, width - 2 * margin, height - 2 * margin)
        top = self._paint_top_bar(painter, inner, unit)
        bottom = inner.bottom()
        if self._content.show_timer:
            bottom = self._paint_countdown(painter, inner, unit)
        if self._message:
            bottom = self._paint_message(painter, inner, bottom, unit)
        self._paint_headline(painter, QRectF(inner.left(), top, inner.width(), bottom - top), unit)
        painter.end()

    def _paint_top_bar(self, painter: QPainter, inner: QRectF, unit: float) -> float:
        bar = QRectF(inner.left(), inner.top(), inner.width(), 0.62 * unit)
        clock_font = make_font(palette.SANS, 0.40 * unit, bold=True, tabular=True)
        painter.setFont(clock_font)
        painter.setPen(palette.MUTED)
        clock_box = QRectF(bar.right() - 2.4 * unit, bar.top(), 2.4 * unit, bar.height())
        painter.drawText(clock_box, RIGHT, self._clock)
        kicker_font = make_font(palette.SANS, 0.36 * unit, bold=True)
        painter.setFont(kicker_font)
        painter.setPen(palette.ACCENT)
        kicker_box = QRectF(bar.left(), bar.top(), bar.width() - 2.8 * unit, bar.height())
        elided = painter.fontMetrics().elidedText(
            self._content.kicker, Qt.TextElideMode.ElideRight, int(kicker_box.width())
        )
        painter.drawText(kicker_box, LEFT, elided)
        painter.setPen(palette.RULE)
        y = bar.bottom() + 0.12 * unit
        painter.drawLine(int(bar.left()), int(y), int(bar.right()), int(y))
        return y + 0.35 * unit

    def _paint_headline(self, painter: QPainter, box: QRectF, unit: float) -> None:
        if box.height() <= unit * 0.5:
            return
        detail = self._content.detail
        detail_height = 0.8 * unit if detail else 0.0
        text_box = QRectF(box.left() + 0.2 * unit, box.top(), box.width() - 0.4 * unit, box.height())
        text_box.setHeight(box.height() - detail_height)
        serif = self._content.show_timer  # a question reads best in the serif
        family = palette.SERIF if serif else palette.SANS
        font = fitted_font(
            family, self._content.headline, text_box, largest=1.05 * unit, smallest=0.3 * unit, bold=not serif
        )
        self.headline_pixel_size = font.pixelSize()
        painter.setFont(font)
        painter.setPen(palette.TEXT)
        flags = CENTRE | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(text_box, flags, self._content.headline)
        if detail:
            detail_box = QRectF(box.left(), text_box.bottom(), box.width(), detail_height)
            painter.setFont(
                fitted_font(palette.SANS, detail, detail_box, largest=0.42 * unit, smallest=0.2 * unit)
            )
            painter.setPen(palette.MUTED)
            painter.drawText(detail_box, flags, detail)

    def _paint_countdown(self, painter: QPainter, inner: QRectF, unit: float) -> float:
        reading = self._reading
        colour = palette.phase_colour(reading.phase, reading.paused)
        bar_height = 0.14 * unit
        block = QRectF(inner.left(), inner.bottom() - 2.1 * unit, inner.width(), 2.1 * unit - bar_height * 2)
        flashing = self.is_flashing() and int(time.monotonic() * 2) % 2 == 0
        if flashing:
            painter.fillRect(block.adjusted(-inner.left(), 0, inner.left(), 0), palette.FLASH)
            colour = palette.TEXT
        painter.setFont(make_font(palette.SANS, 1.6 * unit, bold=True, tabular=True))
        painter.setPen(colour)
        painter.drawText(block, CENTRE, reading.display)
        status = self.status_text
        if status:
            painter.setFont(make_font(palette.SANS, 0.42 * unit, bold=True))
            status_box = QRectF(block.left(), block.top(), block.width() * 0.3, block.height())
            painter.drawText(status_box, LEFT | int(Qt.TextFlag.TextWordWrap), status)
        track = QRectF(inner.left(), inner.bottom() - bar_height, inner.width(), bar_height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.TRACK)
        painter.drawRoundedRect(track, bar_height / 2, bar_height / 2)
        left = reading.fraction_left if reading.phase is not TimerPhase.ENDED else 0.0
        if left > 0:
            painter.setBrush(colour)
            filled = QRectF(track.left(), track.top(), max(bar_height, track.width() * left), bar_height)
            painter.drawRoundedRect(filled, bar_height / 2, bar_height / 2)
        return block.top() - 0.2 * unit

    def _paint_message(self, painter: QPainter, inner: QRectF, bottom: float, unit: float) -> float:
        band = QRectF(inner.left(), bottom - 1.05 * unit, inner.width(), 1.05 * unit)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.MESSAGE_BACKGROUND)
        painter.drawRoundedRect(band, 0.18 * unit, 0.18 * unit)
        text_box = band.adjusted(0.4 * unit, 0.1 * unit, -0.4 * unit, -0.1 * unit)
        painter.setFont(
            fitted_font(
                palette.SANS, self._message, text_box, largest=0.55 * unit, smallest=0.2 * unit, bold=True
            )
        )
        painter.setPen(palette.MESSAGE_TEXT)
        painter.drawText(text_box, CENTRE | int(Qt.TextFlag.TextWordWrap), self._message)
        return band.top() - 0.3 * unit
