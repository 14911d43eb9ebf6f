"""Archive limits are the app's own, and importing any archive takes at most 4 × its size + 200 MB.

Finding 7 of issue 18: the schema let a 1,000,000-character contribution in (the
app's limit is 20,000; the report then ran for minutes), a 2.5 MB archive cost
2.1 GB of memory before it was refused, and ``import /dev/zero`` grew without
bound. Memory is measured as the peak resident size (VmHWM) of a real
``erbij-desktop import`` process.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from erbij_desktop.cli import main
from erbij_desktop.domain import contributions, photos
from erbij_desktop.resources import migrations_dir, resource

MiB = 1024 * 1024
pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")

IMPORT = textwrap.dedent(
    """
    import resource, sys
    # A runaway import fails here instead of eating the machine.
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    from erbij_desktop.cli import main
    code = main(["--database", sys.argv[1], "import", "--copy", sys.argv[2]])
    peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
    print(f"peak {code} {int(peak) * 1024}", flush=True)
    """
)


def import_peak(tmp_path: Path, archive: Path, timeout: float = 60) -> tuple[int, str, int]:
    """(exit code, stderr, peak resident bytes) of ``erbij-desktop import`` of ``archive``."""
    database = tmp_path / f"doel-{archive.stem}.sqlite"
    result = subprocess.run(
        [sys.executable, "-c", IMPORT, str(database), str(archive)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("peak ")]
    assert lines, f"the import process died: {result.returncode} {result.stderr[-500:]}"
    _, code, peak = lines[-1].split()
    return int(code), result.stderr, int(peak)


def demo_files() -> tuple[dict[str, Any], dict[str, bytes]]:
    folder = resource("demo", "archive")
    document = json.loads((folder / "event.json").read_text(encoding="utf-8"))
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    files.pop("event.json")
    return document, files


def write_archive(path: Path, document: bytes, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("event.json", document, zipfile.ZIP_DEFLATED)
        for name, data in sorted(files.items()):
            archive.writestr(name, data, zipfile.ZIP_STORED)
    return path


def bound(archive: Path) -> int:
    return 4 * archive.stat().st_size + 200 * MiB


# --- field limits ----------------------------------------------------------------------------------


def test_the_schema_allows_exactly_what_the_app_allows() -> None:
    from erbij_desktop.storage.archive_limits import MAX_MEDIA_BYTES, field_limits

    schema = json.loads((migrations_dir() / "archive.schema.json").read_text(encoding="utf-8"))
    found = {}
    for table, definition in schema["$defs"].items():
        for field, rule in definition.get("properties", {}).items():
            for option in rule.get("anyOf", [rule]):
                if option.get("type") == "string" and "maxLength" in option:
                    found[f"{table}.{field}"] = option["maxLength"]
    for field, limit in field_limits().items():
        assert found.get(field) == limit, f"{field}: schema {found.get(field)}, app {limit}"
    assert found["contribution.text"] == contributions.MAX_LENGTH == 20_000
    assert MAX_MEDIA_BYTES == photos.MAX_BYTES


def test_a_contribution_longer_than_the_app_allows_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document, files = demo_files()
    database = tmp_path / "erbij.sqlite"
    assert main(["--database", str(database), "list"]) == 0
    for length, accepted in ((contributions.MAX_LENGTH, True), (1_000_000, False)):
        document["contributions"][0]["text"] = "woord " * (length // 6) + "x" * (length % 6)
        archive = write_archive(tmp_path / f"lang-{length}.erbij", json.dumps(document).encode(), files)
        before = database.read_bytes()
        code = main(["--database", str(database), "import", "--copy", str(archive)])
        err = capsys.readouterr().err
        assert (code == 0) is accepted, err
        if not accepted:
            assert "contributions/0/text" in err and err.count("\n") == 1
            assert database.read_bytes() == before


# --- memory ----------------------------------------------------------------------------------------


def hostile_document(target: int, seed: int = 2018) -> bytes:
    """About ``target`` bytes of event.json that is almost all tiny values (at about 20:1 compression)."""
    rng = random.Random(seed)
    parts = []
    size = 0
    while size < target:
        chunk = "{}," * 19 + str(rng.randrange(1000)) + ","
        parts.append(chunk)
        size += len(chunk)
    return b'{"format": "erbij-archive", "version": 1, "x": [' + "".join(parts).encode() + b"0]}"


def png_bomb(width: int, height: int) -> bytes:
    """A valid RGBA PNG of one colour: a few hundred kilobytes that decode to width × height × 4 bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    squeeze = zlib.compressobj(9)
    row = b"\0" + b"\x80\x40\x20\xff" * width
    body = b"".join(squeeze.compress(row) for _ in range(height)) + squeeze.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_a_hostile_archive_of_2_5_mb_stays_within_4x_its_size_plus_200_mb(tmp_path: Path) -> None:
    document = hostile_document(48 * MiB)
    # Make it 2.5 MB with a stored entry the format allows (refused later, if it got that far).
    archive = tmp_path / "vijandig.erbij"
    packed = write_archive(archive, document, {})
    padding = os.urandom(max(0, int(2.5 * MiB) - packed.stat().st_size))
    write_archive(archive, document, {f"photos/{hashlib.sha256(padding).hexdigest()}.png": padding})
    assert 2.3 * MiB < archive.stat().st_size < 2.7 * MiB
    assert zipfile.ZipFile(archive).getinfo("event.json").file_size > 45 * MiB

    code, err, peak = import_peak(tmp_path, archive)

    assert code == 1 and "Import geweigerd" in err and "Traceback" not in err, err
    assert peak <= bound(archive), f"peak {peak / MiB:.0f} MB > {bound(archive) / MiB:.0f} MB"


