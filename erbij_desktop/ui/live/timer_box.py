"""The facilitator's timer controls: the countdown as the room sees it, start/pause, +1, +5.

Every button calls the LiveController; the countdown shown here comes from
the same readings the beamer paints, so the two never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from erbij_desktop.domain.timer import MAX_MINUTES, MIN_MINUTES, TimerPhase, TimerReading, format_seconds

from .controller import LiveController

_COLOURS = {
    TimerPhase.READY: "palette(mid)",
    TimerPhase.RUNNING: "palette(window-text)",
    TimerPhase.WARNING: "#b86e00",
    TimerPhase.ENDED: "#c0271d",
}


class TimerBox(QGroupBox):
    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rondetimer"), parent)
        self._controller = controller
        self.countdown = QLabel("30:00")
        self.countdown.setObjectName("liveCountdown")
        font = QFont(self.countdown.font())
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        font.setFeature(QFont.Tag("tnum"), 1)
        self.countdown.setFont(font)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toggle_button = QPushButton(self.tr("Starten"))
        self.toggle_button.setToolTip(self.tr("Start, pauzeer of hervat de timer (F6)"))
        self.plus_one = QPushButton(self.tr("+1 min"))
        self.plus_one.setToolTip(self.tr("Eén minuut erbij (F7)"))
        self.plus_five = QPushButton(self.tr("+5 min"))
        self.plus_five.setToolTip(self.tr("Vijf minuten erbij (Shift+F7)"))
        self.reset_button = QPushButton(self.tr("Opnieuw"))
        self.reset_button.setToolTip(self.tr("Terug naar de geplande duur, gestopt"))
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(
            self.tr("Duur van de ronde (5 tot 90 minuten); aan te passen zolang de timer niet loopt")
        )
        self.auto_start = QCheckBox(self.tr("Automatisch starten bij een nieuwe ronde"))
        self.auto_start.setChecked(controller.auto_start)

        buttons = QHBoxLayout()
        for button in (self.toggle_button, self.plus_one, self.plus_five, self.reset_button):
            buttons.addWidget(button)
        layout = QGridLayout(self)
        layout.addWidget(self.countdown, 0, 0, 1, 2)
        layout.addWidget(self.status, 1, 0, 1, 2)
        layout.addLayout(buttons, 2, 0, 1, 2)
        duration = QLabel(self.tr("Duur:"))
        duration.setBuddy(self.minutes)
        layout.addWidget(duration, 3, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.minutes, 3, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.auto_start, 4, 0, 1, 2)

        self.toggle_button.clicked.connect(controller.toggle_timer)
        self.plus_one.clicked.connect(lambda: controller.extend_timer(1))
        self.plus_five.clicked.connect(lambda: controller.extend_timer(5))
        self.reset_button.clicked.connect(controller.reset_timer)
        self.minutes.valueChanged.connect(self._on_minutes)
        self.auto_start.toggled.connect(controller.set_auto_start)
        controller.timer_changed.connect(self._show)
        self._show(controller.reading())

    def _on_minutes(self, minutes: int) -> None:
        if not self._controller.timer_started:
            self._controller.set_minutes(minutes)

    def _show(self, reading: TimerReading) -> None:
        text = reading.display
        if reading.overrun >= 1:
            text = f"{text}  (+{format_seconds(reading.overrun)})"
        if self.countdown.text() != text:
            self.countdown.setText(text)
        colour = _COLOURS[reading.phase] if not reading.paused else "palette(mid)"
        style = f"QLabel#liveCountdown {{ color: {colour}; }}"
        if self.countdown.styleSheet() != style:
            self.countdown.setStyleSheet(style)
        self.status.setText(self._status(reading))
        self.toggle_button.setText(
            self.tr("Pauzeren")
            if reading.running
            else self.tr("Hervatten")
            if reading.paused
            else self.tr("Starten")
        )
        self.plus_one.setEnabled(self._controller.can_extend(1))
        self.plus_five.setEnabled(self._controller.can_extend(5))
        started = reading.running or reading.paused
        self.minutes.setEnabled(not started)
        planned = round(reading.duration / 60)
        # Running or not, the box shows the minutes of the countdown the room sees (issue 16, item 10).
        if self.minutes.value() != planned and MIN_MINUTES <= planned <= MAX_MINUTES:
            self.minutes.blockSignals(True)
            self.minutes.setValue(planned)
            self.minutes.blockSignals(False)

    def _status(self, reading: TimerReading) -> str:
        if reading.phase is TimerPhase.ENDED:
            return self.tr("Tijd is om — %1 over tijd").replace("%1", format_seconds(reading.overrun))
        if reading.paused:
            return self.tr("Gepauzeerd")
        if reading.phase is TimerPhase.WARNING:
            return self.tr("Nog minder dan 2 minuten")
        if reading.phase is TimerPhase.RUNNING:
            return self.tr("Loopt — %1 min gepland").replace("%1", str(round(reading.duration / 60)))
        return self.tr("Klaar om te starten")
