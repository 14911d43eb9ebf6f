"""Archive document -> Event (ORM): check everything first, then write it in one transaction.

Reading the document never touches the database: first the memory the import
will take is estimated from the bytes alone and held to the budget
(storage.archive_limits), then the document is parsed, validated against the
JSON Schema, its references resolved, every image checked (checksum, decodes,
sane size) and the event's structure built as unsaved ORM objects. Only then is
it added, in one transaction. The contributions, the bulk of an event, are not
ORM objects: they are checked one by one while they are inserted in batches
through Core (storage.archive_rows), from the document's list (versions 1 and
2) or streamed line by line from ``contributions.jsonl`` (version 3,
storage.archive_stream). Any failure, a bad line included, rolls the whole
transaction back, so a bad archive leaves the database exactly as it was.

An event keeps its ``uid`` across laptops. Importing an event whose uid is
already present is refused (EventExistsError) unless the caller asks for a
copy: then it gets a new uid and "(kopie)" after its title.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind, ReportLanguage, ReportStatus
from erbij_desktop.domain.models import (
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
    event_organiser,
    programme_item_person,
)
from erbij_desktop.domain.text import name_key

from .archive_format import (
    date_in,
    loads_document,
    optional_timestamp_in,
    time_in,
    timestamp_in,
)
from .archive_images import check_image
from .archive_io import ArchiveContent
from .archive_limits import check_budget, image_budget
from .archive_rows import Contributions, ContributionWriter, Keys
from .errors import ArchiveError

COPY_SUFFIX = " (kopie)"


class EventExistsError(ArchiveError):
    """The archive's event (same uid) is already in the database."""

    def __init__(self, existing_id: int, title: str) -> None:
        self.existing_id = existing_id
        super().__init__(
            f"Dit evenement staat al in de database (id {existing_id}: {title}); "
            "importeer het als kopie om het ernaast te zetten."
        )


def import_content(session: Session, content: ArchiveContent, *, as_copy: bool = False) -> Event:
    """Check ``content`` completely, then store it as a new event; all or nothing."""
    check_memory(content)
    document = loads_document(content.document)
    contributions = Contributions.of(document, content.contributions)
    built = _Builder(document, content.files, content.archive_size).build()
    contributions.check(document)
    built.contributions = contributions
    existing = find_by_uid(session, built.event.uid)
    if existing is not None:
        if not as_copy:
            raise EventExistsError(existing.id, existing.title)
        built.event.uid = uuid.uuid4().hex
        built.event.title = (built.event.title[: 300 - len(COPY_SUFFIX)] + COPY_SUFFIX).strip()
    return _write(session, built)


def check_memory(content: ArchiveContent) -> None:
    """Refuse, before parsing, an archive whose import would take more memory than its size allows."""
    streamed = content.contributions.size if content.contributions is not None else 0
    check_budget(content.document, content.files, content.archive_size, streamed)


def find_by_uid(session: Session, uid: str) -> Event | None:
    return session.scalars(select(Event).where(Event.uid == uid)).first()


# --- building (no database access) -----------------------------------------------------------------


@dataclass
class _Built:
    """The unsaved event, plus what must be written once rows have ids."""

    event: Event
    updated_at: Any
    chair: Person | None
    organisers: list[Organisation]
    stage: list[tuple[ProgrammeItem, list[Person]]]
    positions: list[tuple[Any, int]] = field(default_factory=list)
    # Key -> object of what contributions refer to (rounds, tables, people, organisations, tags).
    referred: tuple[dict[str, Any], ...] = ()
    contributions: Contributions | None = None


