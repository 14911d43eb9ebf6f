"""Building bad archives for the archive tests: zips from parts, changed lines, lying headers."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import text
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Base

MiB = 1024 * 1024
LINES = "contributions.jsonl"


def change_line(files: dict[str, bytes], index: int, **changes: Any) -> None:
    """Change fields of the ``index``-th contribution in contributions.jsonl."""
    lines = files[LINES].splitlines(keepends=True)
    entry = json.loads(lines[index])
    entry.update(changes)
    lines[index] = dump_json(entry) + b"\n"
    files[LINES] = b"".join(lines)


def write_zip(path: Path, entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are what some tests want
        with zipfile.ZipFile(path, "w", compression=method) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return path


def dump_json(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def archive_with(
    tmp_path: Path,
    content: tuple[dict[str, Any], dict[str, bytes]],
    change: Callable[[dict[str, Any], dict[str, bytes]], None] | None = None,
) -> Path:
    document = json.loads(json.dumps(content[0]))
    files = dict(content[1])
    if change is not None:
        change(document, files)
    return write_zip(tmp_path / "case.erbij", [("event.json", dump_json(document)), *files.items()])


def patch_sizes(path: Path, name: str, *, size: int | None = None, flags: int | None = None) -> None:
    """Make the zip headers of ``name`` lie about its size, or set its flag bits."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, name_offset, size_offset, flag_offset in (
        (b"PK\x03\x04", 30, 22, 6),
        (b"PK\x01\x02", 46, 24, 8),
    ):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_offset : start + name_offset + len(encoded)] == encoded:
                if size is not None:
                    data[start + size_offset : start + size_offset + 4] = struct.pack("<I", size)
                if flags is not None:
                    data[start + flag_offset : start + flag_offset + 2] = struct.pack("<H", flags)
            start += 4
    path.write_bytes(bytes(data))


def huge_png(side: int) -> bytes:
    """A valid 1x1 PNG whose header claims side x side pixels (a pixel bomb)."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = data.find(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", side, side)
    import zlib

    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17]))
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


def replace_photo(document: dict[str, Any], files: dict[str, bytes], data: bytes, ext: str = "jpg") -> None:
    """Put ``data`` in place of the first photo, with a correct checksum and name."""
    old = document["photos"][0]
    digest = hashlib.sha256(data).hexdigest()
    files.pop(old["file"])
    old["file"] = f"photos/{digest}.{ext}"
    old["sha256"] = digest
    files[old["file"]] = data


def full_dump(session: Session) -> dict[str, list[Any]]:
    session.expire_all()
    return {
        table.name: sorted(map(tuple, session.execute(text(f'SELECT * FROM "{table.name}"')).all()), key=repr)
        for table in Base.metadata.sorted_tables
    }


def refused_and_unchanged(session: Session, path: Path, *, as_copy: bool = True) -> str:
    """Import ``path``, expect a refusal, check nothing in the database changed; the one-line message."""
    import pytest

    from erbij_desktop.storage.archive import import_archive
    from erbij_desktop.storage.errors import ArchiveError

    before = full_dump(session)
    with pytest.raises(ArchiveError) as caught:
        import_archive(session, path, as_copy=as_copy)
    assert full_dump(session) == before
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300
    return message
