"""The translation files: complete, current with the code, compiled, and faithful to placeholders.

A string added with tr() but not run through packaging/update_translations.sh
makes ``test_translation_files_are_current`` fail; a string without English
makes ``test_every_message_has_an_english_translation`` fail.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "erbij_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]*\}")
TAG = re.compile(r"</?([a-z]+)[^>]*>")


def mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_every_message_has_an_english_translation() -> None:
    missing = [m.where for m in tool.unfinished(tool.ts_path("en"))]
    assert missing == [], "run packaging/update_translations.sh and translate these in erbij_desktop_en.ts"
    assert sum(1 for _ in tool.read_ts(tool.ts_path("en"))) > 500


def test_counted_messages_have_their_dutch_forms_spelled_out() -> None:
    dutch = list(tool.read_ts(tool.ts_path("nl")))
    assert [m.where for m in dutch if m.unfinished or not all(m.translations)] == []
    assert all(m.numerus and len(m.translations) == 2 for m in dutch)  # one, many
    english_counted = {m.key for m in tool.read_ts(tool.ts_path("en")) if m.numerus}
    assert {m.key for m in dutch} == english_counted


def test_translation_files_are_current() -> None:
    stale = tool.stale()
    report = {
        language: {"not in the .ts": sorted(new), "no longer in the code": sorted(gone)}
        for language, (new, gone) in stale.items()
    }
    assert report == {}, "run packaging/update_translations.sh"


def test_compiled_files_match_their_sources(tmp_path: Path) -> None:
    for language in tool.LANGUAGES:
        fresh = tmp_path / f"{language}.qm"
        tool.run_lrelease(tool.ts_path(language), fresh)
        assert fresh.read_bytes() == tool.qm_path(language).read_bytes(), f"rebuild the {language} .qm"


@pytest.mark.parametrize("language", sorted(tool.LANGUAGES))
def test_translations_keep_placeholders_markup_mnemonics_and_spacing(language: str) -> None:
    wrong = []
    for message in tool.read_ts(tool.ts_path(language)):
        for text in message.translations:
            if (
                sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(message.source))
                or TAG.findall(text) != TAG.findall(message.source)
                or mnemonics(text) != mnemonics(message.source)
                or text[:1].isspace() != message.source[:1].isspace()
                or text.count("\n") != message.source.count("\n")
            ):
                wrong.append(f"{message.where} -> {text!r}")
    assert wrong == []


def test_the_update_script_regenerates_and_compiles(tmp_path: Path) -> None:
    """update() on a copy with one new tr() string adds it (unfinished) and writes the .qm files."""
    copy = tmp_path / "checkout"
    shutil.copytree(
        ROOT / "erbij_desktop", copy / "erbij_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / tool.TRANSLATIONS, copy / tool.TRANSLATIONS)
    extra = copy / "erbij_desktop" / "ui" / "extra_for_test.py"
    extra.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def _tr(text):\n    return QCoreApplication.translate('ExtraContext', text)\n\n"
        "LABEL = _tr('Een nieuwe zin')\n",
        encoding="utf-8",
    )
    for qm in (copy / tool.TRANSLATIONS).glob("*.qm"):
        qm.unlink()
    assert tool.update(copy) == 0
    [added] = [m for m in tool.read_ts(tool.ts_path("en", copy)) if m.context == "ExtraContext"]
    assert (added.source, added.unfinished) == ("Een nieuwe zin", True)
    assert all(tool.qm_path(language, copy).stat().st_size > 0 for language in tool.LANGUAGES)
    assert tool.check(copy) == 1  # the new string still lacks its English
