"""``erbij-desktop demo | import | export``: headless, one-line errors, the database untouched on failure."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from erbij_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
MiB = 1024 * 1024


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "erbij.sqlite"
    code, out, _ = run(capsys, "--database", str(path), "demo")
    assert code == 0 and out == "1\tPraktijktafel Samen tegen eenzaamheid\n"
    return path


@pytest.fixture
def demo_archive(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "demo.erbij"
    code, out, err = run(
        capsys, "--database", str(demo_db), "export", "Samen tegen eenzaamheid", "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert out.strip() == str(target)
    return target


def test_demo_then_list_shows_it(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--database", str(demo_db), "list")
    assert code == 0
    assert out == "1\t2018-02-20\tPraktijktafel Samen tegen eenzaamheid\n"


def test_demo_twice_says_it_is_already_there(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--database", str(demo_db), "demo")
    assert code == 0
    assert out == "1\tPraktijktafel Samen tegen eenzaamheid\n"
    assert "staat er al" in err
    assert run(capsys, "--database", str(demo_db), "list")[1].count("\n") == 1


def test_export_then_import_elsewhere_prints_the_new_id(
    demo_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "ander.sqlite"
    code, out, err = run(capsys, "--database", str(other), "import", str(demo_archive))
    assert (code, out, err) == (0, "1\n", "")
    assert "Praktijktafel Samen tegen eenzaamheid" in run(capsys, "--database", str(other), "list")[1]
    again = tmp_path / "again.erbij"
    assert run(capsys, "--database", str(other), "export", "1", "-o", str(again))[0] == 0
    with zipfile.ZipFile(demo_archive) as first, zipfile.ZipFile(again) as second:
        assert first.read("event.json") == second.read("event.json")


def test_importing_the_same_event_twice_needs_copy(
    demo_db: Path, demo_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db.read_bytes()
    code, out, err = run(capsys, "--database", str(demo_db), "import", str(demo_archive))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "--copy" in err and "id 1" in err
    assert demo_db.read_bytes() == before
    code, out, err = run(capsys, "--database", str(demo_db), "import", str(demo_archive), "--copy")
    assert (code, out) == (0, "2\n")
    listing = run(capsys, "--database", str(demo_db), "list")[1]
    assert "Praktijktafel Samen tegen eenzaamheid (kopie)" in listing


def test_export_errors_are_one_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        ("99", str(tmp_path / "x.erbij"), "Geen evenement met id 99"),
        ("bestaat niet", str(tmp_path / "x.erbij"), "Geen evenement gevonden"),
        ("1", str(tmp_path), "is een map"),
        ("1", str(tmp_path / "geen" / "map" / "x.erbij"), "No such file or directory"),
    ]
    for event, target, expected in cases:
        code, out, err = run(capsys, "--database", str(demo_db), "export", event, "-o", target)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and expected in err and "Traceback" not in err
    assert not (tmp_path / "x.erbij").exists()


# --- malformed archives ----------------------------------------------------------------------------


def _zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def _rewrite(source: Path, target: Path, change: Callable[[dict, dict[str, bytes]], None]) -> Path:  # type: ignore[type-arg]
    with zipfile.ZipFile(source) as archive:
        document = json.loads(archive.read("event.json"))
        files = {n: archive.read(n) for n in archive.namelist() if n != "event.json"}
    change(document, files)
    return _zip(target, [("event.json", json.dumps(document).encode()), *files.items()])


def _not_a_zip(source: Path, target: Path) -> Path:
    target.write_bytes(b"\x89PNG dit is geen archief")
    return target


def _bad_json(source: Path, target: Path) -> Path:
    return _zip(target, [("event.json", b"{kapot")])


def _schema_violation(source: Path, target: Path) -> Path:
    return _rewrite(source, target, lambda d, f: d["rounds"][0].update(planned_minutes="dertig"))


def _missing_photo(source: Path, target: Path) -> Path:
    return _rewrite(source, target, lambda d, f: f.pop(d["photos"][1]["file"]))


def _unknown_version(source: Path, target: Path) -> Path:
    return _rewrite(source, target, lambda d, f: d.update(version=7))


def _zip_slip(source: Path, target: Path) -> Path:
    return _rewrite(source, target, lambda d, f: f.update({"../../.bashrc": b"echo hallo"}))


def _zip_bomb(source: Path, target: Path) -> Path:
    return _rewrite(source, target, lambda d, f: f.update({"photos/" + "d" * 64 + ".jpg": bytes(30 * MiB)}))


def _claims_200mb_json(source: Path, target: Path) -> Path:
    path = _rewrite(source, target, lambda d, f: None)
    data = bytearray(path.read_bytes())
    for signature, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        start = data.find(signature)
        while start != -1:
            if data[start + name_at : start + name_at + 10] == b"event.json":
                data[start + size_at : start + size_at + 4] = struct.pack("<I", 200 * MiB)
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    return path


MALFORMED = {
    "not-a-zip": (_not_a_zip, "geen Erbij-archief"),
    "bad-json": (_bad_json, "geen geldige JSON"),
    "schema-violation": (_schema_violation, "rounds/0/planned_minutes"),
    "missing-photo": (_missing_photo, "ontbreekt"),
    "unknown-version": (_unknown_version, "versie 7"),
    "zip-slip": (_zip_slip, "onveilige bestandsnaam"),
    "zip-bomb": (_zip_bomb, "zip-bom"),
    "200mb-json": (_claims_200mb_json, "groter dan 50 MB"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_archive_one_line_and_database_bytes_unchanged(
    case: str, demo_db: Path, demo_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build, expected = MALFORMED[case]
    bad = build(demo_archive, tmp_path / "kapot.erbij")
    before = demo_db.read_bytes()
    code, out, err = run(capsys, "--database", str(demo_db), "import", str(bad), "--copy")
    assert code == 1 and out == ""
    assert err.startswith("erbij-desktop: Import geweigerd, er is niets gewijzigd: ")
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err
    assert demo_db.read_bytes() == before
    assert not Path(f"{demo_db}-wal").exists() or Path(f"{demo_db}-wal").stat().st_size == 0
    assert run(capsys, "--database", str(demo_db), "list")[1].count("\n") == 1


def test_real_process_without_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    database = tmp_path / "proces.sqlite"
    command = [sys.executable, "-m", "erbij_desktop", "--database", str(database)]
    demo = subprocess.run([*command, "demo"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    assert demo.stdout == "1\tPraktijktafel Samen tegen eenzaamheid\n"
    bad = tmp_path / "kapot.erbij"
    bad.write_text("geen zip")
    refused = subprocess.run(
        [*command, "import", str(bad)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
