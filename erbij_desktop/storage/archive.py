"""The .erbij archive: one whole event in one file, to move it between laptops or keep it.

An archive is a zip with ``event.json`` (the event as a versioned JSON document,
see db/README.md), ``contributions.jsonl`` (its contributions, one a line:
streamed, so an archive's size has no limit below what an export writes) and
the images under ``photos/`` and ``logo/``. This module
is the front door; the work happens in archive_format (the document),
archive_export / archive_import (document <-> ORM) and archive_io (the zip and
its safety limits).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event

from .archive_export import Exporter, export_content, export_document
from .archive_format import dumps_document
from .archive_import import EventExistsError, find_by_uid, import_content
from .archive_io import ArchiveContent, read_zip, write_zip
from .errors import ArchiveError

ARCHIVE_SUFFIX = ".erbij"

__all__ = [
    "ARCHIVE_SUFFIX",
    "ArchiveContent",
    "ArchiveError",
    "EventExistsError",
    "export_archive",
    "export_content",
    "export_document",
    "find_by_uid",
    "import_archive",
    "import_content",
]


def export_archive(session: Session, event: Event, path: Path | str) -> Path:
    """Write ``event`` to ``path`` (atomically: a crash never leaves half an archive)."""
    path = Path(path)
    exporter = Exporter(session, event)
    document, files = exporter.run()
    # The contributions go into the zip as they are read, a chunk at a time.
    write_zip(path, ArchiveContent(dumps_document(document), files), exporter.contribution_chunks())
    return path


def import_archive(session: Session, path: Path | str, *, as_copy: bool = False) -> Event:
    """Read, check and store the archive at ``path``; raises ArchiveError and stores nothing if bad.

    If the event is already present (same uid) it is refused, unless ``as_copy``: then it is
    stored beside the existing one with a new uid and "(kopie)" after its title.
    """
    return import_content(session, read_zip(path), as_copy=as_copy)
