"""Export -> import into another database -> export gives the same bytes, and the same event."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from PIL import Image
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ReportStatus
from erbij_desktop.domain.models import (
    Contribution,
    Event,
    EventTable,
    KeyFigure,
    Organisation,
    Person,
    Photo,
    ProgrammeItem,
    Quote,
    Round,
    Tag,
)
from erbij_desktop.resources import migrations_dir
from erbij_desktop.storage import archive_import, archive_io
from erbij_desktop.storage.archive import (
    EventExistsError,
    export_archive,
    export_content,
    export_document,
    import_archive,
    import_content,
)
from erbij_desktop.storage.archive_export import export_contributions
from erbij_desktop.storage.archive_io import ArchiveContent
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.errors import ArchiveError, DiskFullError

UTC = dt.UTC


def _png(color: tuple[int, int, int], size: tuple[int, int] = (40, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def rich_event(session: Session, demo_event: Event) -> Event:
    """The demo plus every field the demo leaves empty: logo, actual times, tags, curation..."""
    event = demo_event
    event.logo = _png((200, 80, 20))
    event.logo_mime = "image/png"
    event.attendance_expected = 120
    event.report_status = ReportStatus.DRAFT
    item = event.programme[1]
    item.actual_start = dt.datetime(2018, 2, 20, 8, 46, 5, 123456, tzinfo=UTC)
    item.actual_end = dt.datetime(2018, 2, 20, 9, 2, tzinfo=UTC)
    first_round = event.rounds[0]
    first_round.started_at = dt.datetime(2018, 2, 20, 10, 15, tzinfo=UTC)
    first_round.ended_at = dt.datetime(2018, 2, 20, 10, 47, 30, tzinfo=UTC)
    first_round.programme_item = None
    zorg = Tag(event=event, name="Zorg", name_key="zorg")
    buurt = Tag(event=event, name="buurt", name_key="buurt")
    session.add_all([zorg, buurt])
    contributions = session.scalars(
        select(Contribution).where(Contribution.event_id == event.id).order_by(Contribution.id)
    ).all()
    contributions[0].tags = [zorg, buurt]
    contributions[1].tags = [buurt]
    contributions[2].report_text = "Ingekorte tekst voor het verslag."
    contributions[3].highlighted = False
    contributions[4].updated_at = dt.datetime(2018, 2, 21, 7, 0, 0, 1, tzinfo=UTC)
    # Version 4: sent from a table host's phone, then hidden by the facilitator; a closed round.
    contributions[5].entry_uid = "5f0c9d2e-1b7a-4c3e-9a51-0d6f2b8e4c17"
    contributions[5].source = "device"
    contributions[5].device_id = "telefoon-tafel-2"
    contributions[5].hidden = True
    first_round.capture_closed = True
    # Two contributions at the same position: the order must still survive.
    session.add(
        Contribution(
            event=event,
            round=first_round,
            table=None,
            text="Zonder tafel, zelfde positie.",
            position=contributions[0].position,
            highlighted=False,
        )
    )
    nobody = Person(event=event, name="Zonder Organisatie", name_key="zonder organisatie", role="")
    session.add(nobody)
    session.add(
        Photo(
            event=event,
            image=_png((10, 120, 60), (30, 30)),
            mime="image/png",
            sha256="0" * 64,  # stale checksum in the database: the archive must still be valid
            width=30,
            height=30,
            filename="geen toestemming.png",
            caption="Zonder toestemming",
            consent=False,
            after_item=None,
        )
    )
    quote = event.quotes[2]
    quote.programme_item = None
    quote.speaker = None
    figure = event.key_figures[0]
    figure.programme_item = None
    event.tables[5].host = None
    session.commit()
    return event


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "other.sqlite"))
    yield database
    database.close()


def _label(obj: Any) -> Any:
    """A database-independent name for a referenced row."""
    if obj is None:
        return None
    if isinstance(obj, Person | Organisation | Tag | EventTable):
        return obj.name
    if isinstance(obj, ProgrammeItem):
        return ("item", obj.position, obj.heading)
    if isinstance(obj, Round):
        return ("round", obj.position, obj.title)
    if isinstance(obj, Event):
        return obj.uid
    raise AssertionError(type(obj))


def _row(obj: Any) -> dict[str, Any]:
    """Every column except ids, plus every relationship as labels: the ORM state, id-free."""
    mapper = inspect(type(obj))
    values: dict[str, Any] = {}
    fk_columns = {c.key for c in mapper.columns if c.foreign_keys or c.primary_key}
    for attr in mapper.column_attrs:
        if attr.key not in fk_columns:
            values[attr.key] = getattr(obj, attr.key)
    for rel in mapper.relationships:
        if rel.key in {"event", "quotes", "contributions"} or (rel.uselist and rel.back_populates):
            continue
        target = getattr(obj, rel.key)
        values[rel.key] = [_label(t) for t in target] if rel.uselist else _label(target)
    return values


def snapshot(session: Session, event: Event) -> dict[str, Any]:
    session.expire_all()
    result: dict[str, Any] = {"event": _row(event)}
    for model in (
        Organisation,
        Person,
        ProgrammeItem,
        Quote,
        KeyFigure,
        Round,
        EventTable,
        Tag,
        Contribution,
        Photo,
    ):
        rows = [_row(o) for o in session.scalars(select(model).where(model.event_id == event.id))]
        result[model.__name__] = sorted(rows, key=repr)
    return result


def test_export_import_export_gives_identical_bytes_and_equal_orm_state(
    session: Session, rich_event: Event, other_db: Database
) -> None:
    first = export_content(session, rich_event)
    with other_db.session() as other:
        imported = import_content(other, first)
        assert imported.uid == rich_event.uid
        second = export_content(other, imported)
        assert second.document == first.document
        assert lines(second) == lines(first) and lines(first).count(b"\n") == len(rich_event.contributions)
        assert dict(second.files) == dict(first.files)
        assert snapshot(other, imported) == snapshot(session, rich_event) | _expected_fixes(
            session, rich_event
        )


def lines(content: ArchiveContent) -> bytes:
    assert content.contributions is not None
    with content.contributions.open() as stream:
        return stream.read()


def _expected_fixes(session: Session, event: Event) -> dict[str, Any]:
    """The one thing an import corrects: a photo's stale checksum becomes the real one."""
    snap = snapshot(session, event)
    photos = []
    for row in snap["Photo"]:
        photos.append(row | {"sha256": hashlib.sha256(row["image"]).hexdigest()})
    return {"Photo": sorted(photos, key=repr)}


