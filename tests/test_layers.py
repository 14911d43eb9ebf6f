"""The Qt-free core stays Qt-free: domain, storage and report work without PySide6."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ("domain", "storage", "report")

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
    with db.session() as s:
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


@pytest.mark.parametrize("layer", CORE)
def test_no_qt_import_in_source(layer: str) -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "erbij_desktop" / layer).rglob("*.py")
        if any(
            word in path.read_text(encoding="utf-8") for word in ("PySide6", "shiboken6", "erbij_desktop.ui")
        )
    ]
    assert offenders == []


_QUERY_BUILDERS = {"select", "func", "text", "insert", "update", "delete", "and_", "or_", "exists"}
_QUERY_CALLS = {"execute", "query", "scalars", "scalar"}


def test_ui_calls_domain_operations_and_builds_no_queries() -> None:
    """The UI may hold a Session and look a row up by id, but queries live in the domain."""
    import ast

    offenders: list[str] = []
    for path in (ROOT / "erbij_desktop" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                names = {alias.name for alias in node.names}
                if names & _QUERY_BUILDERS or node.module == "sqlalchemy.sql":
                    offenders.append(f"{where}:{node.lineno} imports {sorted(names & _QUERY_BUILDERS)}")
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _QUERY_CALLS
                and "session" in ast.unparse(node.func.value).lower()
            ):
                offenders.append(f"{where}:{node.lineno} calls {ast.unparse(node.func)}")
    assert offenders == []
