"""Fixtures for the settings tests: clean QSettings and a clean configuration folder around each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from erbij_desktop.storage.locations import config_dir
from erbij_desktop.ui import app as gui

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns it cannot pass size hints on: not our bug."""
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


def _clean_config() -> None:
    folder = config_dir()
    for pattern in ("backups.json", "standaardlogo.*"):
        for path in folder.glob(pattern):
            path.unlink()


@pytest.fixture(autouse=True)
def clean_settings(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QSettings]:
    gui.create_application()  # the app's names, so QSettings is the app's own file
    monkeypatch.delenv(gui.LANGUAGE_ENV, raising=False)
    settings = QSettings()
    settings.clear()
    _clean_config()
    yield settings
    QSettings().clear()
    _clean_config()


@pytest.fixture
def png(tmp_path: Path) -> Path:
    """A small logo file (PNG)."""
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b5e8c"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path
