"""No user-visible Dutch in the UI code outside tr()/translate(): a heuristic over the source.

Two checks, both on the syntax tree of every module under erbij_desktop/ui:

* text handed straight to a widget (setText, setWindowTitle, QLabel(…),
  addAction, showMessage, …) is never a string literal with words in it;
* no string literal reads like a Dutch sentence unless it sits inside a
  translation call, a docstring, a log call or an objectName.

Endonyms (a language named in its own language) and key names are fine.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "erbij_desktop" / "ui"
TRANSLATING = {"tr", "_tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
NOT_SHOWN = {
    "setObjectName",
    "setStyleSheet",
    "setProperty",
    "horizontalAdvance",  # measuring a sample text
    "log_exception",
    "getLogger",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
}
SINKS = {
    # QWidget and friends
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setInformativeText", "setDetailedText", "setLabelText", "setSuffix", "setPrefix",
    "setSpecialValueText", "showMessage", "setAccessibleName", "setAccessibleDescription", "setNameFilter",
    "setButtonText", "setTabText", "setTabToolTip", "setItemText", "setHtml", "setMarkdown",
    # adding items with a visible label
    "addAction", "addMenu", "addTab", "insertTab", "addItem", "addItems", "insertItem", "addButton",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addRow",
    # constructors that take their text
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QCommandLinkButton", "QMessageBox", "QFileDialog", "QMenu",
    # static dialogs
    "critical", "warning", "information", "question", "about", "getText", "getItem", "getSaveFileName",
    "getOpenFileName", "getOpenFileNames", "getExistingDirectory",
}  # fmt: skip
ALLOWED = {"Nederlands", "English", "Erbij Desktop"}
TECHNICAL = {"ctrl", "shift", "alt", "del", "esc", "enter", "tab", "pgup", "pgdn", "px", "pt", "mm", "f"}
DUTCH = re.compile(
    r"\b(de|het|een|van|niet|en|is|voor|met|naar|op|bij|geen|nog|kan|wordt|deze|dit|uw|je|u|of|aan|te|er|"
    r"zijn|worden|kies|klik|typ|bewaar|opslaan|verwijderen)\b",
    re.IGNORECASE,
)


def modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(UI.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def name_of(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def literal_text(node: ast.expr) -> str | None:
    """The literal words in an argument (a string, f-string, sum or list of them); None if not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    if isinstance(node, ast.BinOp):
        parts = [literal_text(node.left), literal_text(node.right)]
        return " ".join(p for p in parts if p) if any(p is not None for p in parts) else None
    if isinstance(node, (ast.List, ast.Tuple)):
        parts = [literal_text(e) for e in node.elts]
        return " ".join(p for p in parts if p) if any(p is not None for p in parts) else None
    return None


def has_words(text: str) -> bool:
    text = re.sub(r"<[^>]+>|&\w+;|%\d|%n|\{[^}]*\}", " ", text)
    words = [w for w in re.findall(r"[^\W\d_]{2,}", text) if w.casefold() not in TECHNICAL]
    return bool(words) and text.strip() not in ALLOWED


def test_no_literal_text_is_handed_to_a_widget() -> None:
    found = []
    for path, tree in modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or name_of(node.func) not in SINKS:
                continue
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]:
                text = literal_text(arg)
                if text is not None and has_words(text):
                    found.append(
                        f"{path.relative_to(UI.parent)}:{node.lineno}: {name_of(node.func)}({text!r})"
                    )
    assert found == [], "wrap these in self.tr()/QCoreApplication.translate()"


def test_no_dutch_sentence_outside_a_translation_call() -> None:
    found = []
    for path, tree in modules():
        skip: set[int] = set()
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
                skip.add(id(body[0].value))  # docstring
            if isinstance(node, ast.Call) and name_of(node.func) in TRANSLATING | NOT_SHOWN:
                skip |= {id(sub) for sub in ast.walk(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                text = node.value
                if len(text.split()) >= 2 and DUTCH.search(text) and has_words(text):
                    found.append(f"{path.relative_to(UI.parent)}:{node.lineno}: {text[:70]!r}")
    assert found == [], "user-visible Dutch must go through tr()/QCoreApplication.translate()"


def test_the_heuristics_catch_what_they_are_for() -> None:
    sample = ast.parse(
        "label.setText('Kies een bestand')\n"
        "QPushButton(f'Opslaan {name}')\n"
        "box.setText(self.tr('Kies een bestand'))\n"
        "action = menu.addAction(f'{label}\\tCtrl+H')\n"
        "MESSAGE = 'Dit bestand is niet geopend'\n"
    )
    calls = [n for n in ast.walk(sample) if isinstance(n, ast.Call) and name_of(n.func) in SINKS]
    flagged = [literal_text(c.args[0]) for c in calls if (t := literal_text(c.args[0])) and has_words(t)]
    assert flagged == ["Kies een bestand", "Opslaan "]
    assert DUTCH.search("Dit bestand is niet geopend") and not DUTCH.search("Ctrl+Shift+O")
