"""Archive: exporting the 3,000-contribution event with 20 photos to an .erbij file, and importing it.

The measured path is the app's: ``export_archive`` (the event read through the
ORM into the versioned document, written atomically as a zip) and
``import_archive`` into another, empty database (zip checked, document parsed
and validated against the JSON Schema, every photo checked, the event built and
committed in one transaction), as when an event moves to another laptop.

The baseline round-trips the same data with nothing but ``sqlite3``, ``json``
and ``zipfile``: it reads every row of the event's tables, writes them as one
JSON document plus the photos into a zip (same compression choices), then reads
that zip back and inserts every row into an empty database with the same
schema, in one transaction. Targets: export and import <= 2 s each; the ratios
are shown for comparison.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import sys
import zipfile
from pathlib import Path

from common import Result, child_main, ensure_import_path, median, ms, timed

ensure_import_path()

from generator import QUICK_REPORT_EVENT, REPORT_EVENT, build_event  # noqa: E402

from erbij_desktop.domain.models import Event  # noqa: E402
from erbij_desktop.storage.archive import export_archive, import_archive  # noqa: E402
from erbij_desktop.storage.atomic import atomic_write_bytes  # noqa: E402
from erbij_desktop.storage.database import SQLITE_PRAGMAS, open_database  # noqa: E402

LIMIT_MS = 2000.0
OWN_ROWS = ["event", "organisation", "person", "programme_item", "round", "event_table", "tag", "quote",
            "key_figure", "contribution", "photo", "event_organiser"]  # fmt: skip
LINKED_ROWS = {
    "contribution_tag": "SELECT l.* FROM contribution_tag AS l "
    "JOIN contribution AS c ON c.id = l.contribution_id WHERE c.event_id = ?",
    "photo_person": "SELECT l.* FROM photo_person AS l "
    "JOIN photo AS p ON p.id = l.photo_id WHERE p.event_id = ?",
    "programme_item_person": "SELECT l.* FROM programme_item_person AS l "
    "JOIN programme_item AS i ON i.id = l.programme_item_id WHERE i.event_id = ?",
}
# Insert order for the baseline's import: referenced rows first.
INSERT_ORDER = ["event", "organisation", "person", "programme_item", "round", "event_table", "tag", "quote",
                "key_figure", "contribution", "photo", "event_organiser", "contribution_tag", "photo_person",
                "programme_item_person"]  # fmt: skip


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in SQLITE_PRAGMAS:
        connection.execute(pragma)
    return connection


def bare_export(database: Path, event_id: int, target: Path) -> None:
    """Every row of the event as JSON, blobs as zip entries named by checksum."""
    connection = connect(database)
    connection.row_factory = sqlite3.Row
    files: dict[str, bytes] = {}

    def plain(row: sqlite3.Row) -> dict[str, object]:
        values = dict(row)
        for key, value in values.items():
            if isinstance(value, bytes):
                name = f"photos/{hashlib.sha256(value).hexdigest()}.jpg"
                files[name] = value
                values[key] = name
        return values

    try:
        document = {
            table: [
                plain(r)
                for r in connection.execute(
                    f"SELECT * FROM {table} WHERE {'id' if table == 'event' else 'event_id'} = ?", (event_id,)
                )
            ]
            for table in OWN_ROWS
        }
        for table, sql in LINKED_ROWS.items():
            document[table] = [plain(r) for r in connection.execute(sql, (event_id,))]
    finally:
        connection.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        archive.writestr("event.json", data, zipfile.ZIP_DEFLATED)
        for name in sorted(files):
            archive.writestr(name, files[name], zipfile.ZIP_STORED)
    atomic_write_bytes(target, out.getvalue())


def bare_import(source: Path, database: Path) -> int:
    """Read the zip back and insert every row into an empty database, in one transaction."""
    with zipfile.ZipFile(source) as archive:
        document = json.loads(archive.read("event.json").decode("utf-8"))
        files = {name: archive.read(name) for name in archive.namelist() if name != "event.json"}
    connection = connect(database)
    try:
        connection.execute("BEGIN")
        count = 0
        for table in INSERT_ORDER:
            rows = document[table]
            if not rows:
                continue
            columns = list(rows[0])
            values = [[_blob(files, v) for v in row.values()] for row in rows]
            marks = ", ".join("?" for _ in columns)
            connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
            count += len(rows)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return count


def _blob(files: dict[str, bytes], value: object) -> object:
    """A photo's bytes in place of its entry name; any other value as it is."""
    return files[value] if isinstance(value, str) and value in files else value


def empty_database(path: Path) -> Path:
    """A new database with the app's schema (made by the app, not timed)."""
    open_database(str(path), backups=False).close()
    return path


def measure(workdir: Path, quick: bool) -> list[Result]:
    repeat = 2 if quick else 3
    shape = QUICK_REPORT_EVENT if quick else REPORT_EVENT
    source = workdir / "archive-source.sqlite"
    db = open_database(str(source))
    with db.transaction() as session:
        event_id = build_event(session, shape)
    db.close()

    exports, imports, bare_exports, bare_imports = [], [], [], []
    for number in range(repeat):
        ours_file, bare_file = workdir / f"ours-{number}.erbij", workdir / f"bare-{number}.zip"
        target_ours = empty_database(workdir / f"import-ours-{number}.sqlite")
        target_bare = empty_database(workdir / f"import-bare-{number}.sqlite")

        db = open_database(str(source), backups=False)
        with db.transaction() as session:
            event = session.get(Event, event_id)
            assert event is not None
            exports.append(timed(lambda s=session, e=event, f=ours_file: export_archive(s, e, f)))
        db.close()
        bare_exports.append(timed(lambda f=bare_file: bare_export(source, event_id, f)))

        db = open_database(str(target_ours), backups=False)
        with db.transaction() as session:
            imports.append(timed(lambda s=session, f=ours_file: import_archive(s, f)))
            imported = session.get(Event, 1)
            assert imported is not None and len(imported.contributions) == shape.contributions
        db.close()
        bare_imports.append(timed(lambda f=bare_file, t=target_bare: bare_import(f, t)))

    section = "5 Archive"
    size = f"{shape.contributions:,} contributions, {shape.photos} photos"
    return [
        Result(section, f"export to .erbij ({size})", ms(median(exports)), "ms", ms(median(bare_exports)),
               limit=LIMIT_MS),
        Result(section, "import into an empty database", ms(median(imports)), "ms", ms(median(bare_imports)),
               limit=LIMIT_MS),
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(child_main(measure))
