"""Every QSettings key is defined once, in erbij_desktop/ui/settings/keys.py."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from erbij_desktop.ui.settings import keys

UI = Path(keys.__file__).resolve().parents[1]
SETTINGS_CALLS = {"value", "setValue", "remove", "contains", "beginGroup"}
KEY_NAME = re.compile(r"(^|_)(KEY|GROUP)$")


def spelled_out_keys(tree: ast.Module) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            and any(isinstance(t, ast.Name) and KEY_NAME.search(t.id) for t in node.targets)
        ):
            found.append((node.lineno, node.value.value))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SETTINGS_CALLS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and "/" in node.args[0].value
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def test_no_ui_module_spells_out_a_settings_key() -> None:
    found = [
        f"{path.relative_to(UI.parent)}:{line}: {key!r}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "keys.py"
        for line, key in spelled_out_keys(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "define the key in ui/settings/keys.py and use it from there"


def test_the_check_finds_keys_spelled_out() -> None:
    tree = ast.parse(
        'SCREEN_KEY = "presenter/screen"\nQSettings().value("workspace/tab", "x")\nLABEL = "a/b"\n'
    )
    assert [key for _line, key in spelled_out_keys(tree)] == ["presenter/screen", "workspace/tab"]


def test_every_key_is_distinct_and_named_by_group() -> None:
    values = {name: value for name, value in vars(keys).items() if name.isupper() and isinstance(value, str)}
    assert len(values) > 10
    assert len(set(values.values())) == len(values)
    assert all(re.fullmatch(r"[a-z]+(/[a-z][A-Za-z_]*)?", value) for value in values.values())
