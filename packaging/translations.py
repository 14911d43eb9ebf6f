"""Keep the Qt Linguist translations in step with the code: extract, update, compile, check.

The UI's source strings are Dutch. ``resources/translations/erbij_desktop_en.ts``
holds every one of them with its English translation; ``erbij_desktop_nl.ts``
holds only the strings with a count (``%n``), whose Dutch singular and plural
forms need spelling out. ``pyside6-lrelease`` compiles both to ``.qm`` files,
which ``erbij_desktop.ui.app.install_translators`` loads at start.

``pyside6-lupdate`` reads Python, but only sees calls it recognises literally:
``self.tr("…")`` (context: the enclosing class), ``QCoreApplication.translate
("Context", "…")`` and ``QT_TRANSLATE_NOOP("Context", "…")``. Our UI also uses
small helpers that it would miss or misread:

* wrappers such as ``def _tr(text): return QCoreApplication.translate("BackupsDialog", text)``
  (also imported from another module, like ``tr`` in ui/live/texts.py);
* local aliases ``tr = QCoreApplication.translate`` (lupdate would take
  ``tr("field", "…")`` as the source text "field");
* a context held in a module constant (``translate(CONTEXT, "…")``).

So lupdate runs on a temporary copy of the package in which those calls are
spelled out as ``QCoreApplication.translate("Context", "…")``. Only the call
names change, on the same lines, so the ``.ts`` locations point at the real code.

    python packaging/translations.py update   # regenerate the .ts files and the .qm files
    python packaging/translations.py check    # exit 1 when a .ts is stale or unfinished
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "erbij_desktop"
TRANSLATIONS = Path("resources") / "translations"
STEM = "erbij_desktop"
SOURCE_LANGUAGE = "nl"
# language -> extra lupdate options; Dutch is the source language, so its file only needs the plurals.
LANGUAGES = {"en": [], "nl": ["-pluralonly"]}
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
CANONICAL = "QCoreApplication.translate"


def ts_path(language: str, root: Path = ROOT) -> Path:
    return root / TRANSLATIONS / f"{STEM}_{language}.ts"


def qm_path(language: str, root: Path = ROOT) -> Path:
    return root / TRANSLATIONS / f"{STEM}_{language}.qm"


def qt_tool(name: str) -> str:
    """Path of pyside6-lupdate / pyside6-lrelease: next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6-Essentials)")
    return found


# --- making wrapper calls visible to lupdate -------------------------------------------------------


