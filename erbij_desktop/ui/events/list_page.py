"""The event overview: every event in the database, opened with Enter or a double click.

objectNames: ``eventList`` (the table view), ``eventOpen``, ``eventNew``,
``eventDelete``. Keyboard: arrows to choose, Enter to open, Delete to delete
(asks first), Alt+N for a new event.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..widgets.style import MUTED_STYLE
from .list_model import EventListModel


class _EventTable(QTableView):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class EventListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    delete_requested = Signal(int)

    def __init__(self, model: EventListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventListPage")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(10)

        heading = QLabel(self.tr("Evenementen"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        hint = QLabel(self.tr("Kies een evenement en druk op Enter (of dubbelklik) om het te openen."), self)
        hint.setStyleSheet(MUTED_STYLE)
        layout.addWidget(hint)

        self.view = _EventTable(self)
        self.view.setObjectName("eventList")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setStyleSheet("QTableView::item { padding: 0 10px; }")
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EventListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(model.event_id(index.row())))
        self.view.activated_row.connect(lambda row: self.open_requested.emit(model.event_id(row)))
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.open_button = self._button(self.tr("&Openen"), "eventOpen", self._open_current)
        self.new_button = self._button(self.tr("&Nieuw evenement…"), "eventNew", self.new_requested.emit)
        self.delete_button = self._button(self.tr("&Verwijderen…"), "eventDelete", self._delete_current)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_current)
        model.modelReset.connect(self._update_buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.setFocusProxy(self.view)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def current_event_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.event_id(index.row()) if index.isValid() else None

    def select_event(self, event_id: int | None) -> None:
        row = self.model.row_of(event_id) if event_id is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, EventListModel.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _open_current(self) -> None:
        event_id = self.current_event_id()
        if event_id is not None:
            self.open_requested.emit(event_id)

    def _delete_current(self) -> None:
        event_id = self.current_event_id()
        if event_id is not None:
            self.delete_requested.emit(event_id)

    def _update_buttons(self) -> None:
        chosen = self.view.currentIndex() != QModelIndex() and self.view.currentIndex().isValid()
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
