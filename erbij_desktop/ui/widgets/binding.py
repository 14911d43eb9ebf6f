"""Binding form widgets to domain operations: every edit persists at once, refusals show at the field.

``AutoSave`` runs one change (a workspace action: it validates, and commits or
rolls back as one). On success it emits ``saved`` (the status bar's "Opgeslagen 10:42:13"); on a
ValidationError it marks the field with the reason and nothing is stored.
``FormBinder`` connects line edits, text areas, time/date fields, spin boxes,
combo boxes and check boxes to a getter and a setter, reloads them, and
flushes pending edits before the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from erbij_desktop.domain.errors import ValidationError

from .field_row import FieldRow
from .text_area import TextArea
from .time_fields import DateEdit, TimeEdit


class AutoSave(QObject):
    """Runs the changes of one editor family and reports what happened."""

    saved = Signal()
    refused = Signal(object)  # the ValidationError, when no field row shows it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def run(
        self,
        operation: Callable[[], object],
        row: FieldRow | Callable[[str], FieldRow | None] | None = None,
    ) -> bool:
        """Do it; True when stored. A refusal is shown at ``row`` (or at the row a callable picks
        for the error's field), else emitted as ``refused``."""
        error = self.attempt(operation)
        target = row(error.field) if error and callable(row) and not isinstance(row, FieldRow) else row
        if error is None:
            if isinstance(target, FieldRow):
                target.clear_error()
            return True
        if isinstance(target, FieldRow):
            target.show_error(error)
        else:
            self.refused.emit(error)
        return False

    def attempt(self, operation: Callable[[], object]) -> ValidationError | None:
        """Do it and emit ``saved``; a refusal is returned (not shown) and nothing is stored."""
        try:
            operation()  # a refused workspace action has rolled itself back: nothing to undo here
        except ValidationError as error:
            return error
        self.saved.emit()
        return None


@dataclass
class _Binding:
    row: FieldRow
    load: Callable[[], None]
    commit: Callable[[], None]
    typing: Callable[[], bool] = lambda: False  # the user has typed here and not yet committed


class FormBinder(QObject):
    """Ties widgets to ``read``/``write`` callables; ``write`` calls a committing domain operation."""

    def __init__(self, autosave: AutoSave, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self._bindings: list[_Binding] = []
        self.enabled = True

    def load(self, *, keep_typing: bool = False) -> None:
        """Show the stored values and clear old error marks.

        ``keep_typing``: leave fields the user is typing in alone (a refresh
        because something changed elsewhere must not overwrite them).
        """
        for binding in self._bindings:
            if keep_typing and binding.typing():
                continue
            binding.row.clear_error()
            binding.load()

    def flush(self) -> None:
        """Commit whatever was typed but not yet saved (before closing, switching records)."""
        if not self.enabled:
            return
        for binding in self._bindings:
            binding.commit()

    def _add(
        self,
        row: FieldRow,
        load: Callable[[], None],
        commit: Callable[[], None],
        typing: Callable[[], bool] | None = None,
    ) -> None:
        self._bindings.append(_Binding(row, load, commit, typing or (lambda: False)))

    def _save(self, row: FieldRow, write: Callable[[], object]) -> bool:
        if not self.enabled:
            return False
        return self.autosave.run(write, row)

    def line(self, row: FieldRow, read: Callable[[], str], write: Callable[[str], object]) -> None:
        edit = row.field
        assert isinstance(edit, QLineEdit | TextArea)

        def load() -> None:
            edit.setText(read())

        def commit() -> None:
            if not edit.isModified():
                return  # only what the user typed is ever written
            if edit.text() == read():
                row.clear_error()
                edit.setModified(False)
                return
            if self._save(row, lambda: write(edit.text())):
                load()

        edit.editingFinished.connect(commit)
        self._add(row, load, commit, edit.isModified)

    def parsed(
        self,
        row: FieldRow,
        read: Callable[[], Any],
        write: Callable[[Any], object],
    ) -> None:
        """A TimeEdit or DateEdit: input that does not parse is marked, not stored."""
        edit = row.field
        assert isinstance(edit, TimeEdit | DateEdit)

        def load() -> None:
            edit.set_value(read())

        def commit() -> None:
            if not edit.isModified():
                return
            try:
                value = edit.value()
            except ValueError as error:
                row.show_error(str(error))
                return
            if value == read():
                row.clear_error()
                load()  # shows it the canonical way ("9.3" becomes "09:30")
                return
            if self._save(row, lambda: write(value)):
                load()

        edit.editingFinished.connect(commit)
        self._add(row, load, commit, edit.isModified)

    def spin(
        self, row: FieldRow, read: Callable[[], int | None], write: Callable[[int | None], object]
    ) -> None:
        """A spin box whose minimum (shown as its special value text) means None."""
        box = row.field
        assert isinstance(box, QSpinBox)
        box.setKeyboardTracking(False)

        def load() -> None:
            value = read()
            box.blockSignals(True)
            box.setValue(box.minimum() if value is None else value)
            box.blockSignals(False)

        def value() -> int | None:
            return None if box.specialValueText() and box.value() == box.minimum() else box.value()

        def commit() -> None:
            if value() == read():
                row.clear_error()
                return
            if not self._save(row, lambda: write(value())):
                return
            load()

        box.valueChanged.connect(lambda _v: commit())
        self._add(row, load, lambda: None)

    def combo(self, row: FieldRow, read: Callable[[], Any], write: Callable[[Any], object]) -> None:
        """A combo box whose item data are the stored values."""
        box = row.field
        assert isinstance(box, QComboBox)

        def load() -> None:
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(read())))
            box.blockSignals(False)

        def commit() -> None:
            chosen = box.currentData()
            if chosen == read():
                return
            if not self._save(row, lambda: write(chosen)):
                load()

        box.currentIndexChanged.connect(lambda _i: commit())
        self._add(row, load, lambda: None)

    def check(self, row: FieldRow, read: Callable[[], bool], write: Callable[[bool], object]) -> None:
        box = row.field
        assert isinstance(box, QCheckBox)

        def load() -> None:
            box.blockSignals(True)
            box.setChecked(read())
            box.blockSignals(False)

        def commit() -> None:
            if box.isChecked() != read() and not self._save(row, lambda: write(box.isChecked())):
                load()

        box.toggled.connect(lambda _c: commit())
        self._add(row, load, lambda: None)


def field_row(widget: QWidget, name: str) -> FieldRow:
    """Name the widget (stable objectName for tests) and wrap it with an error label.

    A DateEdit's text field is named ``<name>Text`` (type dates there).
    """
    widget.setObjectName(name)
    if isinstance(widget, DateEdit):
        widget.line.setObjectName(f"{name}Text")
    return FieldRow(widget)
