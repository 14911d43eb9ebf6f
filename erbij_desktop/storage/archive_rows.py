"""Contributions from an archive, checked one by one and inserted in batches through SQLAlchemy Core.

Why not jsonschema and the ORM, as for the rest of the document: a
contribution is a flat object of eleven fields, and an event has thousands of
them. Validating them with jsonschema was 44 % of an import and one ORM object
each most of the rest (issue 17). Here each one is checked with plain
comparisons against exactly what ``$defs/contribution`` in
db/archive.schema.json states (every field present, no other, the types, the
text limits of domain.contributions, keys that resolve to this archive's
rounds, tables, people, organisations and tags, UTC timestamps), and the rows
go to the database with ``executemany`` in batches of a bounded size
(storage.archive_limits: ``BATCH_VALUES`` rows plus tag links,
``BATCH_BYTES`` of lines), inside the import's one transaction. Ids are given
here (after the highest one present; the import holds SQLite's write lock by
then) so the tag links go in the same batch. A bad contribution raises an
ArchiveError that names it; the caller rolls everything back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from sqlalchemy import column, func, insert, select, table, text
from sqlalchemy.orm import Session

from erbij_desktop.domain import schema
from erbij_desktop.domain.contributions import MAX_LENGTH

from .archive_format import (
    CONTRIBUTIONS_NAME,
    DEVICE_FIELDS_VERSION,
    STREAMED_VERSION,
    loads_line,
    validate_document,
)
from .archive_limits import BATCH_BYTES, BATCH_VALUES, MAX_TAGS_PER_CONTRIBUTION
from .archive_stream import Member, read_lines
from .errors import ArchiveError

FIELDS = frozenset(
    ("round", "table", "position", "text", "report_text", "person", "organisation", "highlighted", "tags",
     "created_at", "updated_at")
)  # fmt: skip
# From version 4 on (issues 13, 14): where it was typed, and the id made there.
DEVICE_FIELDS = FIELDS | {"entry_uid", "source", "device_id", "hidden"}
_SOURCES = ("laptop", "device")
INLINE_CONTRIBUTIONS_MAX = 200_000  # versions 1 and 2: the schema's maxItems of the list
POSITION_LIMIT = 1_000_000_000  # the schema's $defs/position
_WRONG = "Het archief klopt niet met het formaat"
# The same tables without column types: the rows are bound as they are, no per-value processing.
# Timestamps are therefore given as SQLite holds them (DateTime's storage format, naive UTC,
# always with microseconds: "2018-02-20 10:20:00.000000"); a round-trip test compares the rows.
_CONTRIBUTION = table("contribution", *(column(c.name) for c in schema.contribution.c))
_CONTRIBUTION_TAG = table("contribution_tag", *(column(c.name) for c in schema.contribution_tag.c))
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?Z")


class Keys:
    """The archive's local keys of what a contribution refers to, with the ids they got."""

    def __init__(
        self,
        rounds: Mapping[str, int],
        tables: Mapping[str, int],
        people: Mapping[str, int],
        organisations: Mapping[str, int],
        tags: Mapping[str, int],
    ) -> None:
        self.rounds, self.tables, self.people = rounds, tables, people
        self.organisations, self.tags = organisations, tags


_NEXT_IDS = text("SELECT nextval(pg_get_serial_sequence('contribution', 'id')) FROM generate_series(1, :n)")


