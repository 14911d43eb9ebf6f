"""How a photo looks in the photo list: thumbnail, caption on one line, where it goes below it.

Both lines are shortened with "…" to the width of the list, so a long
caption never pushes the placement out of sight; a photo without consent
says so in red instead of its place.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .photo_model import NOTE_ROLE, THUMB, TITLE_ROLE

PAD = 5

_Index = QModelIndex | QPersistentModelIndex


class PhotoDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(THUMB.width() + 160, THUMB.height() + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.topLeft(), THUMB), Qt.AlignmentFlag.AlignCenter)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_rect = rect.adjusted(THUMB.width() + 8, 0, 0, 0)
        metrics = QFontMetrics(option.font)
        painter.save()
        painter.setPen(
            opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        title = metrics.elidedText(
            str(index.data(TITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        top = text_rect.top() + (text_rect.height() - 2 * metrics.lineSpacing()) // 2
        painter.drawText(QRect(text_rect.left(), top, text_rect.width(), metrics.lineSpacing()), 0, title)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        note_colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if not selected:
            painter.setPen(
                note_colour
                if note_colour is not None
                else opt.palette.color(QPalette.ColorRole.PlaceholderText)
            )
        note = QFontMetrics(small).elidedText(
            str(index.data(NOTE_ROLE) or ""), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            QRect(text_rect.left(), top + metrics.lineSpacing(), text_rect.width(), metrics.lineSpacing()),
            0,
            note,
        )
        painter.restore()
