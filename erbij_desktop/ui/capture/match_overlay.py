"""Search results show what the query matched: a soft yellow over the matched letters.

The model says where (``match_spans``, also its ``MATCH_ROLE``: stretches of a cell's shown text). A
transparent layer over the results list paints the marks after the list has
painted its cells, multiplying the yellow into them: white turns yellow and
the dark text stays as it is. Qt paints the layer whenever it repaints the part
of the list below it, so no cell paints differently. Why not a delegate: a
Python ``paint`` per cell doubled the cost of repainting the list, which a
keystroke does every time; here only cells with a match cost a little Python.
In the selected row the yellow would muddy the selection, so the marks become
a line under the letters there. Cell editors open above the layer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMoveEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QTableView, QWidget

from erbij_desktop.ui.models.contributions import Col, ContributionRowsModel

MATCH_BACKGROUND = QColor("#ffe58f")
UNDERLINE = 2.0


class MatchOverlay(QWidget):
    def __init__(self, view: QTableView, model: ContributionRowsModel, columns: frozenset[Col]) -> None:
        super().__init__(view.viewport())
        self.setObjectName("searchMatches")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._view = view
        self._model = model
        self._columns = sorted(model.column_of(c) for c in columns)
        # (shown text, room, spans) -> (left, width) of the marks.
        self._cache: dict[tuple[str, int, tuple[tuple[int, int], ...]], list[tuple[int, int]]] = {}
        view.viewport().installEventFilter(self)
        self.setGeometry(view.viewport().rect())
        self.lower()  # editors and anything else the list opens come above

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False

    def moveEvent(self, event: QMoveEvent) -> None:
        # Scrolling the list moves the viewport's children along (meant for editors): stay put.
        if not self.pos().isNull():
            self.move(0, 0)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        view, model = self._view, self._model
        first = view.rowAt(event.rect().top())
        if first < 0:
            return
        last = view.rowAt(event.rect().bottom())
        last = model.rowCount() - 1 if last < 0 else last
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        metrics = view.fontMetrics()
        selection = view.selectionModel()
        painter = QPainter(self)
        for row in range(first, last + 1):
            selected = selection is not None and selection.isRowSelected(row)
            shown = model.row_at(row)  # the model itself, not index.data: no round trip through Qt per cell
            for column in self._columns:
                spans = model.match_spans(shown, model.columns[column])
                if not spans:
                    continue
                rect = view.visualRect(model.index(row, column)).adjusted(margin, 0, -margin, 0)
                text = model.display(shown, model.columns[column])
                key = (text, rect.width(), tuple(spans))
                stretches = self._cache.get(key)
                if stretches is None:
                    if len(self._cache) > 2000:  # only the visible cells: keep it small
                        self._cache.clear()
                    stretches = self._cache[key] = _stretches(metrics, text, rect.width(), spans)
                height = metrics.height()
                top = rect.top() + (rect.height() - height) / 2
                for left, width in stretches:
                    if selected:  # over the selection: a plain line under the letters
                        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                        mark = QRectF(rect.left() + left, top + height - UNDERLINE, width, UNDERLINE)
                    else:
                        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                        mark = QRectF(rect.left() + left, top, width, height)
                    painter.fillRect(mark, MATCH_BACKGROUND)
        painter.end()


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
