"""Moving an event between a laptop's file and the organisation's archive on a server.

"Publish" copies an event from the database at hand (usually the laptop's SQLite
file) to the organisation's PostgreSQL; "take offline" copies one from the server
into a local SQLite file. Both are the same operation, ``copy_event(source,
event_id, target)``, built on the .erbij archive: the event is exported to a
temporary archive and imported into the target, so everything the archive
carries (programme, people and consent, rounds, tables, contributions, quotes,
photos, logo) arrives intact and the target gives every row its own ids.

An event is known by its stable ``Event.uid`` on every database. When the target
already holds that uid nothing is overwritten silently: ``copy_event`` raises
EventInTargetError (and writes nothing) unless the caller chose REPLACE (the
target's event is deleted and the copy stored with the same uid, in one
transaction: if the import fails, the old event is still there) or COPY (stored
beside it with a new uid and "(kopie)" after its title). Cancelling is not
calling again. The source is only read.

``export_all`` is the safety net of a server database, whose backups are the
database administrator's (pg_dump): one .erbij per event in a folder.
"""

from __future__ import annotations

import enum
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from erbij_desktop.domain.events import delete_event, get_event
from erbij_desktop.domain.models import Event

from .archive import ARCHIVE_SUFFIX, EventExistsError, export_archive, find_by_uid, import_archive
from .database import Database
from .errors import StorageError
from .server_db import shown


class Choice(enum.Enum):
    """What to do when the target already holds the event (same uid)."""

    REPLACE = "replace"  # delete the target's event, store this one with the same uid
    COPY = "copy"  # store this one beside it, with a new uid and "(kopie)" after the title


@dataclass(frozen=True)
class Conflict:
    """The target's event with the same uid."""

    event_id: int
    title: str


class EventInTargetError(StorageError):
    """The target already holds the event; nothing was written. The caller must choose."""

    def __init__(self, conflict: Conflict, where: str) -> None:
        self.conflict = conflict
        super().__init__(
            f"{where} heeft dit evenement al (id {conflict.event_id}: {conflict.title}). "
            "Kies vervangen, als kopie ernaast zetten, of annuleren; er is niets gewijzigd."
        )


class SameDatabaseError(StorageError):
    def __init__(self) -> None:
        super().__init__("Bron en doel zijn dezelfde database; kies een andere. Er is niets gewijzigd.")


@dataclass(frozen=True)
class Copied:
    """The event as the target now holds it."""

    event_id: int
    uid: str
    title: str
    replaced: bool


def where(db: Database) -> str:
    """How a database is named in messages: the file, or the server URL without a password."""
    return str(db.path) if db.path is not None else f"De server {shown(db.url)}"


def conflict_in(target: Database, uid: str) -> Conflict | None:
    """The target's event with this uid, if it has one."""
    with target.session() as session:
        found = find_by_uid(session, uid)
        return Conflict(found.id, found.title) if found is not None else None


def event_uid(source: Database, event_id: int) -> str:
    with source.session() as session:
        return get_event(session, event_id).uid


def find_event_id(db: Database, ident: str) -> int:
    """The id of the event ``ident`` names (id or unique part of its title; DomainError if none)."""
    from erbij_desktop.domain.events import find_event

    with db.session() as session:
        return find_event(session, ident).id


def copy_event(source: Database, event_id: int, target: Database, choice: Choice | None = None) -> Copied:
    """Copy the source's event into ``target``; all or nothing, the source only read.

    Raises EventInTargetError (nothing written) when the target holds the event and ``choice``
    is None; ArchiveError / StorageError when the event cannot be moved (nothing written).
    """
    if _same(source, target):
        raise SameDatabaseError()
    with tempfile.TemporaryDirectory(prefix="erbij-publish-") as folder:
        archive = Path(folder) / f"event{ARCHIVE_SUFFIX}"
        with source.session() as session:
            event = get_event(session, event_id)
            uid = event.uid
            export_archive(session, event, archive)
        return _import(archive, uid, target, choice)


def _import(archive: Path, uid: str, target: Database, choice: Choice | None) -> Copied:
    with target.transaction() as session:
        existing = find_by_uid(session, uid)
        if existing is not None and choice is None:
            raise EventInTargetError(Conflict(existing.id, existing.title), where(target))
        replaced = existing is not None and choice is Choice.REPLACE
        if replaced:
            assert existing is not None
            delete_event(session, existing)  # rolled back with everything if the import fails
        try:
            event = import_archive(session, archive, as_copy=choice is Choice.COPY)
        except EventExistsError as error:  # stored by someone else meanwhile
            raise EventInTargetError(Conflict(error.existing_id, ""), where(target)) from error
        return Copied(event.id, event.uid, event.title, replaced)


def _same(a: Database, b: Database) -> bool:
    if a.path is not None and b.path is not None:
        return a.path.resolve() == b.path.resolve()
    return a.path is None and b.path is None and a.engine.url == b.engine.url


def export_all(db: Database, folder: Path) -> list[Path]:
    """Write every event to ``folder`` as ``<id>-<title>.erbij``; the files written, in id order.

    An existing file of the same name is not overwritten: a number is added.
    """
    if not folder.is_dir():
        raise StorageError(f"De map {folder} bestaat niet; er is niets geschreven.")
    written: list[Path] = []
    with db.session() as session:
        ids = session.scalars(select(Event.id).order_by(Event.id)).all()
        for event_id in ids:
            event = get_event(session, event_id)
            path = _free_name(folder, f"{event.id}-{_slug(event.title)}")
            written.append(export_archive(session, event, path))
            session.expunge_all()  # one event in memory at a time
    return written


def _slug(title: str) -> str:
    kept = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "-".join(part for part in kept.split("-") if part)[:60] or "evenement"


def _free_name(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}{ARCHIVE_SUFFIX}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{ARCHIVE_SUFFIX}"
        number += 1
    return path
