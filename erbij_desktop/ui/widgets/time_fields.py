"""Line edits for an optional time or date, quick to type and easy to clear.

Facilitators type "9.30", "0930" or "09:30"; an empty field means "no time".
``value()`` returns the parsed value or raises ``ValueError`` with a sentence
for the field's error label. Dates accept "20-2-2018", "20-02-2018" and
"2018-02-20"; the date field also has a calendar button.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_TIME = re.compile(r"^(\d{1,2})(?:[:.h ]?(\d{2}))?$")
_DMY = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_time(text: str) -> dt.time | None:
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if len(match.group(1)) <= 2 and hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValueError(text)


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif match := _YMD.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValueError(text)
    return dt.date(year, month, day)  # ValueError for 31-2-2018


class TimeEdit(QLineEdit):
    """An optional time, shown as HH:MM."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("uu:mm"))
        self.setMaxLength(5)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00") + 28)

    def value(self) -> dt.time | None:
        try:
            return parse_time(self.text())
        except ValueError:
            raise ValueError(self.tr("Vul een tijd in als 09:30 (of laat het veld leeg).")) from None

    def set_value(self, value: dt.time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")


class DateEdit(QWidget):
    """An optional date as dd-mm-jjjj, with a calendar pop-up button."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.line.setFixedWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 24)
        self.line.editingFinished.connect(self.editingFinished)
        layout.addWidget(self.line)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Kies een datum in de kalender"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(self.button.focusPolicy().NoFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(False)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def isModified(self) -> bool:
        return self.line.isModified()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def value(self) -> dt.date | None:
        try:
            return parse_date(self.line.text())
        except ValueError:
            raise ValueError(self.tr("Vul een datum in als 20-02-2018 (of laat het veld leeg).")) from None

    def set_value(self, value: dt.date | None) -> None:
        self.line.setText(value.strftime("%d-%m-%Y") if value else "")

    def _prepare_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        day = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.line.setModified(True)
        menu = self.button.menu()
        if menu is not None:
            menu.close()
        self.editingFinished.emit()
