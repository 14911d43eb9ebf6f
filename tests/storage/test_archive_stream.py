"""The streamed contributions of a version-3 archive: every bad line refused by name, nothing stored.

The lines are not validated with jsonschema but checked one by one while they are
inserted (storage.archive_rows); the check must refuse exactly what the schema's
``$defs/contribution`` refuses, and a bad line late in a long stream must roll back
the rows already inserted before it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from archive_cases import LINES, MiB, archive_with, change_line, dump_json, patch_sizes, refused_and_unchanged
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.resources import migrations_dir
from erbij_desktop.storage.archive import export_archive
from erbij_desktop.storage.archive_export import Exporter
from erbij_desktop.storage.archive_limits import max_line_bytes
from erbij_desktop.storage.archive_rows import ContributionWriter, Keys
from erbij_desktop.storage.errors import ArchiveError

Content = tuple[dict[str, Any], dict[str, bytes]]


def _lines(files: dict[str, bytes]) -> list[bytes]:
    return files[LINES].splitlines(keepends=True)


def _set_lines(files: dict[str, bytes], lines: list[bytes]) -> None:
    files[LINES] = b"".join(lines)


def _first_line(files: dict[str, bytes], line: bytes) -> None:
    _set_lines(files, [line, *_lines(files)[1:]])


def _without(field: str) -> Callable[[dict[str, Any], dict[str, bytes]], None]:
    def change(d: dict[str, Any], f: dict[str, bytes]) -> None:
        entry = json.loads(_lines(f)[0])
        del entry[field]
        _first_line(f, dump_json(entry) + b"\n")

    return change


def _tag_twice(d: dict[str, Any], f: dict[str, bytes]) -> None:
    d["tags"] = [{"key": "zorg", "name": "Zorg"}]
    change_line(f, 0, tags=["zorg", "zorg"])


def _as_version_2_with_member(d: dict[str, Any], f: dict[str, bytes]) -> None:
    d["version"] = 2
    d["contributions"] = [json.loads(line) for line in _lines(f)]


CHANGES: list[tuple[str, Callable[[dict[str, Any], dict[str, bytes]], None], str]] = [
    ("not-json", lambda d, f: _first_line(f, b"{kapot\n"), "jsonl, regel 1, is geen geldige JSON"),
    ("not-utf8", lambda d, f: _first_line(f, b'{"text": "\xe9"}\n'), "regel 1, is geen UTF-8"),
    ("duplicate-key", lambda d, f: _first_line(f, _lines(f)[0].replace(b'"text":', b'"text":"x","text":', 1)),
     "twee keer"),
    ("not-an-object", lambda d, f: _first_line(f, b"[1, 2]\n"), "regel 1: is geen object"),
    ("missing-field", _without("created_at"), "het veld 'created_at' ontbreekt"),
    ("extra-field", lambda d, f: change_line(f, 0, id=7), "onbekend veld 'id'"),
    ("text-too-long", lambda d, f: change_line(f, 2, text="x" * 20_001), "regel 3, veld text: is langer"),
    ("report-text-number", lambda d, f: change_line(f, 0, report_text=5), "veld report_text"),
    ("position-bool", lambda d, f: change_line(f, 0, position=True), "veld position"),
    ("bad-timestamp", lambda d, f: change_line(f, 0, created_at="2018-02-30T10:00:00Z"), "Ongeldig tijdstip"),
    ("local-timestamp", lambda d, f: change_line(f, 0, updated_at="2018-02-20T10:00:00+01:00"),
     "veld updated_at"),
    ("unknown-round", lambda d, f: change_line(f, 0, round="round-9"), "round-9"),
    ("unknown-tag", lambda d, f: change_line(f, 0, tags=["bestaat-niet"]), "bestaat-niet"),
    ("tag-twice", lambda d, f: _tag_twice(d, f), "veld tags: noemt een label twee keer"),
    ("more-lines", lambda d, f: _set_lines(f, [*_lines(f), _lines(f)[0]]), "meer regels dan de"),
    ("fewer-lines", lambda d, f: _set_lines(f, _lines(f)[:-1]), "maar event.json noemt er"),
    ("no-final-newline", lambda d, f: f.update({LINES: f[LINES][:-1]}), "houdt op midden in regel"),
    ("empty-line", lambda d, f: _set_lines(f, [b"\n", *_lines(f)[1:]]), "regel 1, is geen geldige JSON"),
    ("overlong-line", lambda d, f: _first_line(f, os.urandom(max_line_bytes()).replace(b"\n", b"x") + b"\n"),
     "is langer dan"),
    ("member-missing", lambda d, f: f.pop(LINES), "mist contributions.jsonl"),
    ("member-in-version-2", _as_version_2_with_member, "onverwacht bestand: 'contributions.jsonl'"),
    ("count-as-text", lambda d, f: d["contributions"].update(count="23"), "contributions"),
    ("member-bomb", lambda d, f: f.update({LINES: b" " * (8 * MiB)}), "zip-bom"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in CHANGES], ids=[c[0] for c in CHANGES])
def test_a_bad_line_is_refused_by_name_and_nothing_changes(
    populated: Session,
    demo_content: Content,
    tmp_path: Path,
    change: Callable[[dict[str, Any], dict[str, bytes]], None],
    expected: str,
) -> None:
    path = archive_with(tmp_path, demo_content, change)
    assert expected in refused_and_unchanged(populated, path)


def test_a_member_whose_header_understates_its_size_is_refused(
    populated: Session, demo_content: Content, tmp_path: Path
) -> None:
    path = archive_with(tmp_path, demo_content)
    patch_sizes(path, LINES, size=1000)
    assert re.search(r"beschadigd|groter dan de zip-kop", refused_and_unchanged(populated, path))


def test_a_bad_line_after_many_batches_rolls_every_batch_back(
    populated: Session, demo_content: Content, tmp_path: Path
) -> None:
    document, files = demo_content
    template = json.loads(_lines(files)[0])
    lines = [dump_json(dict(template, position=n, text=f"Bijdrage {n}")) + b"\n" for n in range(9000)]
    lines[8500] = dump_json(dict(template, highlighted="ja")) + b"\n"

    def change(d: dict[str, Any], f: dict[str, bytes]) -> None:
        d["contributions"]["count"] = len(lines)
        _set_lines(f, lines)

    path = archive_with(tmp_path, (document, files), change)
    assert "regel 8501, veld highlighted" in refused_and_unchanged(populated, path)


# --- the cheap check refuses what the schema refuses ------------------------------------------------

GOOD: dict[str, Any] = {
    "round": "round-1",
    "table": "table-1",
    "position": 3,
    "text": "Samen eten op woensdag.",
    "report_text": None,
    "person": None,
    "organisation": "gemeente",
    "highlighted": False,
    "tags": ["zorg", "buurt"],
    "created_at": "2018-02-20T10:20:00Z",
    "updated_at": "2018-02-20T10:20:00.123456Z",
}
VARIANTS: list[dict[str, Any]] = [
    {},
    {"text": "x" * 20_000},
    {"text": "x" * 20_001},
    {"text": "😀" * 20_000},
    {"text": 5},
    {"text": None},
    {"report_text": "x" * 20_000},
    {"report_text": "x" * 20_001},
    {"report_text": ["x"]},
    {"position": 1_000_000_000},
    {"position": 1_000_000_001},
    {"position": -1_000_000_001},
    {"position": True},
    {"position": "3"},
    {"highlighted": 0},
    {"highlighted": None},
    {"round": None},
    {"round": 7},
    {"table": None},
    {"table": ["table-1"]},
    {"person": False},
    {"tags": []},
    {"tags": "zorg"},
    {"tags": ["zorg", "zorg"]},
    {"tags": [1]},
    {"tags": None},
    {"created_at": "2018-02-20T10:20:00"},
    {"created_at": "2018-02-20 10:20:00Z"},
    {"created_at": "2018-02-20T10:20:00.123Z"},
    {"updated_at": 1519122000},
    {"id": 7},
    {"extra": None},
]


# Version 4 added where it was typed and the id made there.
DEVICE = {
    "entry_uid": "5f0c9d2e-1b7a-4c3e-9a51-0d6f2b8e4c17",
    "source": "device",
    "device_id": "d1",
    "hidden": True,
}
DEVICE_VARIANTS: list[dict[str, Any]] = [
    {"entry_uid": None},
    {"entry_uid": ""},
    {"entry_uid": "x" * 36},
    {"entry_uid": "x" * 37},
    {"entry_uid": 5},
    {"source": "laptop"},
    {"source": "phone"},
    {"source": None},
    {"device_id": None},
    {"device_id": "x" * 64},
    {"device_id": "x" * 65},
    {"hidden": 1},
]
CASES = [(3, "contribution_v1", GOOD, v) for v in VARIANTS] + [
    (4, "contribution", GOOD | DEVICE, v) for v in VARIANTS + DEVICE_VARIANTS
]


@pytest.mark.parametrize(
    ("version", "definition", "good", "variant"), CASES, ids=[f"v{c[0]}-{c[3]!r:.40}" for c in CASES]
)
def test_the_line_check_agrees_with_the_schema(
    version: int, definition: str, good: dict[str, Any], variant: dict[str, Any]
) -> None:
    schema = json.loads((migrations_dir() / "archive.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], **schema["$defs"][definition]})
    entry = good | variant
    keys = Keys({"round-1": 1}, {"table-1": 1}, {}, {"gemeente": 1}, {"zorg": 1, "buurt": 2})
    writer = ContributionWriter(None, 1, keys)  # checks only
    writer.expect_version(version)
    try:
        writer.add(entry, "contributions.jsonl regel 1")
        checked = True
    except ArchiveError:
        checked = False
    assert checked == validator.is_valid(entry), entry
    for field in good:
        missing = {key: value for key, value in good.items() if key != field}
        with pytest.raises(ArchiveError, match=f"'{field}' ontbreekt"):
            writer.add(missing, "contributions.jsonl regel 2")
        assert not validator.is_valid(missing)


def test_an_export_whose_contributions_change_while_it_streams_is_refused_and_leaves_no_file(
    session: Session, demo_event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """event.json (written first) declares the count; a window adding a row meanwhile must not give an
    archive that its own import would refuse."""

    def stale_count(self: Exporter) -> int:
        self.count = 99
        return self.count

    monkeypatch.setattr(Exporter, "_count", stale_count)
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ArchiveError, match="veranderde tijdens het exporteren"):
        export_archive(session, demo_event, out / "export.erbij")
    assert list(out.iterdir()) == []
