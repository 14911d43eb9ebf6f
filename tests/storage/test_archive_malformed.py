"""Bad and hostile archives are refused with one line, and the database stays exactly as it was."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from archive_cases import (
    MiB,
    archive_with,
    change_line,
    dump_json,
    huge_png,
    patch_sizes,
    refused_and_unchanged,
    replace_photo,
    write_zip,
)
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.storage import archive_io
from erbij_desktop.storage.archive import import_archive
from erbij_desktop.storage.archive_format import VERSION
from erbij_desktop.storage.errors import ArchiveError


# Each case: (id, builder(tmp_path, content) -> archive path, expected words in the message)
def _not_a_zip(tmp: Path, content: Any) -> Path:
    path = tmp / "case.erbij"
    path.write_bytes(b"Dit is gewoon tekst, geen zip.\n" * 10)
    return path


def _empty_file(tmp: Path, content: Any) -> Path:
    path = tmp / "case.erbij"
    path.write_bytes(b"")
    return path


def _bad_json(tmp: Path, content: Any) -> Path:
    return write_zip(tmp / "case.erbij", [("event.json", b'{"format": "erbij-archive", "version": 1,')])


def _not_utf8(tmp: Path, content: Any) -> Path:
    return write_zip(tmp / "case.erbij", [("event.json", '{"format": "é"}'.encode("latin-1"))])


def _duplicate_json_key(tmp: Path, content: Any) -> Path:
    raw = dump_json(content[0]).replace(b'"title":', b'"title": "x", "title":', 1)
    return write_zip(tmp / "case.erbij", [("event.json", raw), *content[1].items()])


def _nan(tmp: Path, content: Any) -> Path:
    raw = dump_json(content[0]).replace(b'"attendance_actual": 100', b'"attendance_actual": NaN', 1)
    return write_zip(tmp / "case.erbij", [("event.json", raw), *content[1].items()])


def _deep_nesting(tmp: Path, content: Any) -> Path:
    raw = b'{"format": "erbij-archive", "version": 1, "x": ' + b"[" * 20_000 + b"]" * 20_000 + b"}"
    return write_zip(tmp / "case.erbij", [("event.json", raw)])


def _no_document(tmp: Path, content: Any) -> Path:
    return write_zip(tmp / "case.erbij", list(content[1].items()))


def _unknown_format(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d.update(format="iets-anders"))


def _newer_version(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d.update(version=VERSION + 1))


def _version_as_text(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d.update(version="1"))


def _schema_missing_title(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d["event"].pop("title"))


def _schema_wrong_type(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: change_line(f, 0, highlighted="ja"))


def _schema_extra_field(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d["people"][0].update(id=7))


def _bad_date(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d["event"].update(date="2018-02-30"))


def _dangling_reference(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: change_line(f, 0, table="table-99"))


def _entry_id_twice(tmp: Path, content: Any) -> Path:
    def change(d: dict[str, Any], f: dict[str, bytes]) -> None:
        change_line(f, 0, entry_uid="5f0c9d2e-1b7a-4c3e-9a51-0d6f2b8e4c17")
        change_line(f, 1, entry_uid="5f0c9d2e-1b7a-4c3e-9a51-0d6f2b8e4c17")

    return archive_with(tmp, content, change)


def _unknown_source(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: change_line(f, 2, source="phone"))


def _version_3_with_device_fields(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d.update(version=3))


def _duplicate_key(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: d["tables"][1].update(key="table-1"))


def _same_name_twice(tmp: Path, content: Any) -> Path:
    def change(d: dict[str, Any], f: Any) -> None:
        d["people"][1]["name"] = d["people"][0]["name"].upper()

    return archive_with(tmp, content, change)


def _two_headlines(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: [q.update(is_headline=True) for q in d["quotes"][:2]])


def _missing_photo(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: f.pop(d["photos"][0]["file"]))


def _corrupt_photo(tmp: Path, content: Any) -> Path:
    def change(d: dict[str, Any], f: dict[str, bytes]) -> None:
        name = d["photos"][0]["file"]
        f[name] = f[name][:-100] + b"\x00" * 100

    return archive_with(tmp, content, change)


def _photo_not_an_image(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: replace_photo(d, f, b"geen plaatje" * 50))


def _truncated_photo(tmp: Path, content: Any) -> Path:
    def change(d: dict[str, Any], f: dict[str, bytes]) -> None:
        replace_photo(d, f, f[d["photos"][0]["file"]][:5000])

    return archive_with(tmp, content, change)


def _pixel_bomb(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: replace_photo(d, f, huge_png(40_000), "png"))


def _too_many_pixels(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: replace_photo(d, f, huge_png(9_000), "png"))


def _unused_file(tmp: Path, content: Any) -> Path:
    return archive_with(tmp, content, lambda d, f: f.update({"photos/" + "a" * 64 + ".jpg": b"x"}))


def _zip_slip(tmp: Path, content: Any) -> Path:
    return write_zip(
        tmp / "case.erbij", [("event.json", dump_json(content[0])), ("../../evil.sh", b"rm -rf")]
    )


def _zip_slip_inside_photos(tmp: Path, content: Any) -> Path:
    return write_zip(
        tmp / "case.erbij", [("event.json", dump_json(content[0])), ("photos/../../x.jpg", b"x")]
    )


def _absolute_path(tmp: Path, content: Any) -> Path:
    return write_zip(tmp / "case.erbij", [("event.json", dump_json(content[0])), ("/etc/cron.d/evil", b"x")])


def _backslash_path(tmp: Path, content: Any) -> Path:
    return write_zip(tmp / "case.erbij", [("event.json", dump_json(content[0])), ("..\\..\\evil.bat", b"x")])


def _unexpected_name(tmp: Path, content: Any) -> Path:
    return write_zip(tmp / "case.erbij", [("event.json", dump_json(content[0])), ("notities.txt", b"x")])


def _duplicate_entry(tmp: Path, content: Any) -> Path:
    document = dump_json(content[0])
    return write_zip(tmp / "case.erbij", [("event.json", document), ("event.json", document)])


def _ratio_bomb(tmp: Path, content: Any) -> Path:
    bomb = "photos/" + "b" * 64 + ".jpg"
    return write_zip(
        tmp / "case.erbij", [("event.json", dump_json(content[0])), (bomb, b"\x00" * (20 * MiB))]
    )


def _huge_document(tmp: Path, content: Any) -> Path:
    raw = b'{"format": "erbij-archive", "version": 1, "pad": "' + b" " * (51 * MiB) + b'"}'
    return write_zip(tmp / "case.erbij", [("event.json", raw)])


def _header_claims_200mb_document(tmp: Path, content: Any) -> Path:
    path = archive_with(tmp, content)
    patch_sizes(path, "event.json", size=200 * MiB)
    return path


def _header_understates_size(tmp: Path, content: Any) -> Path:
    path = archive_with(tmp, content)
    patch_sizes(path, "event.json", size=1000)
    return path


def _encrypted_entry(tmp: Path, content: Any) -> Path:
    path = archive_with(tmp, content)
    patch_sizes(path, "event.json", flags=0x1)
    return path


CASES: list[tuple[str, Callable[[Path, Any], Path], str]] = [
    ("not-a-zip", _not_a_zip, "geen Erbij-archief"),
    ("empty-file", _empty_file, "geen Erbij-archief"),
    ("bad-json", _bad_json, "geen geldige JSON"),
    ("not-utf8", _not_utf8, "UTF-8"),
    ("duplicate-json-key", _duplicate_json_key, "twee keer"),
    ("nan", _nan, "ongeldige JSON-waarde"),
    ("deep-nesting", _deep_nesting, "te diep genest"),
    ("no-document", _no_document, "bevat geen event.json"),
    ("unknown-format", _unknown_format, "geen Erbij-archief"),
    ("newer-version", _newer_version, f"versie {VERSION + 1}"),
    ("version-as-text", _version_as_text, "Onbekende archiefversie"),
    ("schema-missing-title", _schema_missing_title, "event: 'title' is a required property"),
    ("schema-wrong-type", _schema_wrong_type, "contributions.jsonl regel 1, veld highlighted"),
    ("schema-extra-field", _schema_extra_field, "people/0"),
    ("bad-date", _bad_date, "Ongeldige datum"),
    ("dangling-reference", _dangling_reference, "table-99"),
    ("entry-id-twice", _entry_id_twice, "regel 2, veld entry_uid"),
    ("unknown-source", _unknown_source, "regel 3, veld source"),
    ("version-3-with-device-fields", _version_3_with_device_fields, "onbekend veld 'device_id'"),
    ("duplicate-key", _duplicate_key, "table-1"),
    ("same-name-twice", _same_name_twice, "dezelfde naam"),
    ("two-headlines", _two_headlines, "kopcitaat"),
    ("missing-photo", _missing_photo, "ontbreekt"),
    ("corrupt-photo", _corrupt_photo, "controlesom"),
    ("photo-not-an-image", _photo_not_an_image, "geen leesbaar beeld"),
    ("truncated-photo", _truncated_photo, "geen leesbaar beeld"),
    ("pixel-bomb", _pixel_bomb, "te groot"),
    ("too-many-pixels", _too_many_pixels, "te veel pixels"),
    ("unused-file", _unused_file, "nergens wordt gebruikt"),
    ("zip-slip", _zip_slip, "onveilige bestandsnaam"),
    ("zip-slip-in-photos", _zip_slip_inside_photos, "onveilige bestandsnaam"),
    ("absolute-path", _absolute_path, "onveilige bestandsnaam"),
    ("backslash-path", _backslash_path, "onveilige bestandsnaam"),
    ("unexpected-name", _unexpected_name, "onverwacht bestand"),
    ("duplicate-entry", _duplicate_entry, "twee keer"),
    ("ratio-bomb", _ratio_bomb, "zip-bom"),
    ("huge-document", _huge_document, "groter dan 50 MB"),
    ("header-claims-200mb-document", _header_claims_200mb_document, "groter dan 50 MB"),
    ("header-understates-size", _header_understates_size, "beschadigd"),
    ("encrypted-entry", _encrypted_entry, "versleuteld"),
]


@pytest.mark.parametrize(("build", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_archive_is_refused_and_nothing_changes(
    populated: Session,
    demo_content: Any,
    tmp_path: Path,
    build: Callable[[Path, Any], Path],
    expected: str,
) -> None:
    path = build(tmp_path, demo_content)
    assert expected in refused_and_unchanged(populated, path)


def test_the_unchanged_archive_imports(
    session: Session, demo_event: Event, demo_content: Any, tmp_path: Path
) -> None:
    """Control for the cases above: without the damage, the same builder gives a good archive."""
    event = import_archive(session, archive_with(tmp_path, demo_content), as_copy=True)
    assert event.title.endswith("(kopie)")


def test_sizes_are_counted_while_reading_not_only_in_headers(
    populated: Session, demo_content: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even if a header check were fooled, decompression stops at the limit."""
    monkeypatch.setattr(archive_io, "_check_headers", lambda infos: None)
    monkeypatch.setattr(archive_io, "MAX_DOCUMENT_BYTES", 2 * MiB)
    raw = os.urandom(3 * MiB)  # incompressible: only the size limit can stop it
    path = write_zip(tmp_path / "case.erbij", [("event.json", raw)])
    assert "groter dan 2 MB" in refused_and_unchanged(populated, path, as_copy=False)


def test_ratio_is_checked_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_io, "_check_headers", lambda infos: None)
    path = write_zip(tmp_path / "case.erbij", [("photos/" + "c" * 64 + ".jpg", b"\x00" * (4 * MiB))])
    with pytest.raises(ArchiveError, match="zip-bom"):
        archive_io.read_zip(path)


def test_missing_file_and_folder_give_one_line(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="bestaat niet"):
        archive_io.read_zip(tmp_path / "nergens.erbij")
    with pytest.raises(ArchiveError, match="map"):
        archive_io.read_zip(tmp_path)
