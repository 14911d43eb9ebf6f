"""Enter in any field of an add row adds the row: text fields, number boxes and choice boxes alike.

A facilitator types a round's title, tabs to its minutes and presses Enter;
a QSpinBox or QComboBox does nothing with Enter on its own, so the row was
silently not added. :func:`submit_on_enter` gives every kind of field the
same meaning of Enter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget


def submit_on_enter(widget: QWidget, submit: Callable[[], object]) -> None:
    """Run ``submit`` when Enter (or the keypad's Enter) is pressed in ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.returnPressed.connect(submit)
        return
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if isinstance(widget, QAbstractSpinBox):  # a number typed but not yet taken by the box counts
            shortcut.activated.connect(lambda box=widget: (box.interpretText(), submit()))
        else:
            shortcut.activated.connect(submit)