class ContributionWriter:
    """Checks contributions as they come and inserts them in batches; ``finish`` inserts the rest."""

    def __init__(self, session: Session | None, event_id: int, keys: Keys) -> None:
        """``session`` None: only check (the rows are dropped), as before anything is written."""
        self.session = session
        self.event_id = event_id
        self.keys = keys
        self._server = session is not None and session.get_bind().dialect.name == "postgresql"
        self._ids: list[int] = []  # on a server: ids taken from its sequence, others may insert meanwhile
        highest = None
        if session is not None and not self._server:
            highest = session.scalar(select(func.max(schema.contribution.c.id)))
        self.next_id = (highest or 0) + 1
        self.rows: list[dict[str, Any]] = []
        self.links: list[dict[str, int]] = []
        self.held = 0
        self.count = 0
        self.expected = DEVICE_FIELDS
        self.entry_uids: set[str] = set()

    def expect_version(self, version: int) -> None:
        """The fields a contribution of this archive version has (older ones lack the device's)."""
        self.expected = DEVICE_FIELDS if version >= DEVICE_FIELDS_VERSION else FIELDS

    def add(self, entry: Any, where: str, size: int = 0) -> None:
        """Check one contribution (``where`` names it in a message, ``size``: its bytes) and queue it."""
        keys = self.keys
        if type(entry) is not dict or entry.keys() != self.expected:
            _shape_error(entry, where, self.expected)
        text, report_text = entry["text"], entry["report_text"]
        if type(text) is not str:
            _wrong(where, "text", "moet tekst zijn")
        if len(text) > MAX_LENGTH:
            _wrong(where, "text", f"is langer dan {MAX_LENGTH} tekens")
        if report_text is not None:
            if type(report_text) is not str:
                _wrong(where, "report_text", "moet tekst of null zijn")
            if len(report_text) > MAX_LENGTH:
                _wrong(where, "report_text", f"is langer dan {MAX_LENGTH} tekens")
        position = entry["position"]
        if type(position) is not int or not -POSITION_LIMIT <= position <= POSITION_LIMIT:
            _wrong(where, "position", "moet een geheel getal zijn tussen -1000000000 en 1000000000")
        highlighted = entry["highlighted"]
        if type(highlighted) is not bool:
            _wrong(where, "highlighted", "moet true of false zijn")
        row_id = self._take_id()
        row = {
            "id": row_id,
            "event_id": self.event_id,
            "round_id": _ref(keys.rounds, entry["round"], where, "round", required=True),
            "table_id": _ref(keys.tables, entry["table"], where, "table"),
            "text": text,
            "report_text": report_text,
            "person_id": _ref(keys.people, entry["person"], where, "person"),
            "organisation_id": _ref(keys.organisations, entry["organisation"], where, "organisation"),
            "highlighted": highlighted,
            "position": position,
            "created_at": _timestamp(entry["created_at"], where, "created_at"),
            "updated_at": _timestamp(entry["updated_at"], where, "updated_at"),
            "entry_uid": None,
            "source": "laptop",
            "device_id": None,
            "hidden": False,
        }
        if self.expected is DEVICE_FIELDS:
            self._device_fields(entry, where, row)
        tags = entry["tags"]
        if tags:
            self.links.extend(
                {"contribution_id": row_id, "tag_id": tag} for tag in _tags(keys.tags, tags, where)
            )
        elif type(tags) is not list:
            _wrong(where, "tags", "moet een lijst zijn")
        self.rows.append(row)
        self.next_id += 1
        self.count += 1
        self.held += size
        if len(self.rows) + len(self.links) >= BATCH_VALUES or self.held >= BATCH_BYTES:
            self.flush()

    def _take_id(self) -> int:
        if not self._server:
            return self.next_id
        if not self._ids:
            assert self.session is not None
            self._ids = list(self.session.scalars(_NEXT_IDS, {"n": BATCH_VALUES}))[::-1]
        return self._ids.pop()

    def _device_fields(self, entry: dict[str, Any], where: str, row: dict[str, Any]) -> None:
        entry_uid, source, device_id, hidden = (
            entry["entry_uid"],
            entry["source"],
            entry["device_id"],
            entry["hidden"],
        )
        if entry_uid is not None:
            if type(entry_uid) is not str or not 1 <= len(entry_uid) <= 36:
                _wrong(where, "entry_uid", "moet tekst van 1 tot 36 tekens of null zijn")
            if entry_uid in self.entry_uids:
                _wrong(where, "entry_uid", f"{entry_uid!r} komt twee keer voor")
            self.entry_uids.add(entry_uid)
        if source not in _SOURCES:
            _wrong(where, "source", "moet 'laptop' of 'device' zijn")
        if device_id is not None and (type(device_id) is not str or len(device_id) > 64):
            _wrong(where, "device_id", "moet tekst van hoogstens 64 tekens of null zijn")
        if type(hidden) is not bool:
            _wrong(where, "hidden", "moet true of false zijn")
        row.update(entry_uid=entry_uid, source=source, device_id=device_id, hidden=hidden)

    def flush(self) -> None:
        if self.session is not None and self.rows:
            self.session.execute(insert(_CONTRIBUTION), self.rows)
        if self.session is not None and self.links:
            self.session.execute(insert(_CONTRIBUTION_TAG), self.links)
        self.rows, self.links, self.held = [], [], 0

    def finish(self) -> int:
        """Insert what is queued; the number of contributions added."""
        self.flush()
        return self.count


def _wrong(where: str, field: str, problem: str) -> NoReturn:
    place = f"{where}, veld {field}" if " regel " in where else f"{where}/{field}"
    raise ArchiveError(f"{_WRONG}: {place}: {problem}.")


def _shape_error(entry: Any, where: str, fields: frozenset[str]) -> NoReturn:
    if type(entry) is not dict:
        raise ArchiveError(f"{_WRONG}: {where}: is geen object.")
    missing = sorted(fields - entry.keys())
    if missing:
        raise ArchiveError(f"{_WRONG}: {where}: het veld '{missing[0]}' ontbreekt.")
    extra = sorted(str(key) for key in entry.keys() - fields)
    raise ArchiveError(f"{_WRONG}: {where}: onbekend veld '{extra[0][:80]}'.")


