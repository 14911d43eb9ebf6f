"""Event (ORM) -> archive document: the whole event, without a single database id.

Lists come out in a fixed order (positions, then name keys) and references use
local keys derived from that order, so the same event always gives the same
document, whichever database it sits in.

The contributions (version 3) are not part of the document: they are read
with one Core query, in the document's order, and come out as chunks of
JSON lines (:meth:`Exporter.contribution_chunks`), which ``export_archive``
writes into the zip as they come. So an export never holds an event's
contributions as ORM objects or as one JSON document, at any size.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from erbij_desktop.domain import schema
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
    photo_person,
    programme_item_person,
)

from .archive_format import (
    CONTRIBUTIONS_NAME,
    FORMAT,
    GENERATOR,
    VERSION,
    date_out,
    dumps_document,
    dumps_line,
    media_entry_name,
    optional_timestamp_out,
    slug_key,
    time_out,
    timestamp_out,
)
from .archive_io import ArchiveContent
from .archive_stream import BytesMember
from .errors import ArchiveError

_LINES_PER_CHUNK = 1000
# The contributions' timestamps are read as the strings SQLite holds (type_coerce: no datetime
# per value); _stored_timestamp_out writes them exactly as timestamp_out would.
_STORED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")


def _stored_timestamp_out(value: str | dt.datetime) -> str:
    """A stored naive-UTC timestamp ("2018-02-20 10:20:00.000000") as the archive writes it."""
    if isinstance(value, dt.datetime):  # a server's driver hands back the value itself
        return timestamp_out(value.replace(tzinfo=dt.UTC))
    if _STORED.fullmatch(value) is None:  # not SQLAlchemy's own format: parse it the slow way
        return timestamp_out(dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC))
    fraction = value[20:]
    return f"{value[:10]}T{value[11:19]}{'' if fraction == '000000' else '.' + fraction}Z"


def export_content(session: Session, event: Event) -> ArchiveContent:
    """The archive of ``event`` in memory: canonical event.json bytes, the contributions' lines and
    the images (tests and tools; ``export_archive`` streams the lines to the file instead)."""
    exporter = Exporter(session, event)
    document, files = exporter.run()
    lines = BytesMember(CONTRIBUTIONS_NAME, b"".join(exporter.contribution_chunks()))
    return ArchiveContent(document=dumps_document(document), files=files, contributions=lines)


def export_document(session: Session, event: Event) -> dict[str, Any]:
    """Only the document (tests and tools that look at the data)."""
    return Exporter(session, event).run()[0]


def export_contributions(session: Session, event: Event) -> list[dict[str, Any]]:
    """The contributions as the archive's lines hold them (tests and tools)."""
    exporter = Exporter(session, event)
    exporter.run()
    return list(exporter.contribution_entries())