def _callee(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            constants[node.targets[0].id] = node.value.value
    return constants


def _wrapper_context(func: ast.FunctionDef, constants: dict[str, str]) -> str | None:
    """The context when ``func`` just returns ``QCoreApplication.translate(<context>, <first arg>, …)``."""
    body = list(func.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # docstring
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not func.args.args:
        return None
    call = body[0].value
    if not isinstance(call, ast.Call) or _callee(call.func) != "translate" or len(call.args) < 2:
        return None
    context, text = call.args[0], call.args[1]
    if not (isinstance(text, ast.Name) and text.id == func.args.args[0].arg):
        return None
    if isinstance(context, ast.Constant) and isinstance(context.value, str):
        return context.value
    if isinstance(context, ast.Name):
        return constants.get(context.id)
    return None


@dataclass
class _Module:
    name: str
    tree: ast.Module
    constants: dict[str, str]
    wrappers: dict[str, str]  # function name -> translation context


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _edits(path: Path, mod: _Module, modules: dict[str, _Module]) -> list[tuple[int, int, int, str]]:
    """(line, start byte, end byte, replacement) for every call lupdate would not understand."""
    wrappers = dict(mod.wrappers)
    aliases: set[str] = set()
    for node in ast.walk(mod.tree):
        if isinstance(node, ast.ImportFrom):
            source = modules.get(_resolve(mod.name, node, path.name == "__init__.py"))
            for alias in node.names:
                if source is not None and alias.name in source.wrappers:
                    wrappers[alias.asname or alias.name] = source.wrappers[alias.name]
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "translate"
        ):
            aliases.add(node.targets[0].id)
    edits: list[tuple[int, int, int, str]] = []
    for node in ast.walk(mod.tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func, first = node.func, node.args[0]
        if isinstance(func, ast.Name) and func.id in wrappers and not isinstance(first, ast.Starred):
            context = wrappers[func.id]
            # `_tr(` -> `QCoreApplication.translate(` and the context goes in front of the first argument
            edits.append((func.lineno, func.col_offset, func.end_col_offset or 0, CANONICAL))
            edits.append((first.lineno, first.col_offset, first.col_offset, f"{context!r}, "))
        elif isinstance(func, ast.Name) and func.id in aliases:
            edits.append((func.lineno, func.col_offset, func.end_col_offset or 0, CANONICAL))
        if (
            _callee(func) in TRANSLATE_NAMES
            and isinstance(first, ast.Name)
            and first.id in mod.constants
            and first.lineno == first.end_lineno
        ):
            edits.append(
                (first.lineno, first.col_offset, first.end_col_offset or 0, repr(mod.constants[first.id]))
            )
    return edits


def _apply(source: bytes, edits: list[tuple[int, int, int, str]]) -> bytes:
    lines = source.splitlines(keepends=True)
    for line, start, end, text in sorted(edits, reverse=True):
        raw = lines[line - 1]
        lines[line - 1] = raw[:start] + text.encode("utf-8") + raw[end:]
    return b"".join(lines)


def prepare_sources(root: Path, target: Path) -> list[Path]:
    """Copy the package's Python files to ``target`` with wrapper calls spelled out; the copies."""
    package = root / PACKAGE
    paths = sorted(package.rglob("*.py"))
    modules: dict[str, _Module] = {}
    for path in paths:
        tree = ast.parse(path.read_bytes(), filename=str(path))
        constants = _module_constants(tree)
        wrappers = {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _wrapper_context(node, constants))
        }
        modules[_module_name(path, root)] = _Module(_module_name(path, root), tree, constants, wrappers)
    copies: list[Path] = []
    for path in paths:
        mod = modules[_module_name(path, root)]
        copy = target / path.relative_to(root)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(_apply(path.read_bytes(), _edits(path, mod, modules)))
        copies.append(copy)
    return copies


# --- running the Qt tools --------------------------------------------------------------------------


def run_lupdate(root: Path, work: Path, languages: Iterable[str] = LANGUAGES) -> dict[str, Path]:
    """Update copies of the ``.ts`` files in ``work`` from the code under ``root``; their paths."""
    sources = prepare_sources(root, work)
    listing = work / "sources.lst"
    listing.write_text("".join(f"{p}\n" for p in sources), encoding="utf-8")
    results: dict[str, Path] = {}
    for language in languages:
        ts = ts_path(language, work)
        ts.parent.mkdir(parents=True, exist_ok=True)
        if ts_path(language, root).exists():
            shutil.copyfile(ts_path(language, root), ts)
        command = [
            qt_tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "absolute",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *LANGUAGES[language],
            f"@{listing}",
            "-ts",
            str(ts),
        ]
        subprocess.run(command, check=True, capture_output=True, text=True)
        results[language] = ts
    return results


def run_lrelease(ts: Path, qm: Path) -> None:
    command = [qt_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, text=True)


# --- reading .ts files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    unfinished: bool
    numerus: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> Iterator[Message]:
    """Every current message of a .ts file (obsolete and vanished ones are skipped)."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ("",)
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            yield Message(
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                texts,
                kind == "unfinished",
                numerus,
            )


def unfinished(path: Path) -> list[Message]:
    """Messages without a finished, non-empty translation."""
    return [m for m in read_ts(path) if m.unfinished or not all(t.strip() for t in m.translations)]


def stale(root: Path = ROOT) -> dict[str, tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]]:
    """Per language: (messages the code has but the .ts lacks, messages the .ts has but the code lost)."""
    report: dict[str, tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]] = {}
    with tempfile.TemporaryDirectory(prefix="erbij-lupdate-") as tmp:
        for language, fresh in run_lupdate(root, Path(tmp)).items():
            committed = ts_path(language, root)
            have = {m.key for m in read_ts(committed)} if committed.exists() else set()
            want = {m.key for m in read_ts(fresh)}
            if want != have:
                report[language] = (want - have, have - want)
    return report


# --- commands --------------------------------------------------------------------------------------


def update(root: Path = ROOT) -> int:
    with tempfile.TemporaryDirectory(prefix="erbij-lupdate-") as tmp:
        for language, fresh in run_lupdate(root, Path(tmp)).items():
            shutil.copyfile(fresh, ts_path(language, root))
            run_lrelease(ts_path(language, root), qm_path(language, root))
            todo = unfinished(ts_path(language, root))
            total = sum(1 for _ in read_ts(ts_path(language, root)))
            print(f"{ts_path(language, root).relative_to(root)}: {total} messages, {len(todo)} unfinished")
            for message in todo:
                print(f"  unfinished: {message.where}")
    return 0


def check(root: Path = ROOT) -> int:
    problems = 0
    for language, (missing, gone) in stale(root).items():
        for key in sorted(missing):
            print(f"{STEM}_{language}.ts lacks [{key[0]}] {key[1]!r}: run packaging/update_translations.sh")
        for key in sorted(gone):
            print(f"{STEM}_{language}.ts still has [{key[0]}] {key[1]!r}, no longer in the code")
        problems += len(missing) + len(gone)
    for language in LANGUAGES:
        for message in unfinished(ts_path(language, root)):
            print(f"{STEM}_{language}.ts: no translation for {message.where}")
            problems += 1
    print("translations: OK" if not problems else f"translations: {problems} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["update", "check"])
    args = parser.parse_args(argv)
    return update() if args.command == "update" else check()


if __name__ == "__main__":
    sys.exit(main())
