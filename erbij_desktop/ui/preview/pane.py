"""The preview pane: the report's pages as they will be printed, refreshed shortly after each edit.

``schedule()`` (connect it to the editors' ``saved``) waits until the edits
pause (``DEBOUNCE_MS``) and then asks the ``PreviewRenderer`` for a new PDF,
which is made off the UI thread. While that runs the old pages stay visible,
with a busy bar and "Voorbeeld bijwerken…"; when the new PDF arrives it
replaces them at the same scroll position, and ``rendered`` says how many
pages it has. A failed render keeps the old pages and says why.

Keys (while the pane has the focus): Ctrl++ / Ctrl+- zoom, Ctrl+0 page width.
The print button says Ctrl+P; the window that holds the pane gives that key.
objectNames: ``previewPane``, ``previewView``,
``previewPages``, ``previewZoom``, ``previewZoomIn``, ``previewZoomOut``,
``previewBusy``, ``previewBusyLabel``, ``previewMessage``, ``previewPrint``,
``printDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets.message_banner import MessageBanner
from ..widgets.style import MUTED_STYLE
from .printing import PrintJob
from .renderer import PreviewRenderer, RenderFunction

DEBOUNCE_MS = 600
NOTE_MS = 6000
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH = "width"
FIT_PAGE = "page"


class PreviewPane(QWidget):
    rendered = Signal(int)  # pages in the new preview
    busy_changed = Signal(bool)
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, render: RenderFunction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.renderer = PreviewRenderer(render, self)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.print_job: PrintJob | None = None
        self._build()
        self.renderer.rendered.connect(self._show_pdf)
        self.renderer.failed.connect(self._show_failure)
        self.renderer.busy_changed.connect(self._set_busy)
        self._update_pages()

    # --- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Voorbeeld van het verslag"))
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._update_pages())

        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("previewPages")
        self.pages_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("Pagina 888 van 888") + 8)
        self.zoom_out = self._tool(
            "−", "previewZoomOut", self.tr("Uitzoomen (Ctrl+-)"), lambda: self.step(-1)
        )
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("previewZoom")
        self.zoom.setToolTip(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Paginabreedte"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Hele pagina"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom.addItem(f"{round(factor * 100)}%", factor)
        self.zoom.activated.connect(lambda index: self.set_zoom(self.zoom.itemData(index)))
        self.zoom_in = self._tool("+", "previewZoomIn", self.tr("Inzoomen (Ctrl++)"), lambda: self.step(1))
        self.busy = QProgressBar(self)
        self.busy.setObjectName("previewBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(72, 10)
        self.busy_label = QLabel(self.tr("Voorbeeld bijwerken…"), self)
        self.busy_label.setObjectName("previewBusyLabel")
        self.busy_label.setStyleSheet(MUTED_STYLE)
        self.print_button = self._tool(
            self.tr("Afdrukken…"),
            "previewPrint",
            self.tr("Het verslag afdrukken (Ctrl+P)"),
            self.open_print_dialog,
        )
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.setSpacing(6)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom)
        bar.addWidget(self.zoom_in)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.print_button)
        self.message = MessageBanner("previewMessage", self, hide_after_ms=None)
        self.note = QLabel(self)
        self.note.setObjectName("previewNote")
        self.note.setStyleSheet(MUTED_STYLE)
        self.note.hide()
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_MS)
        self._note_timer.timeout.connect(self.note.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self._set_busy(False)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step(1)),
            ("Ctrl+=", lambda: self.step(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step(-1)),
            ("Ctrl+0", lambda: self.set_zoom(FIT_WIDTH)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _tool(self, text: str, name: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # --- rendering ----------------------------------------------------------------------------------

    def set_render(self, render: RenderFunction | None) -> None:
        """What to render (a function that opens its own session); None shows nothing new."""
        self.renderer.render = render

    def schedule(self) -> None:
        """Render once the edits pause: call after every save."""
        self._debounce.start()

    def refresh(self) -> int:
        """Render now (the newest request wins); returns the request's generation."""
        self._debounce.stop()
        return self.renderer.request()

    @property
    def pending(self) -> bool:
        """A render is waiting for the edits to pause, or running."""
        return self._debounce.isActive() or self.renderer.busy

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.busy_changed.emit(busy)

    def _show_pdf(self, _generation: int, data: object) -> None:
        assert isinstance(data, bytes)
        bar = self.view.verticalScrollBar()
        position, page = bar.value(), self.view.pageNavigator().currentPage()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # replaces the old pages in one step
        old, self._buffer = self._buffer, buffer
        if old is not None:
            old.deleteLater()
        self.message.hide()
        if self.document.status() != QPdfDocument.Status.Ready:
            self._show_failure(0, self.tr("De PDF kon niet worden geopend."))
            return
        if page >= self.document.pageCount():
            position = bar.maximum()
        bar.setValue(min(position, bar.maximum()))
        self._update_pages()
        self.rendered.emit(self.document.pageCount())

    def _show_failure(self, _generation: int, reason: str) -> None:
        self.message.show_message(
            self.tr("Het voorbeeld kon niet worden bijgewerkt: %1").replace("%1", reason)
        )

    def _update_pages(self) -> None:
        count = self.page_count()
        current = min(self.view.pageNavigator().currentPage() + 1, count)
        if count:
            text = self.tr("Pagina %1 van %2").replace("%1", str(max(current, 1))).replace("%2", str(count))
        else:
            text = self.tr("Nog geen voorbeeld")
        self.pages_label.setText(text)
        self.print_button.setEnabled(count > 0)

    # --- zoom ---------------------------------------------------------------------------------------

    def set_zoom(self, value: object) -> None:
        """``FIT_WIDTH``, ``FIT_PAGE`` or a factor (1.0 is 100%)."""
        if value == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif isinstance(value, int | float):
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))
        index = self.zoom.findData(value)
        if index >= 0:
            self.zoom.setCurrentIndex(index)

    def step(self, direction: int) -> None:
        """One zoom step in (+1) or out (-1) from what is shown now."""
        current = self.view.zoomFactor()
        if direction > 0:
            factor = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            factor = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        self.set_zoom(factor)

    # --- printing -----------------------------------------------------------------------------------

    def open_print_dialog(self) -> QPrintDialog | None:
        """The system's print dialog (opened, not executed); printing starts when it is accepted."""
        count = self.page_count()
        if not count:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.window().windowTitle() or self.tr("Verslag"))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # type: ignore[call-arg]  # the stubs only know open(receiver, member)
        return dialog

    def print_to(self, printer: QPrinter) -> PrintJob:
        """Print the pages shown now on ``printer``, one page per event-loop turn."""
        job = PrintJob(self.document, printer, self)
        self.print_job = job
        job.progress.connect(self._print_progress)
        job.finished.connect(self._printed)
        job.failed.connect(lambda reason: self._show_failure(0, reason))
        self.print_button.setEnabled(False)
        job.start()
        return job

    def _print_progress(self, done: int, total: int) -> None:
        self._note(self.tr("Afdrukken… pagina %1 van %2").replace("%1", str(done)).replace("%2", str(total)))

    def _printed(self, pages: int) -> None:
        self._note(self.tr("Naar de printer gestuurd: %1 pagina’s.").replace("%1", str(pages)))
        self.print_button.setEnabled(self.page_count() > 0)
        self.printed.emit(pages)

    def _note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        self._note_timer.start()

    def shutdown(self) -> None:
        """Stop rendering (before the database closes)."""
        self._debounce.stop()
        self.renderer.shutdown()
