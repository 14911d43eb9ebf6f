"""PostgreSQL: capture commits and the report of a big event, on a server over a local unix socket.

The bench starts its own PostgreSQL (Debian's binaries, the helpers of
tests/postgres.py) in a temporary folder, listening on a unix socket only. The
tests' server runs with fsync off; this one turns fsync, synchronous_commit and
full_page_writes back on, so a commit waits for the WAL on disk, as it would on
an organisation's server (whose network round trip comes on top and is not
measured here).

Capture: the measured path is what Enter in the capture view runs,
``app.capture_actions.add_contribution`` on the event's ``Workspace`` (as
capture_bench.py, but on PostgreSQL). The floor is a bare psycopg connection
doing one INSERT of the very row the app stored into an identical database
(a copy of the app's, made with CREATE DATABASE … TEMPLATE) and COMMIT. The two
alternate contribution by contribution, so a busy moment on the machine hits
both. Target (issue 14): p99 <= 3x the floor's p99.

Report: the 3,000-contribution event with 20 photos (generator.REPORT_EVENT,
the same seed, so the same event) stored in PostgreSQL and in a SQLite file,
rendered with its appendix from cold caches by the very code report_bench.py
times (``render_report`` via its ``fresh_render``), in interleaved pairs that
alternate which goes first. Judged by the median pair's wall-clock ratio:
PostgreSQL does part of the reading in its own server process, which this
process's CPU time would not count. Target (issue 14): <= 1.5x SQLite.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from common import HERE, Result, child_main, ensure_import_path, median, ms, percentile

ensure_import_path()
sys.path.insert(0, str(HERE.parent))  # tests/: the PostgreSQL helpers of the test fixtures

import psycopg  # noqa: E402
from capture_bench import alternate, make_database  # noqa: E402
from generator import QUICK_REPORT_EVENT, REPORT_EVENT, Shape, build_event, capture_script  # noqa: E402
from postgres import PostgresServer  # noqa: E402
from report_bench import CPU, WALL, fresh_render, interleaved, judged  # noqa: E402

from erbij_desktop.app.workspace import Workspace  # noqa: E402
from erbij_desktop.domain import contributions as ops  # noqa: E402
from erbij_desktop.domain.contribution_rows import ContributionRow  # noqa: E402
from erbij_desktop.domain.models import Event  # noqa: E402
from erbij_desktop.report.article import render_report  # noqa: E402
from erbij_desktop.storage.database import open_database  # noqa: E402

CAPTURE_RATIO_LIMIT = 3.0
REPORT_RATIO_LIMIT = 1.5
DURABLE = "fsync = on\nsynchronous_commit = on\nfull_page_writes = on\n"  # after the tests' "off": wins
RAW_INSERT = """
INSERT INTO contribution (event_id, round_id, table_id, text, report_text, person_id, organisation_id,
                          highlighted, position, created_at, updated_at)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
