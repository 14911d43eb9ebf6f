"""The ``event.json`` document of an .erbij archive: its identity, values and schema.

From version 3 on the contributions are not in the document but in the
streamed member ``contributions.jsonl`` (one compact JSON object a line, in
the document's order); the document names it and declares how many lines it
has. The lines are parsed with the same strictness (``loads_line``), but not
validated with jsonschema: storage.archive_rows checks each one cheaply while
inserting, against the same limits the schema states.

One place decides how a value is written (dates, times, UTC timestamps, keys)
and how the bytes are laid out, so an export of an imported archive gives the
same bytes again. The layout is documented in ``db/README.md``; the JSON Schema
lives beside it in ``db/archive.schema.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from typing import Any

from erbij_desktop import APP_NAME, __version__
from erbij_desktop.domain.text import fold
from erbij_desktop.resources import migrations_dir

from .errors import ArchiveError

FORMAT = "erbij-archive"
# 2 (issue 15): optional attendance_text, figures_summary, selection_intro and alt_text.
# 3 (issue 17): contributions streamed in contributions.jsonl; the document's "contributions" is
#   {"file": "contributions.jsonl", "count": N}.
# 4 (issues 13, 14): contributions carry entry_uid, source, device_id and hidden; rounds capture_closed.
VERSION = 4
DEVICE_FIELDS_VERSION = 4  # the first version whose contributions have entry_uid, source, device_id, hidden
STREAMED_VERSION = 3  # the first version with contributions.jsonl
DOCUMENT_NAME = "event.json"
CONTRIBUTIONS_NAME = "contributions.jsonl"
SCHEMA_NAME = "archive.schema.json"
GENERATOR = f"{APP_NAME} {__version__}"

_MIME_EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/tiff": "tif",
    "image/bmp": "bmp",
}


# --- values -------------------------------------------------------------------------------------


def date_out(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def time_out(value: dt.time | None) -> str | None:
    if value is None:
        return None
    return value.replace(tzinfo=None).isoformat(timespec="microseconds" if value.microsecond else "seconds")


def timestamp_out(value: dt.datetime) -> str:
    utc = value.astimezone(dt.UTC) if value.tzinfo else value
    spec = "microseconds" if utc.microsecond else "seconds"
    return utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def optional_timestamp_out(value: dt.datetime | None) -> str | None:
    return None if value is None else timestamp_out(value)


def date_in(value: str | None, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ArchiveError(f"Ongeldige datum '{value}' bij {where}.") from None


def time_in(value: str | None, where: str) -> dt.time | None:
    if value is None:
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise ArchiveError(f"Ongeldige tijd '{value}' bij {where}.") from None


def timestamp_in(value: str, where: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ArchiveError(f"Ongeldig tijdstip '{value}' bij {where}.") from None
    if parsed.utcoffset() != dt.timedelta(0):
        raise ArchiveError(f"Tijdstip '{value}' bij {where} staat niet in UTC.")
    return parsed.astimezone(dt.UTC)


def optional_timestamp_in(value: str | None, where: str) -> dt.datetime | None:
    return None if value is None else timestamp_in(value, where)


# --- keys and file names --------------------------------------------------------------------------


def slug_key(name: str, prefix: str, taken: set[str]) -> str:
    """A readable local key from a name ("gemeente-huizen"), unique within ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:60].strip("-") or prefix
    key, number = base, 2
    while key in taken:
        key = f"{base}-{number}"
        number += 1
    taken.add(key)
    return key


def extension_for(mime: str) -> str:
    return _MIME_EXTENSIONS.get(mime.lower(), "img")


def media_entry_name(folder: str, sha256: str, mime: str) -> str:
    """Name of an image inside the archive: content-addressed, so equal images share one entry."""
    return f"{folder}/{sha256}.{extension_for(mime)}"


# --- bytes ----------------------------------------------------------------------------------------


