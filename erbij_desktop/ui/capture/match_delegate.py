"""Search results paint what the query matched: a soft yellow under the matched letters.

The model says where (``MATCH_ROLE``: stretches of the cell's shown text); this
delegate draws the cell as the style does (background, selection, focus) and
then the text itself, elided like the list's other cells, with those stretches
marked. Cells without a match are left to the style. Editing is the list's own
(names complete as there).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from erbij_desktop.ui.models.contributions import MATCH_ROLE

from .contribution_list import _CellDelegate

_Index = QModelIndex | QPersistentModelIndex
# Calm on white, on the alternate rows and under the selection; dark text stays readable on it.
MATCH_BACKGROUND = QColor("#ffe58f")
MATCH_TEXT = QColor("#1f1f1f")


class MatchDelegate(_CellDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        spans = index.data(MATCH_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        shown = opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        layout = QTextLayout(shown, opt.font)
        layout.setFormats(_formats(spans, len(shown) - (len(shown) < len(text))))
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(float(1 << 20))
        layout.endLayout()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()


def _formats(spans: list[tuple[int, int]], visible: int) -> list[QTextLayout.FormatRange]:
    """Marks for the stretches that are still visible (an elided cell cuts some off)."""
    marked = QTextCharFormat()
    marked.setBackground(MATCH_BACKGROUND)
    marked.setForeground(MATCH_TEXT)
    formats = []
    for start, length in spans:
        if start >= visible:
            break
        mark = QTextLayout.FormatRange()
        mark.start = start
        mark.length = min(length, visible - start)
        mark.format = marked
        formats.append(mark)
    return formats
