"""The app imports its own exports at any size (issue 17): 10,000 and 100,000 contributions.

Before version 3 of the format the app refused its own export of 10,000
contributions (its memory estimate for one big event.json was too high) and at
100,000 event.json was over the 50 MiB document limit. Both imports run as a
real ``erbij-desktop import`` process whose peak resident memory (VmHWM) is held
to the budget every archive has: 4 × its size + 200 MB.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select
from test_archive_limits import MiB, bound, import_peak

from erbij_desktop.domain import schema
from erbij_desktop.domain.models import Event
from erbij_desktop.storage.archive import export_archive
from erbij_desktop.storage.database import open_database

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")


def generator() -> ModuleType:
    """The benchmarks' event generator (made-up Dutch contributions, tags, people), loaded by path."""
    spec = importlib.util.spec_from_file_location("erbij_bench_generator", BENCHMARKS / "generator.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get(spec.name)
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return module


def build(path: Path, tables: int, rounds: int, per_table: int, photos: int) -> int:
    gen = generator()
    db = open_database(str(path), backups=False)
    try:
        with db.transaction() as session:
            event_id: int = gen.build_event(session, gen.Shape(tables, rounds, per_table, photos=photos))
    finally:
        db.close()
    return event_id


def export(source: Path, event_id: int, target: Path) -> Path:
    db = open_database(str(source), backups=False)
    try:
        with db.transaction() as session:
            event = session.get(Event, event_id)
            assert event is not None
            export_archive(session, event, target)
    finally:
        db.close()
    return target


def contributions_digest(path: Path) -> tuple[int, int, str]:
    """(contributions, tag links, SHA-256 of every contribution's fields and tags in the report's order)."""
    c, r, link, tag = schema.contribution, schema.round_, schema.contribution_tag, schema.tag
    db = open_database(str(path), backups=False)
    digest = hashlib.sha256()
    try:
        with db.connect() as connection:
            tags: dict[int, list[str]] = {}
            links = connection.execute(
                select(link.c.contribution_id, tag.c.name).join(tag).order_by(tag.c.name_key)
            )
            for contribution_id, name in links:
                tags.setdefault(contribution_id, []).append(name)
            rows = connection.execute(
                select(c.c.id, r.c.title, c.c.position, c.c.text, c.c.report_text, c.c.highlighted,
                       c.c.created_at, c.c.updated_at)
                .join(r, r.c.id == c.c.round_id)
                .order_by(r.c.position, r.c.id, c.c.position, c.c.id)
            )  # fmt: skip
            count = 0
            for row_id, *fields in rows:
                digest.update(repr((*fields, tags.get(row_id, []))).encode())
                count += 1
    finally:
        db.close()
    return count, sum(map(len, tags.values())), digest.hexdigest()


def test_its_own_export_of_10000_contributions_imports_within_the_bound(tmp_path: Path) -> None:
    """The bug: "Het archief zou bij het inlezen tot … MB geheugen kunnen kosten" for a real event."""
    source = tmp_path / "bron.sqlite"
    event_id = build(source, tables=20, rounds=5, per_table=100, photos=3)
    archive = export(source, event_id, tmp_path / "tienduizend.erbij")

    code, err, peak = import_peak(tmp_path, archive)

    assert code == 0, err
    assert peak <= bound(archive), f"peak {peak / MiB:.0f} MB > {bound(archive) / MiB:.0f} MB"
    assert contributions_digest(tmp_path / f"doel-{archive.stem}.sqlite") == contributions_digest(source)


def test_100000_contributions_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "bron.sqlite"
    event_id = build(source, tables=40, rounds=5, per_table=500, photos=0)
    archive = export(source, event_id, tmp_path / "honderdduizend.erbij")
    with zipfile.ZipFile(archive) as zipped:
        assert zipped.getinfo("event.json").file_size < 1 * MiB  # the bulk is in the streamed member
        # 42 MB of compact lines; as one indented event.json it was 52.5 MB, over the 50 MiB limit.
        assert zipped.getinfo("contributions.jsonl").file_size > 40 * MiB

    code, err, peak = import_peak(tmp_path, archive, timeout=120)

    assert code == 0, err
    assert peak <= bound(archive), f"peak {peak / MiB:.0f} MB > {bound(archive) / MiB:.0f} MB"
    count, links, digest = contributions_digest(tmp_path / f"doel-{archive.stem}.sqlite")
    assert (count, links, digest) == contributions_digest(source)
    assert count == 100_000 and links > 1000