def _ref(table: Mapping[str, int], key: Any, where: str, field: str, *, required: bool = False) -> int | None:
    if key is None and not required:
        return None
    if type(key) is not str:
        _wrong(where, field, "moet een sleutel zijn" if required else "moet een sleutel of null zijn")
    found = table.get(key)
    if found is None:
        raise ArchiveError(f"{where} verwijst naar '{key[:80]}', maar die bestaat niet in het archief.")
    return found


def _tags(table: Mapping[str, int], keys: Any, where: str) -> list[int]:
    if type(keys) is not list:
        _wrong(where, "tags", "moet een lijst zijn")
    if len(keys) > MAX_TAGS_PER_CONTRIBUTION:
        _wrong(where, "tags", f"heeft meer dan {MAX_TAGS_PER_CONTRIBUTION} labels")
    ids = [_ref(table, key, where, "tags", required=True) for key in keys]
    if len(set(ids)) != len(ids):
        _wrong(where, "tags", "noemt een label twee keer")
    return ids  # type: ignore[return-value]


def _timestamp(value: Any, where: str, field: str) -> str:
    """The archive's UTC timestamp ("2018-02-20T10:20:00Z") as the database stores it."""
    if type(value) is not str or _TIMESTAMP.fullmatch(value) is None:
        _wrong(where, field, "moet een tijdstip in UTC zijn, zoals 2018-02-20T10:20:00Z")
    try:
        dt.datetime.fromisoformat(value)  # a real date and time (no 30 February)
    except ValueError:
        raise ArchiveError(f"Ongeldig tijdstip '{value}' bij {where}.") from None
    return f"{value[:10]} {value[11:19]}.{value[20:26] if len(value) > 20 else '000000'}"


# --- the contributions, from the document or streamed -----------------------------------------------


class Contributions:
    """Where the contributions come from: the document's list (versions 1, 2) or the member (3 on)."""

    def __init__(
        self, inline: list[Any] | None, member: Member | None, count: int, version: int = STREAMED_VERSION
    ) -> None:
        self.inline, self.member, self.count, self.version = inline, member, count, version

    @classmethod
    def of(cls, document: dict[str, Any], member: Member | None) -> Contributions:
        """Validate the document (the contributions apart: they are checked while inserting)."""
        inline = document.get("contributions")
        if document["version"] < STREAMED_VERSION and isinstance(inline, list):
            if len(inline) > INLINE_CONTRIBUTIONS_MAX:
                raise ArchiveError(f"{_WRONG}: contributions: meer dan {INLINE_CONTRIBUTIONS_MAX} bijdragen.")
            validate_document(dict(document, contributions=[]))
            if member is not None:
                raise ArchiveError(f"Het archief bevat een onverwacht bestand: {CONTRIBUTIONS_NAME!r}.")
            return cls(inline, None, len(inline), document["version"])
        validate_document(document)
        if member is None:
            raise ArchiveError(f"Het archief mist {CONTRIBUTIONS_NAME}, dat event.json noemt.")
        return cls(None, member, document["contributions"]["count"], document["version"])

    def check(self, document: dict[str, Any]) -> None:
        """Check inline contributions before anything is written (they are in memory anyway), so a
        bad version-1 or -2 archive leaves even the database file as it was; a stream is checked
        while it is written, in one pass."""
        if self.inline is None:
            return
        parts = ("rounds", "tables", "people", "organisations", "tags")
        # Stand-in ids, distinct within each list (a tag named twice must still be noticed).
        keys = Keys(*({entry["key"]: n for n, entry in enumerate(document[part])} for part in parts))
        self.write(ContributionWriter(None, 0, keys))

    def write(self, writer: ContributionWriter) -> None:
        writer.expect_version(self.version)
        if self.inline is not None:
            for n, entry in enumerate(self.inline):
                writer.add(entry, f"contributions/{n}")
        else:
            assert self.member is not None
            with self.member.open() as stream:
                for number, entry, size in self._lines(stream):
                    writer.add(entry, f"{CONTRIBUTIONS_NAME} regel {number}", size)
        if writer.finish() != self.count:
            raise ArchiveError(
                f"{CONTRIBUTIONS_NAME} heeft {writer.count} regels, maar event.json noemt er {self.count}; "
                "het archief is onvolledig."
            )

    def _lines(self, stream: Any) -> Iterator[tuple[int, Any, int]]:
        for number, line in read_lines(stream, CONTRIBUTIONS_NAME):
            if number > self.count:
                raise ArchiveError(
                    f"{CONTRIBUTIONS_NAME} heeft meer regels dan de {self.count} die event.json noemt."
                )
            yield number, loads_line(line, f"{CONTRIBUTIONS_NAME}, regel {number},"), len(line)
