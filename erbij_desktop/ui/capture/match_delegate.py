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

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from erbij_desktop.ui.models.contributions import MATCH_ROLE

from .contribution_list import _CellDelegate

_Index = QModelIndex | QPersistentModelIndex
# Calm on white, on the alternate rows and under the dark text.
MATCH_BACKGROUND = QColor("#ffe58f")
UNDERLINE = 2.0


class MatchDelegate(_CellDelegate):
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
        widget = option.widget
        margin = _text_margin(widget)
        rect = option.rect.adjusted(margin, 0, -margin, 0)
        metrics = option.fontMetrics
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        visible = len(shown) - (shown != text)  # an elided cell ends in "…"
        height = metrics.height()
        top = rect.top() + (rect.height() - height) / 2
        marks = []
        for start, length in spans:
            if start >= visible:
                break
            end = min(start + length, visible)
            left = rect.left() + metrics.horizontalAdvance(shown[:start])
            width = metrics.horizontalAdvance(shown[start:end])
            marks.append(QRectF(left, top, width, height))
        return marks


def _text_margin(widget: QWidget | None) -> int:
    """The gap Qt's styles leave left and right of an item view's text."""
    style = widget.style() if widget is not None else None
    if style is None:
        return 3
    return style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
