"""The layers hold: import-linter's contracts, and the Qt-free core really runs without PySide6."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ("domain", "storage", "report", "app", "server")

_BLOCK_QT = """
import importlib.abc, sys
class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"Qt is not allowed here: {name}")
        return None
sys.meta_path.insert(0, _BlockQt())
"""


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _BLOCK_QT + textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)},
    )


def test_blocker_really_blocks(tmp_path: Path) -> None:
    result = _run("import PySide6.QtCore", tmp_path)
    assert result.returncode != 0
    assert "Qt is not allowed here" in result.stderr


def test_core_packages_import_and_work_without_qt(tmp_path: Path) -> None:
    code = f"""
    import importlib, pkgutil, sys
    import erbij_desktop
    for layer in {CORE!r}:
        pkg = importlib.import_module(f"erbij_desktop.{{layer}}")
        for info in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
            importlib.import_module(info.name)
    from erbij_desktop.storage.database import open_database
    from erbij_desktop.domain.events import create_event, list_events
    db = open_database({str(tmp_path / "core.sqlite")!r})
    from erbij_desktop.report.article import render_report
    with db.transaction() as s:
        create_event(s, "Zonder Qt")
        assert [e.title for e in list_events(s)] == ["Zonder Qt"]
        assert render_report(s, list_events(s)[0], appendix=True).startswith(b"%PDF")
    db.close()
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in sys.modules)
    print("CORE-OK")
    """
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "CORE-OK" in result.stdout


def test_the_import_contracts_hold(tmp_path: Path) -> None:
    """import-linter's contracts (pyproject.toml): the layers, no Qt below the ui, no SQLAlchemy in it."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout
