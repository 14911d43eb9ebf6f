"""The demo event: the reference article's praktijktafel, shipped as an unpacked archive.

It is only data (resources/demo/archive/) and goes through the normal importer;
nothing in the app treats it differently once it is in the database.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.resources import resource

from .archive_format import DOCUMENT_NAME, loads_document
from .archive_import import find_by_uid, import_content
from .archive_io import read_directory

DEMO_FOLDER = ("demo", "archive")


def demo_uid() -> str:
    """The uid of the shipped demo event (read from its document)."""
    document = loads_document((resource(*DEMO_FOLDER) / DOCUMENT_NAME).read_bytes())
    uid: str = document["event"]["uid"]
    return uid


def import_demo(session: Session) -> tuple[Event, bool]:
    """Import the demo event; returns (event, True), or (the existing one, False) if already there."""
    content = read_directory(resource(*DEMO_FOLDER))
    uid = loads_document(content.document).get("event", {}).get("uid")
    existing = find_by_uid(session, uid) if isinstance(uid, str) else None
    if existing is not None:
        return existing, False
    return import_content(session, content), True