def test_rich_event_covers_every_field(session: Session, rich_event: Event) -> None:
    document = export_document(session, rich_event)
    contributions = export_contributions(session, rich_event)
    assert document["event"]["logo"]["mime"] == "image/png"
    assert document["contributions"] == {"file": "contributions.jsonl", "count": len(contributions)}
    assert any(c["tags"] == ["buurt", "zorg"] for c in contributions)
    assert any(c["report_text"] for c in contributions)
    assert any(i["actual_start"] == "2018-02-20T08:46:05.123456Z" for i in document["programme"])
    assert document["rounds"][0]["ended_at"] == "2018-02-20T10:47:30Z"
    interview = next(p for p in document["photos"] if p["filename"] == "Praktijktafel VWS 4.jpg")
    assert interview["people"] == ["ahmed-el-mesri", "mieke-kreun", "ricky-tol"]


def test_archive_file_round_trip_and_zip_layout(session: Session, rich_event: Event, tmp_path: Path) -> None:
    target = tmp_path / "event.erbij"
    export_archive(session, rich_event, target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        document = json.loads(archive.read("event.json"))
    assert names[:2] == ["event.json", "contributions.jsonl"]
    assert sum(n.startswith("photos/") for n in names) == 5
    assert sum(n.startswith("logo/") for n in names) == 1
    assert document["format"] == "erbij-archive" and document["version"] == 4
    again = tmp_path / "again.erbij"
    export_archive(session, rich_event, again)
    assert again.read_bytes() == target.read_bytes()  # reproducible zip


def test_exported_documents_validate_against_the_schema(session: Session, rich_event: Event) -> None:
    schema = json.loads((migrations_dir() / "archive.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(export_document(session, rich_event), schema)


def test_document_has_no_database_ids(session: Session, rich_event: Event) -> None:
    def walk(value: Any) -> Iterator[str]:
        if isinstance(value, dict):
            for key, inner in value.items():
                yield key
                yield from walk(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from walk(inner)

    keys = set(walk(export_document(session, rich_event)))
    assert not {k for k in keys if k == "id" or k.endswith("_id")}


def test_same_uid_is_refused_then_imported_as_copy(
    session: Session, rich_event: Event, tmp_path: Path
) -> None:
    target = tmp_path / "event.erbij"
    export_archive(session, rich_event, target)
    before = snapshot(session, rich_event)
    with pytest.raises(EventExistsError) as caught:
        import_archive(session, target)
    assert caught.value.existing_id == rich_event.id
    assert snapshot(session, rich_event) == before
    assert session.scalar(select(func.count()).select_from(Event)) == 1
    copy = import_archive(session, target, as_copy=True)
    assert copy.id != rich_event.id
    assert copy.uid != rich_event.uid
    assert copy.title == f"{rich_event.title} (kopie)"
    assert len(copy.programme) == len(rich_event.programme)
    assert snapshot(session, rich_event) == before


def test_a_failure_while_writing_rolls_everything_back(
    session: Session, rich_event: Event, other_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = export_content(session, rich_event)
    with other_db.session() as other:

        def broken_insert(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("disk vol")

        monkeypatch.setattr(archive_import, "insert", broken_insert)
        with pytest.raises(RuntimeError):
            import_content(other, content)
        assert other.scalar(select(func.count()).select_from(Event)) == 0
        assert other.scalar(select(func.count()).select_from(Person)) == 0
        assert other.scalar(select(func.count()).select_from(Contribution)) == 0


def test_a_database_error_while_writing_becomes_an_archive_error(
    session: Session, rich_event: Event, other_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = export_content(session, rich_event)
    with other_db.session() as other:

        def failing(*args: Any, **kwargs: Any) -> Any:
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))

        monkeypatch.setattr(archive_import, "insert", failing)
        with pytest.raises(ArchiveError, match="niet worden opgeslagen"):
            import_content(other, content)
        assert other.scalar(select(func.count()).select_from(Event)) == 0


def test_failed_export_leaves_an_existing_file_alone(
    session: Session, rich_event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "event.erbij"
    target.write_bytes(b"oude versie")

    def broken_add(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(archive_io, "_add", broken_add)
    with pytest.raises(DiskFullError, match="De schijf is vol"):
        export_archive(session, rich_event, target)
    assert target.read_bytes() == b"oude versie"
    assert [p.name for p in out.iterdir()] == ["event.erbij"]


def test_keys_for_accents_scripts_and_clashes_round_trip(session: Session, other_db: Database) -> None:
    from erbij_desktop.domain.events import create_event
    from erbij_desktop.domain.people import ensure_organisation, ensure_person

    event = create_event(session, "Namen", event_date=dt.date(2024, 5, 1))
    for name in ("Ëva", "Eva", "محمد", "مريم", "Cliënt & Co"):
        ensure_person(session, event, name)
    ensure_organisation(session, event, "Gemeente Huizen")
    document = export_document(session, event)
    assert [p["key"] for p in document["people"]] == ["client-co", "eva", "eva-2", "persoon", "persoon-2"]
    assert [o["key"] for o in document["organisations"]] == ["gemeente-huizen"]
    first = export_content(session, event)
    with other_db.session() as other:
        second = export_content(other, import_content(other, first))
        assert second.document == first.document and lines(second) == lines(first)
