"""PySide6's check of imported modules, made cheaper by erbij_desktop.ui, still gives PySide6's answers."""

from __future__ import annotations

import inspect
import json
import sys
from types import ModuleType

import pytest
import sqlalchemy

import erbij_desktop.ui
import erbij_desktop.ui.app


def pyside_would_say(module: ModuleType) -> bool:
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False


@pytest.mark.parametrize("module", [erbij_desktop.ui.app, erbij_desktop.ui, sqlalchemy, json, sys])
def test_the_quick_check_answers_like_pyside(module: ModuleType) -> None:
    feature = sys.modules["PySide6.support.feature"]
    assert getattr(feature._mod_uses_pyside, "quick", False)  # replaced when the ui package loaded
    assert feature._mod_uses_pyside(module) is pyside_would_say(module)


def test_replacing_it_twice_changes_nothing() -> None:
    assert erbij_desktop.ui.quicker_feature_check() is False
