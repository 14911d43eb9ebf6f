"""What a table host sends shows up live in Vastleggen, marked as from the table; the facilitator can
hide an entry from the report (kept, struck through, one undo step) from the row's menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from erbij_desktop.app import capture_actions
from erbij_desktop.app.changes import Origin
from erbij_desktop.ui.capture.view import CaptureView
from erbij_desktop.ui.models.contributions import Col

# The offscreen platform cannot raise a popup menu or grab the keyboard for it; the menu works anyway.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_device_entry_appears_marked_and_can_be_hidden(view: CaptureView, qtbot: QtBot) -> None:
    controller = view.controller
    assert controller.round_id is not None
    capture_actions.add_contribution(
        controller.ws, controller.round_id, "Van de telefoon van de host", table_id=controller.table_id,
        entry_uid="0b9c2f6e-6a3d-4d8e-9a51-0d6f2b8e4c17", source="device", origin=Origin.DEVICE,
    )  # fmt: skip
    model = controller.table_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    text = model.index(0, model.columns.index(Col.TEXT))
    assert model.data(text, Qt.ItemDataRole.DecorationRole) is not None
    assert "via de tafel" in model.data(text, Qt.ItemDataRole.AccessibleTextRole)
    assert "Via de tafel" in model.data(text, Qt.ItemDataRole.ToolTipRole)

    view.list.setFocus()
    rect = view.list.visualRect(view.list.model().index(0, 0))
    view.rows.context_menu(view.list, rect.center())
    menu = view.findChild(QMenu, "contributionMenu")
    assert menu is not None
    hide = next(a for a in menu.actions() if a.objectName() == "hideContribution")
    assert hide.text() == "Verbergen voor het verslag"
    hide.trigger()
    menu.close()
    qtbot.waitUntil(lambda: model.row_at(0).hidden, timeout=3000)
    font = model.data(text, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert "verborgen" in model.data(text, Qt.ItemDataRole.AccessibleTextRole)
    assert controller.ws.history.undo_label == "Bijdrage verbergen"
    controller.ws.undo()
    qtbot.waitUntil(lambda: not model.row_at(0).hidden, timeout=3000)
    assert model.data(text, Qt.ItemDataRole.FontRole) is None
