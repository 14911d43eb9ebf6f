"""Reading and writing the .erbij container: a zip, or (for the shipped demo) a folder.

An archive comes from outside, so nothing in it is trusted: it must be a
regular file of sane size (not ``/dev/zero``, not a pipe), entry names are
checked against the few the format allows (no ``../``, no absolute paths, valid
UTF-8), sizes and compression ratios are checked from the zip headers *and*
counted while decompressing, and event.json is refused above its limit before a
byte of it is parsed. The streamed contributions member (version 3) is not
read here: its header is checked like any entry's and the importer reads it
line by line (storage.archive_stream), with the same limits counted as it is
decompressed. The limits live in storage.archive_limits. Every refusal is an
ArchiveError with one Dutch line.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from .archive_format import CONTRIBUTIONS_NAME, DOCUMENT_NAME
from .archive_limits import (
    MAX_ARCHIVE_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_ENTRIES,
    MAX_MEDIA_BYTES,
    MAX_STREAM_BYTES,
    MAX_TOTAL_BYTES,
    MiB,
)
from .archive_stream import BytesMember, Member, ZipMember
from .atomic import atomic_write
from .errors import ArchiveError

# Compression ratio above which an entry counts as a zip bomb (checked for entries over 1 MiB;
# real event.json files compress about 5:1, photos hardly at all).
MAX_RATIO = 100
_RATIO_FLOOR = 1 * MiB
_CHUNK = 1 * MiB

_MEDIA_NAME = re.compile(r"^(photos|logo)/[0-9a-f]{64}\.[a-z0-9]{1,5}$")
_FOLDERS = {"photos/", "logo/"}
_MEMBERS = {DOCUMENT_NAME, CONTRIBUTIONS_NAME}
# A fixed timestamp keeps the zip itself reproducible: same event, same bytes.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class ArchiveContent:
    """What an archive holds: the raw event.json, the media files by entry name and (version 3)
    the streamed contributions, read only when they are imported."""

    document: bytes
    files: Mapping[str, bytes]
    # Bytes of the archive file it was read from (the memory budget grows with it); None: in memory.
    archive_size: int | None = None
    contributions: Member | None = None


# --- names ----------------------------------------------------------------------------------------


def _check_name(name: str) -> None:
    """Refuse unsafe or unexpected entry names before anything is read."""
    path = PurePosixPath(name.replace("\\", "/"))
    if (
        "\\" in name
        or name.startswith("/")
        or ".." in path.parts
        or re.match(r"^[A-Za-z]:", name)
        or "\x00" in name
    ):
        raise ArchiveError(f"Het archief bevat een onveilige bestandsnaam: {name!r}.")
    if name not in _MEMBERS and name not in _FOLDERS and not _MEDIA_NAME.match(name):
        raise ArchiveError(f"Het archief bevat een onverwacht bestand: {name!r}.")


def _limit_for(name: str) -> int:
    if name == CONTRIBUTIONS_NAME:
        return MAX_STREAM_BYTES
    return MAX_DOCUMENT_BYTES if name == DOCUMENT_NAME else MAX_MEDIA_BYTES


def _too_big(name: str, limit: int) -> ArchiveError:
    return ArchiveError(f"{name} is groter dan {limit // MiB} MB; het archief wordt geweigerd.")


# --- zip ------------------------------------------------------------------------------------------


def read_zip(path: Path | str) -> ArchiveContent:
    """Read and check an .erbij file; nothing is parsed or stored yet."""
    path = Path(path)
    size = _regular_file_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_headers(infos)
            files: dict[str, bytes] = {}
            total = 0
            streamed: Member | None = None
            for info in infos:
                if info.is_dir():
                    continue
                if info.filename == CONTRIBUTIONS_NAME:
                    streamed = ZipMember(
                        path,
                        info.filename,
                        info.file_size,
                        info.compress_size,
                        info.CRC,
                        MAX_RATIO,
                        _RATIO_FLOOR,
                    )
                    total += info.file_size
                    continue
                data = _read_entry(archive, info, MAX_TOTAL_BYTES - total)
                total += len(data)
                files[info.filename] = data
    except zipfile.BadZipFile as error:
        raise ArchiveError(f"{path.name} is geen Erbij-archief of is beschadigd (zip: {error}).") from None
    except (zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise ArchiveError(f"{path.name} is beschadigd en kan niet worden gelezen ({error}).") from None
    except IsADirectoryError:
        raise ArchiveError(f"{path} is een map, geen archief.") from None
    except FileNotFoundError:
        raise ArchiveError(f"Archief {path} bestaat niet.") from None
    except PermissionError:
        raise ArchiveError(f"Geen leesrechten op {path}.") from None
    except UnicodeDecodeError:
        raise ArchiveError(
            f"{path.name} bevat een bestandsnaam die geen geldige UTF-8-tekst is; het is geen Erbij-archief."
        ) from None
    document = files.pop(DOCUMENT_NAME, None)
    if document is None:
        raise ArchiveError(f"Het archief bevat geen {DOCUMENT_NAME}; het is geen Erbij-archief.")
    return ArchiveContent(document=document, files=files, archive_size=size, contributions=streamed)


def _regular_file_size(path: Path) -> int:
    """The archive's size; refuses folders, devices (``/dev/zero``), pipes and absurdly large files."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ArchiveError(f"Archief {path} bestaat niet.") from None
    except PermissionError:
        raise ArchiveError(f"Geen leesrechten op {path}.") from None
    except OSError as error:
        raise ArchiveError(f"{path} kan niet worden gelezen: {error.strerror or error}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArchiveError(f"{path} is een map, geen archief.")
    if not stat.S_ISREG(info.st_mode):
        raise ArchiveError(f"{path} is geen gewoon bestand (maar een apparaat of pipe); het is geen archief.")
    if info.st_size > MAX_ARCHIVE_BYTES:
        raise ArchiveError(
            f"{path.name} is groter dan {MAX_ARCHIVE_BYTES // MiB} MB; zo groot wordt een Erbij-archief niet."
        )
    return info.st_size


def _check_headers(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ArchiveError(f"Het archief bevat meer dan {MAX_ENTRIES} bestanden; het wordt geweigerd.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        if info.filename in seen:
            raise ArchiveError(f"Het archief bevat {info.filename!r} twee keer.")
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise ArchiveError(f"{info.filename} is versleuteld; dat ondersteunt Erbij Desktop niet.")
        if info.is_dir():
            continue
        limit = _limit_for(info.filename)
        if info.file_size > limit:
            raise _too_big(info.filename, limit)
        _check_ratio(info.filename, info.file_size, info.compress_size)
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _total_too_big()


def _total_too_big() -> ArchiveError:
    return ArchiveError(
        f"Het archief is uitgepakt groter dan {MAX_TOTAL_BYTES // MiB} MB; het wordt geweigerd."
    )


def _check_ratio(name: str, size: int, compressed: int) -> None:
    if size > _RATIO_FLOOR and size > MAX_RATIO * max(compressed, 1):
        raise ArchiveError(f"{name} is verdacht sterk gecomprimeerd (zip-bom?); het archief wordt geweigerd.")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, room: int) -> bytes:
    """Decompress one entry, counting bytes: headers can lie, so limits hold while reading too."""
    limit = _limit_for(info.filename)
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > info.file_size:
                raise ArchiveError(f"{info.filename} is groter dan de zip-kop zegt; het archief is ongeldig.")
            if size > limit:
                raise _too_big(info.filename, limit)
            if size > room:
                raise _total_too_big()
            _check_ratio(info.filename, size, info.compress_size)
            chunks.append(chunk)
    return b"".join(chunks)


def write_zip(path: Path | str, content: ArchiveContent, stream: Iterable[bytes] | None = None) -> None:
    """Write an .erbij file atomically: event.json first, then the streamed contributions (from
    ``stream``, chunk by chunk, or else from ``content``), then the media in name order."""
    with atomic_write(path, mode=0o600) as handle:
        _write_entries(handle, content, stream)


def _write_entries(handle: IO[bytes], content: ArchiveContent, stream: Iterable[bytes] | None) -> None:
    with zipfile.ZipFile(handle, "w") as archive:
        _add(archive, DOCUMENT_NAME, content.document, zipfile.ZIP_DEFLATED)
        if stream is None and content.contributions is not None:
            stream = _chunks(content.contributions)
        if stream is not None:
            _add_stream(archive, CONTRIBUTIONS_NAME, stream)
        for name in sorted(content.files):
            # Images are already compressed; storing them keeps export fast.
            _add(archive, name, content.files[name], zipfile.ZIP_STORED)


def _add(archive: zipfile.ZipFile, name: str, data: bytes, method: int) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def _chunks(member: Member) -> Iterable[bytes]:
    with member.open() as handle:
        while chunk := handle.read(_CHUNK):
            yield chunk


def _add_stream(archive: zipfile.ZipFile, name: str, chunks: Iterable[bytes]) -> None:
    """A deflated member written as its chunks come: never held whole (its size is not known ahead)."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with archive.open(info, "w", force_zip64=True) as member:
        for chunk in chunks:
            member.write(chunk)


# --- folder (the unpacked demo) -------------------------------------------------------------------


def read_directory(root: Path) -> ArchiveContent:
    """Read an unpacked archive (event.json + photos/) with the same checks as a zip."""
    files: dict[str, bytes] = {}
    total = 0
    try:
        entries = sorted(p for p in root.rglob("*") if p.is_file())
        if len(entries) > MAX_ENTRIES:
            raise ArchiveError(f"De map bevat meer dan {MAX_ENTRIES} bestanden; ze wordt geweigerd.")
        for entry in entries:
            name = entry.relative_to(root).as_posix()
            _check_name(name)
            limit = _limit_for(name)
            if entry.stat().st_size > limit:
                raise _too_big(name, limit)
            with entry.open("rb") as handle:
                data = handle.read(limit + 1)
            if len(data) > limit:
                raise _too_big(name, limit)
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise ArchiveError(f"De map is groter dan {MAX_TOTAL_BYTES // MiB} MB; ze wordt geweigerd.")
            files[name] = data
    except OSError as error:
        raise ArchiveError(f"Map {root} kan niet worden gelezen: {error.strerror or error}.") from None
    document = files.pop(DOCUMENT_NAME, None)
    if document is None:
        raise ArchiveError(f"De map {root} bevat geen {DOCUMENT_NAME}.")
    lines = files.pop(CONTRIBUTIONS_NAME, None)
    streamed = None if lines is None else BytesMember(CONTRIBUTIONS_NAME, lines)
    return ArchiveContent(document=document, files=files, archive_size=total, contributions=streamed)
