"""Errors at the top: an exception nobody caught becomes a dialog, a log entry, and no crash.

``ErrorReporter.install()`` replaces ``sys.excepthook`` (PySide6 reports
exceptions raised in slots and event handlers through it). Each error is
logged without its message where that might quote user input (see
erbij_desktop.logs), then shown: storage errors (full disk, file in use)
with their ways on, anything else with calm words and where the log is. The
event loop keeps running, so the app stays usable. A burst of errors updates
the open dialog instead of stacking new ones.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from erbij_desktop import logs
from erbij_desktop.storage.backups import latest_backup
from erbij_desktop.storage.errors import StorageError

from .texts import Way

if TYPE_CHECKING:  # the dialogs are imported when first needed: every start pays for what it imports
    from .storage_dialog import StorageErrorDialog
    from .unexpected_dialog import UnexpectedErrorDialog

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter(QObject):
    """Shows uncaught exceptions; ``storage_way_chosen`` tells the window what the user picked."""

    reported = Signal(object)  # the exception
    storage_way_chosen = Signal(str, object)  # Way value, the StorageError

    def __init__(self, parent_window: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__()
        self._parent_window = parent_window or (lambda: QApplication.activeWindow())
        self._previous: ExceptHook | None = None
        self.log_path: Path = logs.log_file()
        self.unexpected_dialog: UnexpectedErrorDialog | None = None
        self.storage_dialog: StorageErrorDialog | None = None

    def install(self) -> None:
        self.log_path = logs.setup_logging()
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        logs.log_exception(exc_type, exc, tb, "Onverwachte fout in de app")
        logs.flush()
        try:
            if isinstance(exc, StorageError):
                self._show_storage_error(exc)
            else:
                self._show_unexpected(exc_type, exc)
        except Exception:  # the reporter itself must never take the app down
            failure = sys.exc_info()
            assert failure[0] is not None
            logs.log_exception(failure[0], failure[1], failure[2], "Foutmelding kon niet worden getoond")
        self.reported.emit(exc)

    def _show_unexpected(self, exc_type: type[BaseException], exc: BaseException) -> None:
        summary = f"{exc_type.__name__}: {exc}"
        dialog = self.unexpected_dialog
        if dialog is not None and dialog.isVisible():
            dialog.add_occurrence(summary)
            return
        from .unexpected_dialog import UnexpectedErrorDialog

        dialog = UnexpectedErrorDialog(summary, self.log_path, self._parent_window())
        self.unexpected_dialog = dialog
        dialog.open()

    def _show_storage_error(self, error: StorageError) -> None:
        if self.storage_dialog is not None and self.storage_dialog.isVisible():
            return  # the same cause, already explained
        latest = None
        if error.path is not None:
            try:
                latest = latest_backup(error.path)
            except StorageError:
                latest = None
        from .storage_dialog import StorageErrorDialog

        dialog = StorageErrorDialog(error, latest, self._parent_window(), at_startup=False)
        dialog.way_chosen.connect(lambda way: self.storage_way_chosen.emit(way, error))
        self.storage_dialog = dialog
        dialog.open()


__all__ = ["ErrorReporter", "Way"]
