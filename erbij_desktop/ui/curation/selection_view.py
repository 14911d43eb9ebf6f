"""The "In het verslag" list: numbered, wrapped like the report's bullets, reorderable.

Rows are dragged to a new place (or dragged in from the other list); from the
keyboard Alt+Up / Alt+Down move the current row and Delete leaves it out of
the report. Each row shows its number, the wording the report will print (up
to ``MAX_LINES`` lines), who said it, and whether the wording was edited.
An empty list says what to do instead of showing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from erbij_desktop.domain.contribution_rows import ContributionRow
from erbij_desktop.ui.models.contributions import ROW_ROLE

from .models import ATTRIBUTION_ROLE, NUMBER_ROLE, REWORDED_COLOUR, REWORDED_ROLE, SelectionModel

MAX_LINES = 4
PAD = 6
NUMBER_WIDTH = 28

_Index = QModelIndex | QPersistentModelIndex


class SelectionDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.88, 7.0))
        return option.font, small

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(width - NUMBER_WIDTH - 2 * PAD, 60)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        font, small = self._fonts(option)
        metrics = QFontMetrics(font)
        width = self._text_width(option)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bound = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        lines = min(MAX_LINES, max(1, round(bound.height() / metrics.lineSpacing())))
        return QSize(width, lines * metrics.lineSpacing() + QFontMetrics(small).lineSpacing() + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font, small = self._fonts(option)
        metrics, small_metrics = QFontMetrics(font), QFontMetrics(small)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setPen(opt.palette.color(role))
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        number = QRect(rect.left(), rect.top(), NUMBER_WIDTH - 4, metrics.lineSpacing())
        painter.drawText(
            number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{index.data(NUMBER_ROLE)}."
        )
        painter.setFont(font)
        text_rect = QRect(
            rect.left() + NUMBER_WIDTH,
            rect.top(),
            self._text_width(option),
            rect.height() - small_metrics.lineSpacing() - PAD,
        )
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setClipRect(text_rect)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, text)
        painter.setClipping(False)
        painter.setFont(small)
        meta = QRect(
            text_rect.left(), text_rect.bottom() + PAD // 2, text_rect.width(), small_metrics.lineSpacing()
        )
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            meta,
            Qt.AlignmentFlag.AlignLeft,
            small_metrics.elidedText(
                str(index.data(ATTRIBUTION_ROLE) or ""), Qt.TextElideMode.ElideRight, meta.width() - 140
            ),
        )
        if index.data(REWORDED_ROLE):
            if not selected:
                painter.setPen(REWORDED_COLOUR)
            painter.drawText(
                meta,
                Qt.AlignmentFlag.AlignRight,
                QApplication.translate("SelectionView", "eigen formulering"),
            )
        painter.restore()


class SelectionView(QListView):
    move_requested = Signal(object, int)  # ContributionRow, -1 up / +1 down
    unpick_requested = Signal(object)  # ContributionRow

    def __init__(self, model: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionList")
        self.setModel(model)
        self.setItemDelegate(SelectionDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.empty_text = ""

    def current_row(self) -> ContributionRow | None:
        index = self.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ContributionRow) else None

    def select_id(self, contribution_id: int) -> bool:
        model = self.model()
        assert isinstance(model, SelectionModel)
        at = model.row_of(contribution_id)
        if at is None:
            return False
        self.setCurrentIndex(model.index(at))
        self.scrollTo(model.index(at))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.current_row()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if (
            row is not None
            and modifiers == Qt.KeyboardModifier.AltModifier
            and key
            in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            )
        ):
            self.move_requested.emit(row, -1 if key == Qt.Key.Key_Up else 1)
            return
        if row is not None and not modifiers and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.unpick_requested.emit(row)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 12, -24, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
