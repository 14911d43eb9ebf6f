"""Tab goes where the eye goes: the focus chain of a form follows its layouts.

Qt chains Tab focus in the order widgets were created. A section that builds
its add row after its list, or inserts a field into a row later, then sends
Tab from the top field down to the buttons and back up. :func:`follow_layout`
walks the widget's layouts in their own order (a vertical box top to bottom,
a horizontal box left to right, a form row by row, a splitter pane by pane),
which is the order a reader sees, and chains Tab that way.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_LEAVES = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def focus_order(widget: QWidget) -> list[QWidget]:
    """The widgets inside ``widget`` that take Tab, in the order its layouts show them."""
    found: list[QWidget] = []
    _walk_children(widget, found)
    return found


def follow_layout(widget: QWidget) -> list[QWidget]:
    """Chain Tab through ``widget`` in layout order; the chain, for tests."""
    chain = focus_order(widget)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    return chain


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _walk_widget(widget: QWidget, found: list[QWidget]) -> None:
    if isinstance(widget, _LEAVES):
        if _takes_tab(widget):
            found.append(widget)
        return
    if isinstance(widget, QTabWidget):
        found.append(widget.tabBar())
        for index in range(widget.count()):
            page = widget.widget(index)
            if page is not None:
                _walk_widget(page, found)
        return
    if isinstance(widget, QSplitter | QStackedWidget):
        for index in range(widget.count()):
            child = widget.widget(index)
            if child is not None:
                _walk_widget(child, found)
        return
    _walk_children(widget, found)


def _walk_children(widget: QWidget, found: list[QWidget]) -> None:
    layout = widget.layout()
    if layout is not None:
        _walk_layout(layout, found)


def _walk_layout(layout: QLayout, found: list[QWidget]) -> None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        child_layout = item.layout()
        if child_layout is not None:
            _walk_layout(child_layout, found)
        elif (child := item.widget()) is not None:
            _walk_widget(child, found)
