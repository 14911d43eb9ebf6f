"""Erbij Desktop's speed targets, measured against bare baselines in the same run.

    python tests/benchmarks/run.py            # the full sizes of issue 8 (about two minutes)
    python tests/benchmarks/run.py --quick    # smaller sizes, under a minute: does it still work?
    python tests/benchmarks/run.py --only capture,report

Every benchmark runs in its own process (fresh Qt, its own peak memory) in a
temporary sandbox: settings, backups and databases never touch the user's.
The table printed at the end is Markdown, ready for the README. The exit
code is 0 when every target is met, 1 when one is missed, 2 when a benchmark
could not run; a ``--quick`` run judges no targets (its sizes are not the
issue's, and a p99 of 300 samples is one unlucky fsync), it only shows the
benchmarks still work. Absolute times drift on a shared machine; the ratios to
the baseline measured alongside are the figures to compare between runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import Result, parse_results, sandbox_env  # noqa: E402

BENCHMARKS = {
    "startup": "startup_bench.py",
    "capture": "capture_bench.py",
    "scale": "scale_bench.py",
    "report": "report_bench.py",
    "archive": "archive_bench.py",
    "room": "room_bench.py",
    "pg": "pg_bench.py",
}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu}){memory}, {platform.system()} {platform.release()}"


def versions() -> str:
    try:
        import PySide6
        import reportlab
        import sqlalchemy

        return (
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"SQLAlchemy {sqlalchemy.__version__}, ReportLab {reportlab.Version}, "
            f"SQLite {__import__('sqlite3').sqlite_version}"
        )
    except ImportError:
        return f"Python {platform.python_version()}"


def run_benchmark(name: str, workdir: Path, quick: bool, env: dict[str, str]) -> list[Result] | str:
    """The benchmark's results, or why it could not run."""
    folder = workdir / name
    folder.mkdir()
    command = [sys.executable, str(HERE / BENCHMARKS[name]), str(folder)]
    if quick:
        command.append("--quick")
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=str(HERE.parents[1]))
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-15:])
        return f"{name} exited with {done.returncode}:\n{tail}"
    try:
        return parse_results(done.stdout)
    except ValueError as error:
        return f"{name}: {error}"


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "ms":
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.2f} {unit}"


def table(results: list[Result]) -> str:
    lines = [
        "| Benchmark | Measure | Erbij | Bare baseline | Ratio | Target | |",
        "|---|---|--:|--:|--:|---|---|",
    ]
    for r in results:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        verdict = {True: "ok", False: "**MISSED**", None: ""}[r.ok]
        lines.append(
            f"| {r.section} | {r.measure} | {fmt(r.value, r.unit)} | {fmt(r.baseline, r.unit)} | {ratio} "
            f"| {r.target} | {verdict} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repeats")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    args = parser.parse_args(argv)
    chosen = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHMARKS)
    unknown = [n for n in chosen if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")

    started = time.perf_counter()
    results: list[Result] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="erbij-bench-") as folder:
        workdir = Path(folder)
        env = sandbox_env(workdir)
        for name in chosen:
            print(f"running {name} …", file=sys.stderr, flush=True)
            outcome = run_benchmark(name, workdir, args.quick, env)
            if isinstance(outcome, str):
                failures.append(outcome)
            else:
                results.extend(outcome)
    elapsed = time.perf_counter() - started

    mode = "quick (smaller sizes)" if args.quick else "full"
    print(f"Erbij Desktop benchmarks, {mode}, {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(f"Machine: {machine()}")
    print(f"Software: {versions()}")
    print()
    print(table(results))
    print()
    missed = [r for r in results if r.ok is False]
    for failure in failures:
        print(f"FAILED TO RUN: {failure}")
    checked = sum(1 for r in results if r.ok is not None)
    print(
        f"{checked - len(missed)} of {checked} targets met"
        + (f", {len(failures)} benchmark(s) failed to run" if failures else "")
        + f" ({elapsed:.0f} s)."
        + (" Quick run: targets are judged on the full sizes only." if args.quick else "")
    )
    if failures:
        return 2
    return 1 if missed and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
