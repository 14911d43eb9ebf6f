"""The bare floor of a keystroke in the search: a plain line edit over a plain table, nothing of the app.

Each key filters the very rows the app searches with one substring pass over
every folded key, in C (``map`` + ``compress``: the least a search without an
index costs), resets a minimal Python table model (display text only, six
columns as in the app's results) and repaints, in a window of the app's size.
No accents kept, no marks, no narrowing, no change feed: what is left is Qt's
own cost of a key and a repaint plus one pass over the event, measured in the
same process as the app's keystrokes, query by query in turns with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

_Index = QModelIndex | QPersistentModelIndex


class _Rows(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, ...]] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]


class BareSearch(QMainWindow):
    """``rows``: what each result shows (six strings); ``keys``: the folded text searched, side by side."""

    def __init__(self, rows: Sequence[tuple[str, ...]], keys: Sequence[str]) -> None:
        super().__init__()
        self._all, self._keys = list(rows), list(keys)
        self.field = QLineEdit()
        self.model = _Rows()
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 10)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.field)
        layout.addWidget(table, 1)
        self.setCentralWidget(central)
        self.field.textChanged.connect(self._filter)
        self.resize(1200, 780)

    def _filter(self, text: str) -> None:
        word = text.casefold().strip()
        self.model.beginResetModel()
        hits = map(contains, self._keys, repeat(word))
        self.model.rows = list(compress(self._all, hits)) if word else []
        self.model.endResetModel()
