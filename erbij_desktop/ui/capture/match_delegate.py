"""Search results paint what the query matched: a soft yellow under the matched letters.

The model says where (``MATCH_ROLE``: stretches of the cell's shown text). The
delegate lays the yellow down first and then lets the style paint the cell as
always (the view has painted the row's background already), so the text is
drawn by Qt's own code: the same font, colour and eliding as every other cell,
and only one short Python step more per marked cell (a keystroke repaints the
visible results, and a Python text layout per cell cost several milliseconds).
In the selected row the selection hides the yellow, so the marks become a line
under the letters. Editing is the list's own (names complete as there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from erbij_desktop.ui.models.contributions import MATCH_ROLE, Col

from .contribution_list import _CellDelegate

_Index = QModelIndex | QPersistentModelIndex
# Calm on white, on the alternate rows and under the dark text.
MATCH_BACKGROUND = QColor("#ffe58f")
UNDERLINE = 2.0


class MatchDelegate(_CellDelegate):
    def __init__(self, names: Callable[[Col], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(names, parent)
        # (shown text, room, spans) -> (left, width) of the marks: a keystroke paints each cell twice.
        self._cache: dict[tuple[str, int, tuple[tuple[int, int], ...]], list[tuple[int, int]]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        spans = index.data(MATCH_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        marks = self._marks(option, index, spans)
        if not selected:
            for mark in marks:
                painter.fillRect(mark, MATCH_BACKGROUND)
        super().paint(painter, option, index)
        if selected:
            for mark in marks:
                painter.fillRect(
                    QRectF(mark.left(), mark.bottom() - UNDERLINE, mark.width(), UNDERLINE), MATCH_BACKGROUND
                )

    def _marks(
        self, option: QStyleOptionViewItem, index: _Index, spans: list[tuple[int, int]]
    ) -> list[QRectF]:
        """Where the matched stretches are drawn: the style's text rectangle, its eliding, its font."""
        margin = _text_margin(option.widget)
        rect = option.rect.adjusted(margin, 0, -margin, 0)
        metrics = option.fontMetrics
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        key = (text, rect.width(), tuple(spans))
        stretches = self._cache.get(key)
        if stretches is None:
            if len(self._cache) > 2000:  # only the visible cells are painted: keep it small
                self._cache.clear()
            stretches = self._cache[key] = _stretches(metrics, text, rect.width(), spans)
        height = metrics.height()
        top = rect.top() + (rect.height() - height) / 2
        return [QRectF(rect.left() + left, top, width, height) for left, width in stretches]


def _stretches(
    metrics: QFontMetrics, text: str, room: int, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(left, width) of each matched stretch that shows; an elided cell ends in "…" (no full measuring:
    long texts are shown 600 characters long, and only the start of them fits)."""
    full = metrics.horizontalAdvance(text) if len(text) < 80 else room + 1
    limit = room if full <= room else room - metrics.horizontalAdvance("…")
    found = []
    for start, length in spans:
        left = metrics.horizontalAdvance(text[:start])
        if left >= limit:
            break
        width = min(metrics.horizontalAdvance(text[start : start + length]), limit - left)
        found.append((left, width))
    return found


def _text_margin(widget: QWidget | None) -> int:
    """The gap Qt's styles leave left and right of an item view's text."""
    style = widget.style() if widget is not None else None
    if style is None:
        return 3
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
