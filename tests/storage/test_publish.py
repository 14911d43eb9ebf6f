"""Publishing an event to a server and taking it offline: all of it arrives, nothing overwritten silently."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from row_dump import dump
from sqlalchemy import func, select

from erbij_desktop.domain.events import get_event
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.archive import export_content, import_archive
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.errors import StorageError
from erbij_desktop.storage.publish import (
    Choice,
    EventInTargetError,
    SameDatabaseError,
    copy_event,
    export_all,
)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (24, 12), (200, 80, 20)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def laptop(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    path = tmp_path / "laptop.sqlite"
    shutil.copy2(migrated_template, path)
    with open_database(str(path), backups=False) as db:
        yield db


@pytest.fixture
def server(pg_database_url: str) -> Iterator[Database]:
    with open_database(pg_database_url, backups=False) as db:
        yield db


@pytest.fixture
def event_id(laptop: Database) -> int:
    """The demo (photos, people, consent, contributions) with a logo too."""
    with laptop.transaction() as session:
        event, _ = import_demo(session)
        event.logo, event.logo_mime = _png(), "image/png"
        session.flush()
        return event.id


def content(db: Database, event_id: int) -> tuple[bytes, dict[str, bytes], bytes]:
    """What the archive carries of the event: the same bytes mean the same event, whatever the ids."""
    with db.session() as session:
        exported = export_content(session, get_event(session, event_id))
    assert exported.contributions is not None
    with exported.contributions.open() as lines:
        return exported.document, dict(exported.files), lines.read()


def events(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        return [(e.uid, e.title) for e in session.scalars(select(Event).order_by(Event.id))]


def test_publish_and_take_offline_carry_everything(
    laptop: Database, server: Database, event_id: int, tmp_path: Path
) -> None:
    original = content(laptop, event_id)
    assert any(name.startswith("photos/") for name in original[1]) and any("logo" in n for n in original[1])
    published = copy_event(laptop, event_id, server)
    assert not published.replaced
    assert content(server, published.event_id) == original
    assert events(server) == events(laptop)  # the same stable uid

    with open_database(str(tmp_path / "offline.sqlite"), backups=False) as offline:
        taken = copy_event(server, published.event_id, offline)
        assert content(offline, taken.event_id) == original
        assert events(offline) == events(laptop)


def test_an_event_already_there_is_refused_and_nothing_changes(
    laptop: Database, server: Database, event_id: int
) -> None:
    copy_event(laptop, event_id, server)
    with laptop.transaction() as session:
        get_event(session, event_id).title = "Nieuwe titel op de laptop"
    before, source_before = dump(server), dump(laptop)
    with pytest.raises(EventInTargetError) as caught:
        copy_event(laptop, event_id, server)
    message = str(caught.value)
    assert "heeft dit evenement al" in message and "er is niets gewijzigd" in message
    assert "vervangen" in message and "kopie" in message
    assert dump(server) == before
    assert dump(laptop) == source_before


def test_replace_keeps_the_uid_and_holds_one_event(laptop: Database, server: Database, event_id: int) -> None:
    first = copy_event(laptop, event_id, server)
    with laptop.transaction() as session:
        get_event(session, event_id).title = "Bijgewerkt"
    replaced = copy_event(laptop, event_id, server, Choice.REPLACE)
    assert replaced.replaced and replaced.uid == first.uid and replaced.event_id != first.event_id
    assert events(server) == [(first.uid, "Bijgewerkt")]
    assert content(server, replaced.event_id) == content(laptop, event_id)


def test_copy_puts_it_beside_with_a_new_uid(laptop: Database, server: Database, event_id: int) -> None:
    first = copy_event(laptop, event_id, server)
    second = copy_event(laptop, event_id, server, Choice.COPY)
    assert second.uid != first.uid and second.title.endswith("(kopie)")
    assert len(events(server)) == 2


def test_a_failing_replace_keeps_the_old_event(
    laptop: Database, server: Database, event_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_event(laptop, event_id, server)
    before = dump(server)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise StorageError("schijf vol")

    monkeypatch.setattr("erbij_desktop.storage.publish.import_archive", broken)
    with pytest.raises(StorageError):
        copy_event(laptop, event_id, server, Choice.REPLACE)
    assert dump(server) == before


def test_the_same_database_is_refused(laptop: Database, event_id: int) -> None:
    before = dump(laptop)
    with pytest.raises(SameDatabaseError, match="dezelfde database"):
        copy_event(laptop, event_id, laptop, Choice.COPY)
    assert dump(laptop) == before


def test_export_all_writes_one_archive_per_event(server: Database, tmp_path: Path) -> None:
    with server.transaction() as session:
        demo, _ = import_demo(session)
        session.add(Event(title="Tweede/avond", uid="b" * 32))
    folder = tmp_path / "archief"
    folder.mkdir()
    taken = folder / f"{demo.id}-praktijktafel-samen-tegen-eenzaamheid.erbij"
    taken.write_bytes(b"keep")
    written = export_all(server, folder)
    assert len(written) == 2 and all(p.suffix == ".erbij" and p.parent == folder for p in written)
    assert taken.read_bytes() == b"keep"  # never overwritten
    assert written[0].name == f"{taken.stem}-2.erbij"
    with open_database(str(tmp_path / "back.sqlite"), backups=False) as back, back.transaction() as session:
        titles = sorted(import_archive(session, path).title for path in written)
        assert session.scalar(select(func.count()).select_from(Event)) == 2
    assert titles[1] == "Tweede/avond"


def test_export_all_into_a_missing_folder_is_refused(server: Database, tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="bestaat niet"):
        export_all(server, tmp_path / "nergens")
    assert not (tmp_path / "nergens").exists()
