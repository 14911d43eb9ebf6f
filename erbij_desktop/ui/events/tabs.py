"""One open event: the tabs the facilitator works in (the event's data lives in ``app.workspace``).

``EventTabs`` is the tab container; the event's ``Workspace`` (one per open
event, made here) is the door every change goes through, and its change feed,
as Qt signals (``context.signals``), is how every tab hears of every change.

"Voorbereiden" (the prepare editors) is always there. The other tabs come
from their own packages and are added when their module is installed
(``WORKSPACE_TABS``). Every tab is built as ``cls(context, parent)`` (see
``context``): it changes data only through the workspace and follows the
change feed, so no tab ever calls another. Tabs may offer ``flush()`` (store
pending input), ``close_session()`` and ``save_state(settings)`` /
``restore_state(settings)``.
objectNames: ``workspaceTabs``, ``prepareTab`` and the names below.

An event opens with only the tab that is shown: the others wait as empty
placeholders, built when first shown or asked for (``tab``/``tab_by_name``);
those that work while hidden (``TabSpec.ahead``: Live's keys, the capture
view's round) are built one by one right after the window has painted. So
opening an event, and starting the app with one open, costs one tab rather
than four. ``tab_built`` announces each. ``saved`` follows every commit in the
event (the window's "Opgeslagen" mark and title).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from erbij_desktop.app import remote
from erbij_desktop.app.changes import ChangeSet
from erbij_desktop.app.lookups import event_title_of
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage.database import Database

from ..settings import keys
from ..settings.remember import remember
from .context import EventContext, open_context
from .optional_parts import installed
from .remote_notice import RemoteNotice

if TYPE_CHECKING:
    from ..prepare.page import PreparePage

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventTabs", text)


@dataclass(frozen=True)
class TabSpec:
    module: str
    cls: str
    title: str  # Dutch source text, translated in context "EventTabs"
    object_name: str
    # Built right after the window has painted, even while not shown, because it works from
    # every tab (Live's keys) or is what the others follow (the capture view's round).
    ahead: bool = True


WORKSPACE_TABS = (
    TabSpec(
        "erbij_desktop.ui.capture.view",
        "CaptureView",
        str(QT_TRANSLATE_NOOP("EventTabs", "V&astleggen")),
        "captureTab",
    ),
    TabSpec("erbij_desktop.ui.live.tab", "LiveTab", str(QT_TRANSLATE_NOOP("EventTabs", "&Live")), "liveTab"),
    TabSpec(
        "erbij_desktop.ui.curation.tab",
        "ReportTab",
        str(QT_TRANSLATE_NOOP("EventTabs", "Ve&rslag")),
        "reportTab",
        ahead=False,
    ),
)


class _Pending(QWidget):
    """Keeps a tab's place in the tab bar until the tab is built."""

    def __init__(self, build: Callable[[], QWidget], name: str, ahead: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Pending")
        self.build = build
        self.name = name
        self.ahead = ahead


class EventTabs(QTabWidget):
    saved = Signal()
    # The event's own row changed (its title among others): the window retitles itself.
    retitled = Signal()
    # A tab was built (after start-up or on first use): the window adds its undo stack.
    tab_built = Signal(QWidget)

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceTabs")
        self.setDocumentMode(True)
        self.db = db
        self.event_id = event_id
        self.workspace = Workspace(db, event_id)
        self.context: EventContext = open_context(self.workspace, self)
        self.context.signals.changed.connect(self._on_feed)
        # On a server database: other laptops' changes of the event arrive on the feed (not on SQLite).
        self._unfollow = remote.follow(self.workspace)
        self.remote_notice = RemoteNotice(self.context, self)
        self._title = ""
        self._restored = False
        self._closed = False
        self._background = False
        # Tabs are built when first shown; the others right after the window has been painted,
        # so the event opens (and the app starts) with only the tab the facilitator sees.
        self._add_pending(self._make_prepare, "prepareTab", self.tr("&Voorbereiden"), ahead=False)
        for spec in WORKSPACE_TABS:
            if installed(spec.module):
                build = functools.partial(self._load, spec)
                self._add_pending(build, spec.object_name, _tr(spec.title), ahead=spec.ahead)
        self.currentChanged.connect(self._tab_shown)

    @property
    def title(self) -> str:
        """The event's title as last saved (by any tab)."""
        self._title = event_title_of(self.db, self.event_id) or self._title
        return self._title

    @property
    def prepare(self) -> PreparePage:
        page = self.tab_by_name("prepareTab")
        assert page is not None
        return page  # type: ignore[return-value]

    def _make_prepare(self) -> QWidget:
        from ..prepare.page import PreparePage

        page = PreparePage(self.context, self)
        page.setObjectName("prepareTab")
        return page

    def _load(self, spec: TabSpec) -> QWidget:
        module = importlib.import_module(spec.module)
        cls = getattr(module, spec.cls)
        widget: QWidget = cls(self.context, self)
        widget.setObjectName(spec.object_name)
        return widget

    def _add_pending(self, build: Callable[[], QWidget], name: str, title: str, *, ahead: bool) -> None:
        self.addTab(_Pending(build, name, ahead, self), title)

    def _built(self, index: int) -> QWidget:
        """The widget of tab ``index``, built now if it was still waiting."""
        widget = self.widget(index)
        assert widget is not None
        if not isinstance(widget, _Pending):
            return widget
        built = widget.build()
        current, title = self.currentIndex(), self.tabText(index)
        blocked = self.blockSignals(True)  # the same tab stays current: nothing to announce
        try:
            self.removeTab(index)
            self.insertTab(index, built, title)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(blocked)
        widget.deleteLater()
        restore = getattr(built, "restore_state", None)
        if restore is not None and self._restored:
            restore(QSettings())
        self.tab_built.emit(built)
        return built

    def _ready(self) -> list[QWidget]:
        """The tabs built so far."""
        return [w for i in range(self.count()) if not isinstance(w := self.tab_or_pending(i), _Pending)]

    def tab_or_pending(self, index: int) -> QWidget:
        widget = self.widget(index)
        assert widget is not None
        return widget

    def _name(self, index: int) -> str:
        widget = self.tab_or_pending(index)
        return widget.name if isinstance(widget, _Pending) else widget.objectName()

    def _tab_shown(self, index: int) -> None:
        if index < 0 or self._closed:
            return
        if self._restored:  # the facilitator switched: a crash from now on reopens this tab
            remember(keys.WORKSPACE_TAB, self._name(index))
        if isinstance(self.widget(index), _Pending):
            self._built(index)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._background:
            self._background = True
            QTimer.singleShot(0, self, self._build_next)

    def _build_next(self) -> None:
        """Build one tab that should not wait to be shown, then come back for the next."""
        if self._closed:
            return
        for index in range(self.count()):
            widget = self.widget(index)
            if isinstance(widget, _Pending) and widget.ahead:
                self._built(index)
                QTimer.singleShot(0, self, self._build_next)
                return

    def _on_feed(self, changes: ChangeSet) -> None:
        """Something was committed in this event (by a tab, another thread or machine)."""
        self.saved.emit()
        if changes.touches("event"):  # not on every contribution a table sends: the title is a read
            self.retitled.emit()

    def tab(self, index: int) -> QWidget:
        """The widget of tab ``index`` (built if it was still waiting)."""
        return self._built(index)

    def tab_by_name(self, object_name: str) -> QWidget | None:
        return next((self.tab(i) for i in range(self.count()) if self._name(i) == object_name), None)

    def flush(self) -> None:
        """Commit whatever is typed but not yet stored, in every tab."""
        for widget in self._ready():
            flush = getattr(widget, "flush", None)
            if flush is not None:
                flush()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(keys.WORKSPACE_TAB, self._name(self.currentIndex()))
        for widget in self._ready():
            save = getattr(widget, "save_state", None)
            if save is not None:
                save(settings)

    def restore_state(self, settings: QSettings) -> None:
        for widget in self._ready():
            restore = getattr(widget, "restore_state", None)
            if restore is not None:
                restore(settings)
        self._restored = True
        wanted = settings.value(keys.WORKSPACE_TAB, "prepareTab")
        for i in range(self.count()):
            if self._name(i) == wanted:
                self.setCurrentIndex(i)
        if self.currentIndex() >= 0:
            self._built(self.currentIndex())

    def close_session(self) -> None:
        self.flush()
        self._closed = True
        self._unfollow()
        self.context.close()
        for widget in self._ready():
            close = getattr(widget, "close_session", None)
            if close is not None:
                close()