class Exporter:
    """Reads one event: ``run`` gives the document and images, then ``contribution_chunks`` the lines."""

    def __init__(self, session: Session, event: Event) -> None:
        self.session = session
        self.event = event
        self.files: dict[str, bytes] = {}
        self.count = 0

    def _all(self, model: Any, *order: Any) -> list[Any]:
        stmt = select(model).where(model.event_id == self.event.id).order_by(*order, model.id)
        return list(self.session.scalars(stmt))

    def run(self) -> tuple[dict[str, Any], dict[str, bytes]]:
        organisations = self._all(Organisation, Organisation.name_key)
        taken: set[str] = set()
        self.org_keys = {o.id: slug_key(o.name, "organisatie", taken) for o in organisations}
        people = self._all(Person, Person.name_key)
        taken = set()
        self.person_keys = {p.id: slug_key(p.name, "persoon", taken) for p in people}
        self.person_order = {key: n for n, key in enumerate(self.person_keys.values())}
        items = self._all(ProgrammeItem, ProgrammeItem.position)
        self.item_keys = {item.id: f"item-{n}" for n, item in enumerate(items, 1)}
        rounds = self._all(Round, Round.position)
        self.round_keys = {r.id: f"round-{n}" for n, r in enumerate(rounds, 1)}
        tables = self._all(EventTable, EventTable.position)
        self.table_keys = {t.id: f"table-{n}" for n, t in enumerate(tables, 1)}
        tags = self._all(Tag, Tag.name_key)
        taken = set()
        self.tag_keys = {t.id: slug_key(t.name, "tag", taken) for t in tags}

        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "generator": GENERATOR,
            "event": self._event(),
            "organisations": [{"key": self.org_keys[o.id], "name": o.name} for o in organisations],
            "people": [self._person(p) for p in people],
            "programme": [self._item(item) for item in items],
            "quotes": [self._quote(q) for q in self._all(Quote, Quote.position)],
            "key_figures": [self._figure(f) for f in self._all(KeyFigure, KeyFigure.position)],
            "rounds": [self._round(r) for r in rounds],
            "tables": [self._table(t) for t in tables],
            "tags": [{"key": self.tag_keys[t.id], "name": t.name} for t in tags],
            "contributions": {"file": CONTRIBUTIONS_NAME, "count": self._count()},
            "photos": [self._photo(p) for p in self._all(Photo, Photo.position)],
        }
        return document, self.files

    # --- references -------------------------------------------------------------------------------

    @staticmethod
    def _ref(keys: dict[int, str], row_id: int | None) -> str | None:
        return None if row_id is None else keys.get(row_id)

    def _linked(self, table: Any, column: str, owner_id: int, keys: dict[int, str], order: Any) -> list[str]:
        """Keys of the rows linked through an association table, in its order."""
        other = next(c for c in table.c if c.name not in (column, "position"))
        stmt = select(other).where(table.c[column] == owner_id).order_by(*order)
        found = [keys[i] for i in self.session.scalars(stmt) if i in keys]
        return found

    # --- entities ---------------------------------------------------------------------------------

    def _event(self) -> dict[str, Any]:
        e = self.event
        organisers = self._linked(
            event_organiser,
            "event_id",
            e.id,
            self.org_keys,
            (event_organiser.c.position, event_organiser.c.organisation_id),
        )
        return {
            "uid": e.uid,
            "title": e.title,
            "date": date_out(e.event_date),
            "start_time": time_out(e.start_time),
            "end_time": time_out(e.end_time),
            "venue": e.venue,
            "city": e.city,
            "organisers": organisers,
            "chair": self._ref(self.person_keys, e.chair_id),
            "attendance_expected": e.attendance_expected,
            "attendance_actual": e.attendance_actual,
            "attendance_text": e.attendance_text,
            "purpose": e.purpose,
            "lead": e.lead,
            "conclusion": e.conclusion,
            "background_heading": e.background_heading,
            "background_text": e.background_text,
            "report_language": e.report_language.value,
            "report_status": e.report_status.value,
            "published_on": date_out(e.published_on),
            "modified_on": date_out(e.modified_on),
            "logo": self._logo(),
            "created_at": timestamp_out(e.created_at),
            "updated_at": timestamp_out(e.updated_at),
        }

    def _logo(self) -> dict[str, Any] | None:
        data = self.event.logo
        if data is None:
            return None
        digest = hashlib.sha256(data).hexdigest()
        name = media_entry_name("logo", digest, self.event.logo_mime)
        self.files[name] = data
        return {"file": name, "mime": self.event.logo_mime, "sha256": digest}

    def _person(self, p: Person) -> dict[str, Any]:
        return {
            "key": self.person_keys[p.id],
            "name": p.name,
            "role": p.role,
            "organisation": self._ref(self.org_keys, p.organisation_id),
            "consent_to_name": p.consent_to_name,
        }

    def _item(self, item: ProgrammeItem) -> dict[str, Any]:
        people = self._linked(
            programme_item_person,
            "programme_item_id",
            item.id,
            self.person_keys,
            (programme_item_person.c.position, programme_item_person.c.person_id),
        )
        return {
            "key": self.item_keys[item.id],
            "position": item.position,
            "kind": item.kind.value,
            "heading": item.heading,
            "planned_start": time_out(item.planned_start),
            "duration_minutes": item.duration_minutes,
            "actual_start": optional_timestamp_out(item.actual_start),
            "actual_end": optional_timestamp_out(item.actual_end),
            "narrative": item.narrative,
            "figures_summary": item.figures_summary,
            "people": people,
        }

    def _quote(self, q: Quote) -> dict[str, Any]:
        return {
            "position": q.position,
            "text": q.text,
            "speaker": self._ref(self.person_keys, q.speaker_id),
            "programme_item": self._ref(self.item_keys, q.programme_item_id),
            "is_headline": q.is_headline,
        }

    def _figure(self, f: KeyFigure) -> dict[str, Any]:
        return {
            "position": f.position,
            "value": f.value,
            "text": f.text,
            "source": f.source,
            "programme_item": self._ref(self.item_keys, f.programme_item_id),
        }

    def _round(self, r: Round) -> dict[str, Any]:
        return {
            "key": self.round_keys[r.id],
            "position": r.position,
            "title": r.title,
            "question": r.question,
            "planned_minutes": r.planned_minutes,
            "intro": r.intro,
            "selection_intro": r.selection_intro,
            "programme_item": self._ref(self.item_keys, r.programme_item_id),
            "started_at": optional_timestamp_out(r.started_at),
            "ended_at": optional_timestamp_out(r.ended_at),
            "capture_closed": r.capture_closed,
        }

    def _table(self, t: EventTable) -> dict[str, Any]:
        return {
            "key": self.table_keys[t.id],
            "position": t.position,
            "name": t.name,
            "host": self._ref(self.person_keys, t.host_id),
        }

    def _count(self) -> int:
        c = schema.contribution
        self.count = (
            self.session.scalar(select(func.count()).select_from(c).where(c.c.event_id == self.event.id)) or 0
        )
        return self.count

    def contribution_entries(self) -> Iterator[dict[str, Any]]:
        """Every contribution as a line's object: by round (rounds' order), then position, then id."""
        c, r, link, tag = schema.contribution, schema.round_, schema.contribution_tag, schema.tag
        tag_links: dict[int, list[str]] = {}
        link_stmt = (
            select(link.c.contribution_id, link.c.tag_id)
            .join(c, c.c.id == link.c.contribution_id)
            .join(tag, tag.c.id == link.c.tag_id)
            .where(c.c.event_id == self.event.id)
            .order_by(tag.c.name_key, tag.c.id)
        )
        for contribution_id, tag_id in self.session.execute(link_stmt):
            tag_links.setdefault(contribution_id, []).append(self.tag_keys[tag_id])
        stmt = (
            select(c.c.id, c.c.round_id, c.c.table_id, c.c.position, c.c.text, c.c.report_text, c.c.person_id,
                   c.c.organisation_id, c.c.highlighted, type_coerce(c.c.created_at, String),
                   type_coerce(c.c.updated_at, String), c.c.entry_uid, c.c.source, c.c.device_id, c.c.hidden)
            .join(r, r.c.id == c.c.round_id)
            .where(c.c.event_id == self.event.id)
            .order_by(r.c.position, r.c.id, c.c.position, c.c.id)
        )  # fmt: skip
        round_keys, table_keys = self.round_keys, self.table_keys
        person_keys, org_keys = self.person_keys, self.org_keys
        result = self.session.execute(stmt).yield_per(_LINES_PER_CHUNK)
        for (row_id, round_id, table_id, position, text, report_text, person_id, organisation_id,
             highlighted, created_at, updated_at, entry_uid, source, device_id,
             hidden) in result:  # fmt: skip
            yield {
                "round": round_keys[round_id],
                "table": None if table_id is None else table_keys.get(table_id),
                "position": position,
                "text": text,
                "report_text": report_text,
                "person": None if person_id is None else person_keys.get(person_id),
                "organisation": None if organisation_id is None else org_keys.get(organisation_id),
                "highlighted": highlighted,
                "tags": tag_links.get(row_id, []),
                "created_at": _stored_timestamp_out(created_at),
                "updated_at": _stored_timestamp_out(updated_at),
                "entry_uid": entry_uid,
                "source": source,
                "device_id": device_id,
                "hidden": bool(hidden),
            }

    def contribution_chunks(self) -> Iterator[bytes]:
        """The contributions as JSON lines, about a thousand a chunk; call after ``run``."""
        lines: list[bytes] = []
        written = 0
        for entry in self.contribution_entries():
            lines.append(dumps_line(entry))
            if len(lines) == _LINES_PER_CHUNK:
                written += len(lines)
                yield b"".join(lines)
                lines = []
        written += len(lines)
        if lines:
            yield b"".join(lines)
        if written != self.count:  # another window added or deleted one while this ran
            raise ArchiveError("Het evenement veranderde tijdens het exporteren; probeer het opnieuw.")

    def _photo(self, p: Photo) -> dict[str, Any]:
        name = media_entry_name("photos", p.sha256, p.mime)
        data = p.image
        digest = hashlib.sha256(data).hexdigest()
        if digest != p.sha256:  # a stale checksum must not make the archive unreadable
            name = media_entry_name("photos", digest, p.mime)
        self.files[name] = data
        linked = self._linked(photo_person, "photo_id", p.id, self.person_keys, (photo_person.c.person_id,))
        people = sorted(linked, key=self.person_order.__getitem__)
        return {
            "file": name,
            "position": p.position,
            "mime": p.mime,
            "sha256": digest,
            "width": p.width,
            "height": p.height,
            "filename": p.filename,
            "caption": p.caption,
            "credit": p.credit,
            "alt_text": p.alt_text,
            "consent": p.consent,
            "after_item": self._ref(self.item_keys, p.after_item_id),
            "people": people,
            "created_at": timestamp_out(p.created_at),
        }