def dumps_document(document: dict[str, Any]) -> bytes:
    """Canonical bytes of a document: keys in the order the exporter built them, UTF-8, LF."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def dumps_line(entry: dict[str, Any]) -> bytes:
    """One line of a streamed member: compact JSON, UTF-8, LF."""
    return (_LINE_ENCODER.encode(entry) + "\n").encode("utf-8")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; only a clash (rare) needs the loop that names the key
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            raise ArchiveError(f"Het archief bevat het veld '{key}' twee keer op één plek.")
        seen.add(key)
    return result  # pragma: no cover - a clash always names a key above


def _no_constant(name: str) -> Any:
    raise ArchiveError(f"Het archief bevat een ongeldige JSON-waarde ({name}).")


def loads_document(data: bytes) -> dict[str, Any]:
    """Parse event.json strictly (UTF-8, no duplicate keys, no NaN) and check format and version."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ArchiveError(f"{DOCUMENT_NAME} is geen UTF-8-tekst.") from None
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ArchiveError(
            f"{DOCUMENT_NAME} is geen geldige JSON (regel {error.lineno}, kolom {error.colno})."
        ) from None
    except RecursionError:
        raise ArchiveError(f"{DOCUMENT_NAME} is te diep genest.") from None
    check_identity(document)
    return document  # type: ignore[no-any-return]


# Built once: json.loads/dumps with options build a new decoder/encoder for every call, and a
# streamed member has one call per contribution.
_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_LINE_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)


def loads_line(data: bytes, where: str) -> Any:
    """Parse one line of a streamed member as strictly as event.json; ``where`` names the line."""
    try:
        return _LINE_DECODER.decode(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ArchiveError(f"{where} is geen UTF-8-tekst.") from None
    except json.JSONDecodeError as error:
        raise ArchiveError(f"{where} is geen geldige JSON (kolom {error.colno}).") from None
    except RecursionError:
        raise ArchiveError(f"{where} is te diep genest.") from None
    except ArchiveError as error:
        raise ArchiveError(f"{where}: {error}") from None


def check_identity(document: Any) -> None:
    """Refuse documents that are not Erbij archives, or of a version this app does not know."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ArchiveError("Dit is geen Erbij-archief (het veld 'format' ontbreekt of klopt niet).")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArchiveError(f"Onbekende archiefversie {version!r}.")
    if version > VERSION:
        raise ArchiveError(
            f"Dit archief heeft versie {version}; deze Erbij Desktop kent tot versie {VERSION}. "
            "Werk de app bij om het te importeren."
        )


# --- schema ---------------------------------------------------------------------------------------


@cache
def schema() -> dict[str, Any]:
    with (migrations_dir() / SCHEMA_NAME).open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@cache
def _validator() -> Any:
    # Imported here: jsonschema is slow to import, and only an import needs it (not every start).
    import jsonschema  # type: ignore[import-untyped]

    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    # Following a $ref is the slowest step of validating, and every contribution takes a dozen:
    # the validator checks against a copy with the definitions written out in place.
    return cls(_inline_refs(schema()))


class _KeepRefs(Exception):
    """The schema refers to something that cannot be written out in place."""


def _inline_refs(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with every ``{"$ref": "#/$defs/name"}`` replaced by that definition.

    Returned unchanged when a reference is recursive, points elsewhere or has siblings.
    """
    definitions = document.get("$defs", {})
    prefix = "#/$defs/"

    def inline(node: Any, within: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, within) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if ref is None:
            return {key: inline(value, within) for key, value in node.items()}
        name = ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None
        if len(node) != 1 or name is None or name not in definitions or name in within:
            raise _KeepRefs
        return inline(definitions[name], (*within, name))

    try:
        inlined: dict[str, Any] = inline(document, ())
    except _KeepRefs:
        return document
    return inlined


def validate_document(document: dict[str, Any]) -> None:
    """Check the document against db/archive.schema.json; one line says what is wrong and where."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

    error = best_match(_validator().iter_errors(document))
    if error is None:
        return
    where = "/".join(str(part) for part in error.absolute_path) or "(document)"
    message = " ".join(str(error.message).split())
    if len(message) > 160:
        message = message[:157] + "..."
    raise ArchiveError(f"Het archief klopt niet met het formaat: {where}: {message}")
