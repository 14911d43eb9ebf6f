"""Rendering the report off the UI thread, newest request wins.

Laying out a report with 3,000 contributions takes seconds; the window must
keep answering meanwhile. ``PreviewRenderer`` runs the render function on its
own one-thread pool. The render function opens its own database session
(sessions are never shared between threads) and returns PDF bytes.

Requests arriving while a render runs are not queued one by one: the newest
is remembered and started when the running one ends, and the result of the
running one is then thrown away as stale. So after a burst of edits there is
at most one render in flight and one waiting, and what is shown is always
the last state asked for. ``discarded`` counts the thrown-away results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from erbij_desktop.domain.errors import DomainError
from erbij_desktop.storage.errors import StorageError

from . import switching

log = logging.getLogger(__name__)

RenderFunction = Callable[[], bytes]
# How long shutting down waits for a render in flight (it only reads from the database).
SHUTDOWN_WAIT_MS = 30_000


class _JobSignals(QObject):
    """Carries a job's result to the UI thread (queued: it is emitted from the worker)."""

    done = Signal(int, object)  # generation, PDF bytes
    failed = Signal(int, str)  # generation, a sentence for the user


class _RenderJob(QRunnable):
    def __init__(self, render: RenderFunction, generation: int, signals: _JobSignals) -> None:
        super().__init__()
        self.render = render
        self.generation = generation
        # Held here too, so the carrier outlives the job even if its owner goes first.
        self.signals = signals

    def run(self) -> None:
        try:
            data = self.render()
        except (DomainError, StorageError, OSError) as error:
            self.signals.failed.emit(self.generation, str(error))
        except Exception as error:  # a worker thread must report, never die silently
            log.error("Rendering the preview failed: %s", type(error).__name__)
            message = QCoreApplication.translate("PreviewRenderer", "Onverwachte fout (%1).")
            self.signals.failed.emit(self.generation, message.replace("%1", type(error).__name__))
        else:
            self.signals.done.emit(self.generation, data)


class PreviewRenderer(QObject):
    started = Signal()
    # The newest render is done: (generation, PDF bytes).
    rendered = Signal(int, object)
    # The newest render failed: (generation, reason).
    failed = Signal(int, str)
    busy_changed = Signal(bool)

    def __init__(self, render: RenderFunction | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.render = render
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _JobSignals()
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.generation = 0  # of the newest request
        self.running: int | None = None  # generation in flight
        self.discarded = 0
        self._closed = False

    @property
    def busy(self) -> bool:
        return self.running is not None

    def request(self) -> int:
        """Ask for a fresh render; returns its generation. Starts now or after the one running."""
        self.generation += 1
        if self.running is None:
            self._start()
        return self.generation

    def _start(self) -> None:
        if self.render is None or self._closed:
            return
        was_busy = self.busy
        self.running = self.generation
        self.pool.start(_RenderJob(self.render, self.generation, self._signals))
        self.started.emit()
        if not was_busy:
            switching.worker_started()
            self.busy_changed.emit(True)

    def _finish(self, generation: int) -> bool:
        """True when ``generation``'s result is the one to show; starts the waiting request if any."""
        if generation != self.running:
            return False
        self.running = None
        if generation != self.generation and not self._closed:
            self.discarded += 1
            self._start()
            if self.busy:
                return False
        switching.worker_finished()
        self.busy_changed.emit(False)
        return generation == self.generation

    def _done(self, generation: int, data: object) -> None:
        if self._finish(generation):
            self.rendered.emit(generation, data)

    def _failed(self, generation: int, message: str) -> None:
        if self._finish(generation):
            self.failed.emit(generation, message)

    def shutdown(self) -> None:
        """No new renders; wait for the one in flight (before the database closes)."""
        self._closed = True
        self.pool.waitForDone(SHUTDOWN_WAIT_MS)
        if self.running is not None:  # its result will not be shown any more
            self.running = None
            switching.worker_finished()