def _index(entries: Iterable[dict[str, Any]], what: str, objects: Iterable[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for entry, obj in zip(entries, objects, strict=True):
        if entry["key"] in found:
            raise ArchiveError(f"Sleutel '{entry['key']}' komt twee keer voor bij {what}.")
        found[entry["key"]] = obj
    return found


def _unique_names(objects: Iterable[Any], what: str) -> None:
    seen: set[str] = set()
    for obj in objects:
        if obj.name_key in seen:
            raise ArchiveError(f"Twee {what} met dezelfde naam: '{obj.name}'.")
        seen.add(obj.name_key)


class _Builder:
    def __init__(
        self, document: dict[str, Any], files: Mapping[str, bytes], archive_size: int | None = None
    ) -> None:
        self.doc = document
        self.files = files
        self.archive_size = archive_size if archive_size is not None else sum(map(len, files.values()))
        self.used_files: set[str] = set()

    def _ref(self, table: dict[str, Any], key: str | None, where: str) -> Any:
        if key is None:
            return None
        try:
            return table[key]
        except KeyError:
            raise ArchiveError(
                f"{where} verwijst naar '{key}', maar die bestaat niet in het archief."
            ) from None

    def _refs(self, table: dict[str, Any], keys: list[str], where: str) -> list[Any]:
        return [self._ref(table, key, where) for key in keys]

    def _media(self, name: str, sha256: str, where: str) -> bytes:
        data = self.files.get(name)
        if data is None:
            raise ArchiveError(f"{where}: het bestand {name} ontbreekt in het archief.")
        digest = hashlib.sha256(data).hexdigest()
        if digest != sha256 or not name.split("/", 1)[1].startswith(sha256 + "."):
            raise ArchiveError(f"{where}: de controlesom van {name} klopt niet; het bestand is beschadigd.")
        if name not in self.used_files:
            check_image(data, name, image_budget(self.archive_size))
        self.used_files.add(name)
        return data

    def build(self) -> _Built:
        doc = self.doc
        e = doc["event"]
        event = Event(
            uid=e["uid"],
            title=e["title"],
            event_date=date_in(e["date"], "event.date"),
            start_time=time_in(e["start_time"], "event.start_time"),
            end_time=time_in(e["end_time"], "event.end_time"),
            venue=e["venue"],
            city=e["city"],
            attendance_expected=e["attendance_expected"],
            attendance_actual=e["attendance_actual"],
            attendance_text=e.get("attendance_text", ""),  # from version 2 on
            purpose=e["purpose"],
            lead=e["lead"],
            conclusion=e["conclusion"],
            background_heading=e["background_heading"],
            background_text=e["background_text"],
            report_language=ReportLanguage(e["report_language"]),
            report_status=ReportStatus(e["report_status"]),
            published_on=date_in(e["published_on"], "event.published_on"),
            modified_on=date_in(e["modified_on"], "event.modified_on"),
            logo=None,
            logo_mime="",
            created_at=timestamp_in(e["created_at"], "event.created_at"),
            updated_at=timestamp_in(e["updated_at"], "event.updated_at"),
        )
        if e["logo"] is not None:
            event.logo = self._media(e["logo"]["file"], e["logo"]["sha256"], "Logo")
            event.logo_mime = e["logo"]["mime"]
        built = _Built(event, event.updated_at, None, [], [])

        orgs = [
            Organisation(event=event, name=o["name"], name_key=name_key(o["name"]))
            for o in doc["organisations"]
        ]
        _unique_names(orgs, "organisaties")
        self.orgs = _index(doc["organisations"], "organisaties", orgs)
        people = [self._person(event, p) for p in doc["people"]]
        _unique_names(people, "personen")
        self.people = _index(doc["people"], "personen", people)
        built.organisers = self._refs(self.orgs, e["organisers"], "Organisator")
        built.chair = self._ref(self.people, e["chair"], "Dagvoorzitter")

        items = [self._item(event, i, built) for i in doc["programme"]]
        self.items = _index(doc["programme"], "programmaonderdelen", items)
        for entry, item in zip(doc["programme"], items, strict=True):
            built.stage.append(
                (item, self._refs(self.people, entry["people"], f"Programmaonderdeel {entry['key']}"))
            )
        self._quotes(event, built)
        for f in doc["key_figures"]:
            figure = KeyFigure(
                event=event,
                value=f["value"],
                text=f["text"],
                source=f["source"],
                programme_item=self._ref(self.items, f["programme_item"], "Kerncijfer"),
            )
            built.positions.append((figure, f["position"]))
        rounds = [self._round(event, r, built) for r in doc["rounds"]]
        self.rounds = _index(doc["rounds"], "rondes", rounds)
        tables = [self._table(event, t, built) for t in doc["tables"]]
        self.tables = _index(doc["tables"], "tafels", tables)
        tags = [Tag(event=event, name=t["name"], name_key=name_key(t["name"])) for t in doc["tags"]]
        _unique_names(tags, "labels")
        self.tags = _index(doc["tags"], "labels", tags)
        built.referred = (self.rounds, self.tables, self.people, self.orgs, self.tags)
        for n, p in enumerate(doc["photos"], 1):
            self._photo(event, p, n, built)
        unused = sorted(set(self.files) - self.used_files)
        if unused:
            raise ArchiveError(f"Het archief bevat een bestand dat nergens wordt gebruikt: {unused[0]}.")
        return built

    def _person(self, event: Event, p: dict[str, Any]) -> Person:
        return Person(
            event=event,
            name=p["name"],
            name_key=name_key(p["name"]),
            role=p["role"],
            organisation=self._ref(self.orgs, p["organisation"], f"Persoon {p['key']}"),
            consent_to_name=p["consent_to_name"],
        )

    def _item(self, event: Event, i: dict[str, Any], built: _Built) -> ProgrammeItem:
        where = f"programme/{i['key']}"
        item = ProgrammeItem(
            event=event,
            kind=ProgrammeKind(i["kind"]),
            heading=i["heading"],
            planned_start=time_in(i["planned_start"], where),
            duration_minutes=i["duration_minutes"],
            actual_start=optional_timestamp_in(i["actual_start"], where),
            actual_end=optional_timestamp_in(i["actual_end"], where),
            narrative=i["narrative"],
            figures_summary=i.get("figures_summary", ""),
        )
        built.positions.append((item, i["position"]))
        return item

    def _quotes(self, event: Event, built: _Built) -> None:
        headlines = 0
        for q in self.doc["quotes"]:
            quote = Quote(
                event=event,
                text=q["text"],
                speaker=self._ref(self.people, q["speaker"], "Citaat"),
                is_headline=q["is_headline"],
            )
            quote.programme_item = self._ref(self.items, q["programme_item"], "Citaat")
            built.positions.append((quote, q["position"]))
            headlines += q["is_headline"]
        if headlines > 1:
            raise ArchiveError("Het archief heeft meer dan één kopcitaat.")

    def _round(self, event: Event, r: dict[str, Any], built: _Built) -> Round:
        where = f"rounds/{r['key']}"
        round_ = Round(
            event=event,
            title=r["title"],
            question=r["question"],
            planned_minutes=r["planned_minutes"],
            intro=r["intro"],
            selection_intro=r.get("selection_intro", ""),
            capture_closed=r.get("capture_closed", False),  # from version 4 on
            programme_item=self._ref(self.items, r["programme_item"], f"Ronde {r['key']}"),
            started_at=optional_timestamp_in(r["started_at"], where),
            ended_at=optional_timestamp_in(r["ended_at"], where),
        )
        built.positions.append((round_, r["position"]))
        return round_

    def _table(self, event: Event, t: dict[str, Any], built: _Built) -> EventTable:
        table = EventTable(
            event=event, name=t["name"], host=self._ref(self.people, t["host"], f"Tafel {t['key']}")
        )
        built.positions.append((table, t["position"]))
        return table

    def _photo(self, event: Event, p: dict[str, Any], n: int, built: _Built) -> None:
        where = f"Foto {n}"
        photo = Photo(
            event=event,
            image=self._media(p["file"], p["sha256"], where),
            mime=p["mime"],
            sha256=p["sha256"],
            width=p["width"],
            height=p["height"],
            filename=p["filename"],
            caption=p["caption"],
            credit=p["credit"],
            alt_text=p.get("alt_text", ""),
            consent=p["consent"],
            after_item=self._ref(self.items, p["after_item"], where),
            people=self._refs(self.people, p["people"], where),
            created_at=timestamp_in(p["created_at"], where),
        )
        built.positions.append((photo, p["position"]))


# --- writing (one transaction) ---------------------------------------------------------------------


def _write(session: Session, built: _Built) -> Event:
    event = built.event
    # Collections that keep themselves numbered renumber on append; the archive's positions win.
    for obj, position in built.positions:
        obj.position = position
    try:
        session.add(event)
        session.flush()
        if built.organisers:
            session.execute(
                insert(event_organiser),
                [
                    {"event_id": event.id, "organisation_id": org.id, "position": n}
                    for n, org in enumerate(built.organisers)
                ],
            )
        rows = [
            {"programme_item_id": item.id, "person_id": person.id, "position": n}
            for item, people in built.stage
            for n, person in enumerate(people)
        ]
        if rows:
            session.execute(insert(programme_item_person), rows)
        if built.contributions is not None:
            ids = [{key: obj.id for key, obj in referred.items()} for referred in built.referred]
            built.contributions.write(ContributionWriter(session, event.id, Keys(*ids)))
        # Set afterwards (the chair is a person of this event); the explicit updated_at keeps
        # the archive's value instead of "now".
        session.execute(
            update(Event)
            .where(Event.id == event.id)
            .values(chair_id=built.chair.id if built.chair else None, updated_at=built.updated_at)
        )
        session.commit()
    except SQLAlchemyError as error:
        session.rollback()
        raise ArchiveError(f"Het archief kon niet worden opgeslagen: {error.__class__.__name__}.") from error
    except BaseException:
        session.rollback()
        raise
    session.refresh(event)
    return event
