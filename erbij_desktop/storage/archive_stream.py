"""The streamed member of an .erbij archive (``contributions.jsonl``): opened when needed, read by line.

Why a member of its own (format version 3, issue 17): an event's contributions
are nearly all of its data, and one JSON document holding them all had to be
read, decoded and parsed whole, which made the memory an import needs grow with
the event until the app refused its own export of 10,000 contributions and an
``event.json`` of 100,000 was over the document limit. As lines they are
written in chunks and read one line at a time, so neither export nor import
ever holds more than a batch of them.

A member from a zip is not read when the archive is opened (``read_zip`` only
checks its header); the importer opens it while inserting, and the same limits
hold while it is decompressed as for any entry: never more bytes than the zip
header says, the ratio check against zip bombs, the total size. Every line is
bounded by :func:`~erbij_desktop.storage.archive_limits.max_line_bytes` (what
the app's field limits allow a contribution) and must end with a newline. A
damaged stream (bad CRC, broken deflate data) is an ArchiveError like any other.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from .archive_limits import MAX_STREAM_BYTES, MiB, max_line_bytes
from .errors import ArchiveError

_BUFFER = 1 * MiB


class Member(Protocol):
    """A streamed member: its name, its (declared) size, and a way to read it."""

    @property
    def name(self) -> str: ...

    @property
    def size(self) -> int: ...

    def open(self) -> AbstractContextManager[IO[bytes]]: ...


@dataclass(frozen=True)
class BytesMember:
    """A member held in memory (an export in memory, an unpacked folder, tests)."""

    name: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @contextmanager
    def open(self) -> Iterator[IO[bytes]]:
        yield io.BytesIO(self.data)


@dataclass(frozen=True)
class ZipMember:
    """A member left in the zip file until it is read; ``read_zip`` checked its header."""

    path: Path
    name: str
    size: int
    compressed: int
    crc: int
    ratio_limit: int
    ratio_floor: int

    @contextmanager
    def open(self) -> Iterator[IO[bytes]]:
        # Only opening and reading are translated: what the caller raises while it reads passes as is.
        try:
            archive = zipfile.ZipFile(self.path)
        except (OSError, zipfile.BadZipFile) as error:
            raise ArchiveError(f"{self.path.name} kan niet opnieuw worden gelezen ({error}).") from None
        with archive:
            try:
                info = archive.getinfo(self.name)
                raw = archive.open(info)
            except KeyError:
                raise ArchiveError(
                    f"{self.name} is tijdens het importeren uit het archief verdwenen."
                ) from None
            except (OSError, zipfile.BadZipFile, NotImplementedError, RuntimeError) as error:
                raise ArchiveError(f"{self.name} in het archief is beschadigd ({error}).") from None
            with raw:
                if (info.CRC, info.file_size, info.compress_size) != (self.crc, self.size, self.compressed):
                    raise ArchiveError(
                        f"{self.path.name} veranderde tijdens het importeren; probeer het opnieuw."
                    )
                yield io.BufferedReader(_Counted(raw, self), buffer_size=_BUFFER)


class _Counted(io.RawIOBase):
    """Decompressed bytes of a zip member, counted: headers can lie, so the limits hold while reading."""

    def __init__(self, raw: IO[bytes], member: ZipMember) -> None:
        self.raw = raw
        self.member = member
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            data = self.raw.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:  # bad CRC, broken deflate data
            raise ArchiveError(f"{self.member.name} in het archief is beschadigd ({error}).") from None
        self.count += len(data)
        member = self.member
        if self.count > member.size:
            raise ArchiveError(f"{member.name} is groter dan de zip-kop zegt; het archief is ongeldig.")
        if self.count > MAX_STREAM_BYTES:
            raise ArchiveError(
                f"{member.name} is groter dan {MAX_STREAM_BYTES // MiB} MB; het archief wordt geweigerd."
            )
        if self.count > member.ratio_floor and self.count > member.ratio_limit * max(member.compressed, 1):
            raise ArchiveError(
                f"{member.name} is verdacht sterk gecomprimeerd (zip-bom?); het archief wordt geweigerd."
            )
        buffer[: len(data)] = data
        return len(data)


def read_lines(stream: IO[bytes], name: str) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of a streamed member; refuses overlong lines and a missing final newline."""
    limit = max_line_bytes()
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit:
            raise ArchiveError(
                f"{name}, regel {number}, is langer dan {limit // 1024} kB; zo lang is geen bijdrage."
            )
        if line[-1:] != b"\n":
            raise ArchiveError(f"{name} houdt op midden in regel {number}; het archief is onvolledig.")
        yield number, line