"""


def start_server() -> PostgresServer:
    server = PostgresServer()
    with (server.data / "postgresql.conf").open("a") as conf:
        conf.write(DURABLE)
    server.start()
    return server


def check_durable(server: PostgresServer) -> None:
    with psycopg.connect(server.dsn()) as conn:
        settings = {
            name: conn.execute(f"SHOW {name}").fetchone()[0] for name in ("fsync", "synchronous_commit")
        }
    if settings != {"fsync": "on", "synchronous_commit": "on"}:
        raise RuntimeError(f"the bench's server is not durable: {settings}")


def raw_insert(connection: psycopg.Connection, row: ContributionRow, created: object) -> None:
    connection.execute(
        RAW_INSERT,
        (row.event_id, row.round_id, row.table_id, row.text, None, row.person_id, row.organisation_id,
         False, row.position, created, created),
        prepare=True,
    )  # fmt: skip
    connection.commit()


def capture(server: PostgresServer, count: int) -> tuple[list[float], list[float]]:
    """Seconds per Enter through the workspace, and per bare psycopg insert + commit, alternating."""
    name = server.create_database()
    db, event_id, rounds, tables = make_database(server.url(name))  # a URL opens as a path does
    db.close()  # CREATE DATABASE … TEMPLATE needs the template without connections
    raw_name = server.create_database(template=name)
    db = open_database(server.url(name))
    raw = psycopg.connect(server.dsn(raw_name))
    workspace = Workspace(db, event_id)
    heard: list[object] = []
    workspace.feed.subscribe(heard.append)  # as the open capture view does
    script = capture_script(count)
    gc.freeze()
    try:
        ours, bare = alternate(
            workspace, script, rounds, tables, lambda row: raw_insert(raw, row, row.created_at)
        )
        with db.transaction() as session:
            assert sum(ops.counts_by_round(session, event_id).values()) == count
        assert len(heard) >= count
        stored = raw.execute("SELECT count(*) FROM contribution").fetchone()
        assert stored is not None and stored[0] == count
    finally:
        raw.close()
        db.close()
    return ours, bare


def report(server: PostgresServer, workdir: Path, shape: Shape, pairs: int) -> list[Result]:
    """The same event rendered from PostgreSQL and from SQLite, in interleaved pairs."""
    sqlite_db = open_database(str(workdir / "report.sqlite"))
    pg_db = open_database(server.url(server.create_database()))
    try:
        sqlite_session, pg_session = sqlite_db.session(), pg_db.session()
        events: list[Event] = []
        for database, session in ((sqlite_db, sqlite_session), (pg_db, pg_session)):
            with database.transaction() as building:
                event_id = build_event(building, shape)
            found = session.get(Event, event_id)
            assert found is not None
            events.append(found)
            fresh_render(session, found, render_report)  # once untimed: imports, fonts, first reads
        from_sqlite = fresh_render(sqlite_session, events[0], render_report)
        from_pg = fresh_render(pg_session, events[1], render_report)
        if len(from_pg) < 0.9 * len(from_sqlite):
            raise RuntimeError("the report from PostgreSQL is not the same report")
        timings = interleaved(
            pairs,
            lambda: fresh_render(sqlite_session, events[0], render_report),
            lambda: fresh_render(pg_session, events[1], render_report),
        )
        sqlite_session.close()
        pg_session.close()
    finally:
        sqlite_db.close()
        pg_db.close()
    section = "7 PostgreSQL"
    what = f"{shape.contributions:,} contributions, {shape.photos} photos"
    mine, bare, spread = judged(timings, WALL)
    cpu_mine, cpu_bare, cpu_spread = judged(timings, CPU)
    return [
        Result(section, f"report with appendix from PostgreSQL vs SQLite, wall clock ({what}; median of "
               f"{spread})", mine, "ms", bare, ratio_limit=REPORT_RATIO_LIMIT),
        Result(section, f"the same, this process's CPU time (median of {cpu_spread})", cpu_mine, "ms",
               cpu_bare),
    ]  # fmt: skip


def measure(workdir: Path, quick: bool) -> list[Result]:
    count = 300 if quick else 3000
    shape, pairs = (QUICK_REPORT_EVENT, 3) if quick else (REPORT_EVENT, 5)
    server = start_server()
    try:
        check_durable(server)
        print("pg: capture …", file=sys.stderr, flush=True)
        ours, bare = capture(server, count)
        print("pg: report …", file=sys.stderr, flush=True)
        reports = report(server, workdir, shape, pairs)
    finally:
        server.remove()
    section = "7 PostgreSQL"
    return [
        Result(section, f"Enter → committed on a local socket, fsync on, p50 ({count:,} contributions)",
               ms(median(ours)), "ms", ms(median(bare))),
        Result(section, f"Enter → committed on a local socket, fsync on, p99 ({count:,}; bare psycopg "
               "INSERT + COMMIT beside it)", ms(percentile(ours, 0.99)), "ms", ms(percentile(bare, 0.99)),
               ratio_limit=CAPTURE_RATIO_LIMIT),
        *reports,
    ]  # fmt: skip


def main() -> int:
    """Run on its own (``python tests/benchmarks/pg_bench.py [--quick]``): the figures and the verdict."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="erbij-pg-bench-") as folder:
        results = measure(Path(folder), quick="--quick" in sys.argv[1:])
    for result in results:
        ratio = f"   {result.ratio:.2f}x" if result.ratio is not None else ""
        target = f" (target <= {result.ratio_limit:g}x)" if result.ratio_limit is not None else ""
        print(
            f"{result.measure}: {result.value:,.1f} ms   bare {result.baseline or 0:,.1f} ms{ratio}{target}"
        )
    missed = [r for r in results if r.ok is False]
    print("all targets met" if not missed else f"MISSED: {', '.join(r.measure for r in missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    if sys.argv[1:] and not sys.argv[1].startswith("-"):
        sys.exit(child_main(measure))  # started by run.py with a work folder
    sys.exit(main())
