"""Printing the previewed PDF: each page rasterised by QtPdf and drawn on the printer.

The pages are printed one per turn of the event loop, so a long report never
freezes the window, and the facilitator sees "Afdrukken… pagina 3 van 12".
Each page is scaled to the printable area of the chosen paper (aspect kept,
centred) and rendered at the printer's resolution, at most 300 dpi. A page
range chosen in the print dialog is honoured; copies and duplex are left to
the printer driver.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300
POINTS_PER_INCH = 72.0


def page_range(printer: QPrinter, page_count: int) -> list[int]:
    """0-based pages to print: the dialog's range when one was chosen, else all of them."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(page_count))
    return [page for page in range(first - 1, min(last, page_count)) if page >= 0]


def target_rect(page_points: QRectF, area: QRectF) -> QRectF:
    """The largest rectangle with the page's aspect ratio, centred in ``area``."""
    if page_points.width() <= 0 or page_points.height() <= 0:
        return area
    scale = min(area.width() / page_points.width(), area.height() / page_points.height())
    width, height = page_points.width() * scale, page_points.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height
    )


class PrintJob(QObject):
    progress = Signal(int, int)  # pages printed, pages in all
    finished = Signal(int)  # pages printed
    failed = Signal(str)

    def __init__(self, document: QPdfDocument, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.printer = printer
        self.pages = page_range(printer, document.pageCount())
        self.printed = 0
        self._painter: QPainter | None = None

    def start(self) -> None:
        """Begin; the pages follow one per event-loop turn."""
        if not self.pages:
            self.failed.emit(self.tr("Er is geen pagina om af te drukken."))
            return
        painter = QPainter()
        if not painter.begin(self.printer):
            self.failed.emit(self.tr("De printer kon niet worden gestart."))
            return
        self._painter = painter
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        painter = self._painter
        if painter is None:
            return
        page = self.pages[self.printed]
        if self.printed:
            self.printer.newPage()
        self._draw(painter, page)
        self.printed += 1
        self.progress.emit(self.printed, len(self.pages))
        if self.printed < len(self.pages):
            QTimer.singleShot(0, self, self._next)
            return
        painter.end()
        self._painter = None
        self.finished.emit(self.printed)

    def _draw(self, painter: QPainter, page: int) -> None:
        points = self.document.pagePointSize(page)
        area = QRectF(painter.viewport())
        rect = target_rect(QRectF(0, 0, points.width(), points.height()), area)
        dpi = min(self.printer.resolution(), MAX_DPI)
        size = QSize(
            max(1, round(points.width() / POINTS_PER_INCH * dpi)),
            max(1, round(points.height() / POINTS_PER_INCH * dpi)),
        )
        image = self.document.render(page, size)
        painter.drawImage(rect, image)
