"""A record table with an add bar above it and up/down/delete buttons below.

Subclasses give the add fields (each marked with its own error) and say how
to add and delete; errors from editing cells appear under the table.
objectNames are built from ``name``: ``<name>Add<Field>``, ``<name>AddButton``,
``<name>List``, ``<name>Up``, ``<name>Down``, ``<name>Delete``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from erbij_desktop.app.changes import ChangeSet

from ..widgets.binding import AutoSave
from ..widgets.field_row import FieldRow
from ..widgets.record_model import RecordTableModel
from ..widgets.record_view import RecordTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListEditor", text)


class ListEditor(QWidget):
    # (objectName suffix, domain field name, placeholder, stretch)
    FIELDS: tuple[tuple[str, str, object, int], ...] = ()  # placeholders via QT_TRANSLATE_NOOP
    ADD_LABEL: object = ""  # Dutch source text with a mnemonic, shown before the add fields
    WATCHES: tuple[str, ...] = ()  # the feed's tables whose changes this list shows

    def __init__(
        self, model: RecordTableModel[Any], name: str, autosave: AutoSave, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.autosave = autosave
        model.setParent(self)
        self.box = layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        bar.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QLineEdit] = {}
        self.add_rows: dict[str, FieldRow] = {}
        self.add_label = QLabel(_tr(str(self.ADD_LABEL)), self) if self.ADD_LABEL else None
        if self.add_label is not None:
            self.add_label.setContentsMargins(0, 4, 0, 0)
            bar.addWidget(self.add_label, 0, Qt.AlignmentFlag.AlignTop)
        for suffix, field, placeholder, stretch in self.FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"{name}Add{suffix}")
            edit.setPlaceholderText(_tr(str(placeholder)))
            edit.returnPressed.connect(self._add)
            row = FieldRow(edit)
            bar.addWidget(row, stretch, Qt.AlignmentFlag.AlignTop)
            self.fields[field] = edit
            self.add_rows[field] = row
        add = QPushButton(_tr("Toevoegen"), self)
        add.setObjectName(f"{name}AddButton")
        add.clicked.connect(self._add)
        bar.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.view = RecordTable(model, f"{name}List", self)
        self.view.delete_requested.connect(self._delete)
        self.list_row = FieldRow(self.view)
        model.refused.connect(self.list_row.show_error)
        model.stored.connect(self.list_row.clear_error)
        layout.addWidget(self.list_row, 1)
        buttons = QHBoxLayout()
        for text, suffix, step in ((_tr("Omhoog"), "Up", -1), (_tr("Omlaag"), "Down", 1)):
            button = QPushButton(text, self)
            button.setObjectName(f"{name}{suffix}")
            button.setToolTip(_tr("Alt+Pijl omhoog / Alt+Pijl omlaag in de lijst"))
            button.clicked.connect(lambda _=False, s=step: self.view.move_current(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        delete = QPushButton(_tr("Verwijderen"), self)
        delete.setObjectName(f"{name}Delete")
        delete.clicked.connect(lambda: self._delete(self.view.current_row()))
        buttons.addWidget(delete)
        layout.addLayout(buttons)
        if self.fields:
            first = next(iter(self.fields.values()))
            self.setFocusProxy(first)
            if self.add_label is not None:
                self.add_label.setBuddy(first)

    def row_for(self, field: str) -> FieldRow:
        """The add field a domain error belongs to (the first one when unknown)."""
        return self.add_rows.get(field) or next(iter(self.add_rows.values()))

    def value(self, field: str) -> str:
        return self.fields[field].text()

    def reload(self) -> None:
        self.model.reload()

    def _add(self) -> None:
        raise NotImplementedError

    def _delete(self, row: int) -> None:
        raise NotImplementedError

    def added(self, record: object) -> None:
        """After a successful add: empty the bar, show the new row, ready for the next one."""
        for field, edit in self.fields.items():
            edit.clear()
            self.add_rows[field].clear_error()
        self.model.reload()
        self.view.select_row(self.model.row_of(record), 0)
        next(iter(self.fields.values())).setFocus()

    def deleted(self, row: int) -> None:
        self.model.reload()
        self.view.select_row(min(row, self.model.rowCount() - 1))

    def changed(self, changes: ChangeSet) -> None:
        """Something was stored (here or elsewhere): show it; the current row stays current."""
        if changes.everything or changes.touches(*self.WATCHES):
            self.model.reload()
