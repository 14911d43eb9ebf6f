"""lazy_import: the module's code runs at its first attribute access, not at the import."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from erbij_desktop.lazy_import import lazy_import


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package ``lazypkg`` whose module ``late`` records in ``lazypkg.RAN`` that it ran."""
    folder = tmp_path / "lazypkg"
    folder.mkdir()
    (folder / "__init__.py").write_text("RAN = []\n", encoding="utf-8")
    (folder / "late.py").write_text(
        "import lazypkg\nlazypkg.RAN.append('late')\nVALUE = 42\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "lazypkg"
    for name in [n for n in sys.modules if n == "lazypkg" or n.startswith("lazypkg.")]:
        del sys.modules[name]


def test_the_code_runs_at_the_first_attribute_access(package: str) -> None:
    late = lazy_import(f"{package}.late")
    parent = sys.modules[package]
    assert parent.RAN == []
    assert late.VALUE == 42
    assert parent.RAN == ["late"]
    assert late.VALUE == 42
    assert parent.RAN == ["late"]  # once


def test_an_ordinary_import_afterwards_gets_the_same_module(package: str) -> None:
    late = lazy_import(f"{package}.late")
    from lazypkg import late as imported

    assert imported is late
    assert imported.VALUE == 42


def test_a_module_imported_before_is_returned_as_is(package: str) -> None:
    import lazypkg.late

    assert lazy_import(f"{package}.late") is lazypkg.late


def test_a_missing_module_fails_at_once(package: str) -> None:
    with pytest.raises(ModuleNotFoundError):
        lazy_import(f"{package}.absent")
