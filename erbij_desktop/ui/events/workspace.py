"""One open event: the tabs the facilitator works in.

"Voorbereiden" (the prepare editors) is always there. The other tabs come
from their own packages and are added when their module is installed
(``WORKSPACE_TABS``); each is a QWidget built as ``cls(db, parent)`` with
``set_event(event_id)``, and may offer a ``saved`` signal (emitted after every
commit), an ``undo_stack`` (QUndoStack), ``flush()`` (commit pending input) and
``save_state(settings)`` / ``restore_state(settings)``.

Every tab works on its own session. When one tab has saved something, the
others reload when they are shown next, so a table added under Voorbereiden is
there in Vastleggen, and a quote captured live appears in the programme
editor. objectNames: ``workspaceTabs``, ``prepareTab`` and the names below.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from erbij_desktop.domain.events import get_event
from erbij_desktop.storage.database import Database

from ..prepare.page import PreparePage

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventWorkspace", text)


@dataclass(frozen=True)
class TabSpec:
    module: str
    cls: str
    title: str  # Dutch source text, translated in context "EventWorkspace"
    object_name: str


WORKSPACE_TABS = (
    TabSpec(
        "erbij_desktop.ui.capture.view",
        "CaptureView",
        QT_TRANSLATE_NOOP("EventWorkspace", "V&astleggen"),
        "captureTab",
    ),
    TabSpec("erbij_desktop.ui.live.tab", "LiveTab", QT_TRANSLATE_NOOP("EventWorkspace", "&Live"), "liveTab"),
    TabSpec(
        "erbij_desktop.ui.curation.tab",
        "ReportTab",
        QT_TRANSLATE_NOOP("EventWorkspace", "Ve&rslag"),
        "reportTab",
    ),
)


class EventWorkspace(QTabWidget):
    saved = Signal()

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceTabs")
        self.setDocumentMode(True)
        self.db = db
        self.event_id = event_id
        self.session = db.session()
        self.evt = get_event(self.session, event_id)
        self.prepare = PreparePage(self.session, self.evt, self)
        self.prepare.setObjectName("prepareTab")
        self._stale: set[QWidget] = set()
        self._add(self.prepare, self.tr("&Voorbereiden"))
        for spec in WORKSPACE_TABS:
            widget = self._load(spec)
            if widget is not None:
                self._add(widget, _tr(spec.title))
        self.currentChanged.connect(self._refresh_if_stale)

    @property
    def title(self) -> str:
        return self.evt.title

    def _load(self, spec: TabSpec) -> QWidget | None:
        try:
            module = importlib.import_module(spec.module)
        except ModuleNotFoundError as error:
            if error.name and spec.module.startswith(error.name):
                return None  # that part of the app is not built yet
            raise
        widget: QWidget = getattr(module, spec.cls)(self.db, self)
        widget.setObjectName(spec.object_name)
        widget.set_event(self.event_id)  # type: ignore[attr-defined]
        return widget

    def _add(self, widget: QWidget, title: str) -> None:
        self.addTab(widget, title)
        saved = getattr(widget, "saved", None)
        if saved is not None:
            saved.connect(lambda w=widget: self._on_saved(w))

    def _on_saved(self, source: QWidget) -> None:
        self._stale.update(self.tab(i) for i in range(self.count()) if self.tab(i) is not source)
        self.saved.emit()

    def _refresh_if_stale(self, index: int) -> None:
        widget = self.tab(index)
        if widget not in self._stale:
            return
        self._stale.discard(widget)
        if widget is self.prepare:
            self.prepare.reload()
        else:
            widget.set_event(self.event_id)  # type: ignore[attr-defined]

    def tab(self, index: int) -> QWidget:
        widget = self.widget(index)
        assert widget is not None
        return widget

    def tab_by_name(self, object_name: str) -> QWidget | None:
        return next(
            (self.tab(i) for i in range(self.count()) if self.tab(i).objectName() == object_name), None
        )

    def undo_stack(self, index: int | None = None) -> QUndoStack | None:
        stack = getattr(self.tab(self.currentIndex() if index is None else index), "undo_stack", None)
        return stack if isinstance(stack, QUndoStack) else None

    def undo_stacks(self) -> list[QUndoStack]:
        return [s for i in range(self.count()) if (s := self.undo_stack(i)) is not None]

    def flush(self) -> None:
        """Commit whatever is typed but not yet stored, in every tab."""
        for i in range(self.count()):
            flush = getattr(self.tab(i), "flush", None)
            if flush is not None:
                flush()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("workspace/tab", self.tab(self.currentIndex()).objectName())
        for i in range(self.count()):
            save = getattr(self.tab(i), "save_state", None)
            if save is not None:
                save(settings)

    def restore_state(self, settings: QSettings) -> None:
        for i in range(self.count()):
            restore = getattr(self.tab(i), "restore_state", None)
            if restore is not None:
                restore(settings)
        wanted = settings.value("workspace/tab", "prepareTab")
        for i in range(self.count()):
            if self.tab(i).objectName() == wanted:
                self.setCurrentIndex(i)

    def close_session(self) -> None:
        self.flush()
        for i in range(self.count()):
            close = getattr(self.tab(i), "close_session", None)
            if close is not None:
                close()
        self.session.close()
