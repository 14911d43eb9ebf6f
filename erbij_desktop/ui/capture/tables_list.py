"""The tables of the room as a list: name and host, how many contributions it has, its shortcut.

Selecting a table shows what it said; the facilitator mostly switches with
Ctrl+1 … Ctrl+9 and Ctrl+PgUp/PgDn while the typing field keeps the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from erbij_desktop.ui.models.table_counts import (
    COUNT_ROLE,
    HOST_ROLE,
    ID_ROLE,
    SHORTCUT_ROLE,
    TableCountsModel,
)

ROW_HEIGHT_LINES = 2.6
BADGE = QColor("#e8eef7")
BADGE_TEXT = QColor("#1f4e8c")
MUTED = QColor("#7a7a7a")


class _TableDelegate(QStyledItemDelegate):
    """Paints 'Tafel 3 / host   Ctrl+3  (12)': name over host, the shortcut hint, a count badge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(160, int(option.fontMetrics.lineSpacing() * ROW_HEIGHT_LINES))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(10, 0, -8, 0)
        metrics = option.fontMetrics
        count = int(index.data(COUNT_ROLE) or 0)
        count_text = str(count)
        badge_width = max(metrics.horizontalAdvance(count_text) + 14, metrics.height() + 6)
        badge = QRect(rect.right() - badge_width, rect.center().y() - metrics.height() // 2 - 2, badge_width,
                      metrics.height() + 4)  # fmt: skip
        shortcut = str(index.data(SHORTCUT_ROLE) or "")
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.82))
        shortcut_width = metrics.horizontalAdvance(shortcut) if shortcut else 0

        host = str(index.data(HOST_ROLE) or "")

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_width = badge.left() - rect.left() - shortcut_width - 12
        font = QFont(option.font)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(palette.color(role))
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        name = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_width)
        if host:
            half = rect.height() // 2
            painter.drawText(QRect(rect.left(), rect.top() + 3, text_width, half - 2), left, name)
            painter.setFont(small)
            painter.setPen(palette.color(role) if selected else MUTED)
            host = QFontMetrics(small).elidedText(host, Qt.TextElideMode.ElideRight, text_width)
            painter.drawText(QRect(rect.left(), rect.top() + half, text_width, half - 4), left, host)
        else:
            painter.drawText(QRect(rect.left(), rect.top(), text_width, rect.height()), left, name)
        if shortcut:
            painter.setFont(small)
            painter.setPen(palette.color(role) if selected else MUTED)
            hint_rect = QRect(
                badge.left() - shortcut_width - 10, rect.top(), shortcut_width + 4, rect.height()
            )
            painter.drawText(
                hint_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), shortcut
            )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 60) if selected else BADGE)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(option.font)
        painter.setPen(palette.color(role) if selected else BADGE_TEXT)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), count_text)
        painter.restore()


class TablesList(QListView):
    table_chosen = Signal(object)  # table id (None: contributions without a table)

    def __init__(self, model: TableCountsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tablesList")
        self.setModel(model)
        self.counts = model
        self.setItemDelegate(_TableDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(170)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click chooses a table; the cursor stays in typing
        self.setAccessibleName(self.tr("Tafels"))
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._quiet = False

    def paintEvent(self, event: QPaintEvent) -> None:
        # Entered from Python, the delegate's painting of every row runs under one hold of the
        # interpreter instead of taking it anew per row (see ContributionList.paintEvent).
        super().paintEvent(event)

    def current_table(self) -> object:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_table(self, table_id: int | None, *, quiet: bool = False) -> bool:
        row = self.counts.row_of(table_id)
        if row is None:
            return False
        self._quiet = quiet
        try:
            self.setCurrentIndex(self.counts.index(row))
        finally:
            self._quiet = False
        return True

    def select_row(self, row: int) -> bool:
        if not 0 <= row < self.counts.rowCount():
            return False
        self.setCurrentIndex(self.counts.index(row))
        return True

    def step(self, delta: int) -> None:
        """Previous (-1) or next (+1) table, wrapping around."""
        count = self.counts.rowCount()
        if count:
            current = self.currentIndex().row() if self.currentIndex().isValid() else -1
            self.select_row((current + delta) % count)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.table_chosen.emit(current.data(ID_ROLE))
