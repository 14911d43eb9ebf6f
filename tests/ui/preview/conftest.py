"""Fixtures for the preview pane: registered fonts and quiet offscreen warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from erbij_desktop.ui.qt_fonts import register_fonts

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns it cannot pass size hints on: not our bugs."""
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    register_fonts()
