"""Archive: exporting the 3,000-contribution event with 20 photos to an .erbij file, and importing it.

The measured path is the app's: ``export_archive`` (the event's structure read
through the ORM into the versioned document, its contributions streamed through
Core into ``contributions.jsonl``, written atomically as a zip) and
``import_archive`` into another, empty database (zip checked, document parsed
and validated against the JSON Schema, every photo checked, the structure built
as ORM objects, the contributions checked line by line and inserted in batches,
one transaction), as when an event moves to another laptop.

The baseline round-trips the same data with nothing but ``sqlite3``, ``json``
and ``zipfile``: it reads every row of the event's tables, writes them as one
JSON document plus the photos into a zip (same compression choices), then reads
that zip back and inserts every row into an empty database with the same
schema, in one transaction. Targets (issue 17): export <= 2x bare, import <= 4x
bare, both <= 2 s.

Peak memory: each of the four runs once more in a fresh process of its own
(``archive_bench.py --peak MODE ...``, which imports only what that mode needs:
the bare ones never load SQLAlchemy), and reports its peak resident size
(VmHWM). The app's import is held to the budget every archive has, 4 x the
archive's size + 200 MB (storage.archive_limits); the bare peaks are shown
beside them.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

from common import Result, child_main, ensure_import_path, median, ms, timed

ensure_import_path()

LIMIT_MS = 2000.0
EXPORT_RATIO = 2.0
IMPORT_RATIO = 4.0
MiB = 1024 * 1024
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
    for pragma in json.loads(os.environ["ERBIJ_BENCH_PRAGMAS"]):  # the app's (set by measure)
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
    # As the app writes (storage.atomic, which would load SQLAlchemy into the bare peak run):
    # a private temporary file, fsync, rename, fsync of the folder.
    temporary = target.with_name(target.name + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(out.getvalue())
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, target)
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


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
    from erbij_desktop.storage.database import open_database

    open_database(str(path), backups=False).close()
    return path


def ours_export(source: Path, event_id: int, target: Path) -> None:
    from erbij_desktop.domain.models import Event
    from erbij_desktop.storage.archive import export_archive
    from erbij_desktop.storage.database import open_database

    db = open_database(str(source), backups=False)
    with db.transaction() as session:
        event = session.get(Event, event_id)
        assert event is not None
        export_archive(session, event, target)
    db.close()


def ours_import(source: Path, target: Path) -> None:
    from erbij_desktop.storage.archive import import_archive
    from erbij_desktop.storage.database import open_database

    db = open_database(str(target), backups=False)
    with db.transaction() as session:
        import_archive(session, source)
    db.close()


def peak_main(mode: str, source: str, target: str, event_id: str) -> int:
    """One run of ``mode`` in this fresh process; prints its peak resident size in bytes."""
    work = {
        "ours-export": lambda: ours_export(Path(source), int(event_id), Path(target)),
        "ours-import": lambda: ours_import(Path(source), Path(target)),
        "bare-export": lambda: bare_export(Path(source), int(event_id), Path(target)),
        "bare-import": lambda: bare_import(Path(source), Path(target)),
    }[mode]
    work()
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM")).split()[1]
    print(f"peak {int(peak) * 1024}", flush=True)
    return 0


def peak_mb(mode: str, source: Path, target: Path, event_id: int) -> float | None:
    """Peak resident MB of ``mode`` run alone in a new process (None where /proc is missing)."""
    if not Path("/proc/self/status").exists():
        return None
    command = [sys.executable, __file__, "--peak", mode, str(source), str(target), str(event_id)]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=600)
    line = next(line for line in result.stdout.splitlines() if line.startswith("peak "))
    return int(line.split()[1]) / MiB


def measure(workdir: Path, quick: bool) -> list[Result]:
    from generator import QUICK_REPORT_EVENT, REPORT_EVENT, build_event

    from erbij_desktop.domain.models import Event
    from erbij_desktop.storage.archive import export_archive, import_archive
    from erbij_desktop.storage.database import SQLITE_PRAGMAS, open_database

    os.environ["ERBIJ_BENCH_PRAGMAS"] = json.dumps(list(SQLITE_PRAGMAS))
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

    archive, bare_archive = workdir / "ours-0.erbij", workdir / "bare-0.zip"
    peaks = {
        "ours-export": peak_mb("ours-export", source, workdir / "peak-ours.erbij", event_id),
        "bare-export": peak_mb("bare-export", source, workdir / "peak-bare.zip", event_id),
        "ours-import": peak_mb("ours-import", archive, empty_database(workdir / "peak-ours.sqlite"), 0),
        "bare-import": peak_mb("bare-import", bare_archive, empty_database(workdir / "peak-bare.sqlite"), 0),
    }
    size_mb = archive.stat().st_size / MiB
    budget_mb = 4 * size_mb + 200

    section = "5 Archive"
    size = f"{shape.contributions:,} contributions, {shape.photos} photos"
    results = [
        Result(section, f"export to .erbij ({size})", ms(median(exports)), "ms", ms(median(bare_exports)),
               limit=LIMIT_MS, ratio_limit=EXPORT_RATIO),
        Result(section, "import into an empty database", ms(median(imports)), "ms", ms(median(bare_imports)),
               limit=LIMIT_MS, ratio_limit=IMPORT_RATIO),
    ]  # fmt: skip
    if peaks["ours-export"] is not None:
        results += [
            Result(section, "peak memory, export (own process)", peaks["ours-export"], "MB",
                   peaks["bare-export"]),
            Result(section, f"peak memory, import (own process; budget 4 × {size_mb:.1f} MB + 200 MB)",
                   peaks["ours-import"], "MB", peaks["bare-import"], limit=round(budget_mb)),
        ]  # fmt: skip
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["--peak"]:
        sys.exit(peak_main(*sys.argv[2:6]))
    sys.exit(child_main(measure))