def test_a_pixel_bomb_photo_is_refused_within_the_bound(tmp_path: Path) -> None:
    document, _files = demo_files()
    bomb = png_bomb(7000, 8000)  # 56 megapixels, under the photo manager's 60: 224 MB decoded
    digest = hashlib.sha256(bomb).hexdigest()
    name = f"photos/{digest}.png"
    photo = dict(document["photos"][0], file=name, sha256=digest, mime="image/png", width=7000, height=8000)
    document["photos"] = [photo]
    archive = write_archive(tmp_path / "pixels.erbij", json.dumps(document).encode(), {name: bomb})

    code, err, peak = import_peak(tmp_path, archive)

    assert code == 1 and "decompressiebom" in err, err
    assert peak <= bound(archive), f"peak {peak / MiB:.0f} MB > {bound(archive) / MiB:.0f} MB"


def test_a_large_real_archive_imports_within_the_bound(tmp_path: Path) -> None:
    """Not every big archive is hostile: 10,000 contributions import, and stay within the bound too."""
    document, files = demo_files()
    template = document["contributions"][0]
    document["contributions"] = [
        dict(template, text=f"Bijdrage {n}: samen eten op woensdag, ook voor wie alleen is.", position=n)
        for n in range(10_000)
    ]
    archive = write_archive(
        tmp_path / "groot.erbij", json.dumps(document, ensure_ascii=False).encode(), files
    )

    code, err, peak = import_peak(tmp_path, archive)

    assert code == 0, err
    assert peak <= bound(archive), f"peak {peak / MiB:.0f} MB > {bound(archive) / MiB:.0f} MB"


@pytest.mark.parametrize("source", ["/dev/zero", "fifo"])
def test_importing_a_device_or_a_pipe_is_refused_at_once(tmp_path: Path, source: str) -> None:
    if source == "fifo":
        fifo = tmp_path / "pijp.erbij"
        os.mkfifo(fifo)
        source = str(fifo)
    code, err, peak = import_peak(tmp_path, Path(source), timeout=30)
    assert code == 1 and "geen gewoon bestand" in err and err.count("\n") == 1, err
    assert peak <= 200 * MiB


def test_an_entry_name_that_is_not_utf8_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding 9: a zip entry flagged UTF-8 whose name is not gave "onverwachte fout (UnicodeDecodeError)"."""
    archive = tmp_path / "naam.erbij"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        zipped.writestr("event.json", b"{}")
        zipped.writestr("photos/XX.png", b"x")
    raw = bytearray(buffer.getvalue().replace(b"photos/XX.png", b"photos/\xff\xfe.png"))
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set "names are UTF-8" (bit 11)
        start = raw.find(signature)
        while start != -1:
            raw[start + flags + 1] |= 0x08
            start = raw.find(signature, start + 4)
    archive.write_bytes(bytes(raw))
    database = tmp_path / "erbij.sqlite"
    assert main(["--database", str(database), "import", str(archive)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "UnicodeDecodeError" not in err, err
    assert "bestandsnaam die geen geldige UTF-8-tekst is" in err, err


def test_a_hostile_stream_of_the_longest_lines_stays_within_the_bound(tmp_path: Path) -> None:
    """Version 3: ~100 MB of maximum-length contributions in a 1.5 MB archive (64:1, under the zip-bomb
    ratio), refused only after the last line: what the stream costs is one batch, not its size."""
    from erbij_desktop.storage.archive_limits import stream_memory

    document, files = demo_files()
    template = dict(document["contributions"][0])
    document["version"] = 3
    rng = random.Random(17)
    texts = [
        "".join("😀" if rng.random() < 0.97 else rng.choice("😁😂🤣") for _ in range(20_000))
        for _ in range(8)
    ]
    lines = [
        (
            json.dumps(dict(template, text=texts[n % 8], report_text=texts[(n + 3) % 8]), ensure_ascii=False)
            + "\n"
        )
        for n in range(600)
    ]
    document["contributions"] = {"file": "contributions.jsonl", "count": len(lines) + 1}  # one short
    archive = tmp_path / "lange-regels.erbij"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("event.json", json.dumps(document), zipfile.ZIP_DEFLATED)
        zipped.writestr("contributions.jsonl", "".join(lines).encode(), zipfile.ZIP_DEFLATED)
        for name, data in sorted(files.items()):
            zipped.writestr(name, data, zipfile.ZIP_STORED)
    assert zipfile.ZipFile(archive).getinfo("contributions.jsonl").file_size > 90 * MiB
    assert archive.stat().st_size < 3 * MiB and stream_memory() < 40 * MiB

    code, err, peak = import_peak(tmp_path, archive)

    assert code == 1 and "maar event.json noemt er 601" in err, err
    assert peak <= bound(archive), f"peak {peak / MiB:.0f} MB > {bound(archive) / MiB:.0f} MB"
