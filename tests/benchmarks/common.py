"""What every benchmark shares: a result row, statistics, a sandbox, and the child-process protocol.

Each benchmark module runs in its own process (``run.py`` starts it), so its
peak memory is its own and Qt starts fresh. A module defines
``measure(workdir, quick) -> list[Result]``; ``child_main`` calls it and prints
the results as one JSON line after ``RESULT_MARKER`` for the runner to read.

The environment is sandboxed (``sandbox_env``): settings, backups and logs go
to the run's temporary folder, never to the user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RESULT_MARKER = "ERBIJ-BENCH-RESULTS "


@dataclass(frozen=True)
class Result:
    """One line of the table: a figure, its bare baseline (if any) and the targets it must meet.

    ``limit`` bounds ``value`` (in ``unit``), ``ratio_limit`` bounds ``value / baseline``;
    a line without either is information only.
    """

    section: str
    measure: str
    value: float
    unit: str
    baseline: float | None = None
    limit: float | None = None
    ratio_limit: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def ok(self) -> bool | None:
        if self.limit is None and self.ratio_limit is None:
            return None
        if self.limit is not None and self.value > self.limit:
            return False
        if self.ratio_limit is not None:
            ratio = self.ratio
            return ratio is not None and ratio <= self.ratio_limit
        return True

    @property
    def target(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"≤ {self.limit:g} {self.unit}")
        if self.ratio_limit is not None:
            parts.append(f"≤ {self.ratio_limit:g}×")
        return ", ".join(parts)


# --- statistics ----------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of the samples fall (nearest rank, no interpolation)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def timed(work: Callable[[], object]) -> float:
    """Seconds ``work`` took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def ms(seconds: float) -> float:
    return seconds * 1000.0


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (ru_maxrss is in KiB on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# --- environment ---------------------------------------------------------------------------------


def sandbox_env(workdir: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """An environment whose settings, data, state and cache folders live under ``workdir``."""
    env = dict(os.environ if base is None else base)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = workdir / "home" / var.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[var] = str(folder)
    env.pop("ERBIJ_DATABASE_URL", None)
    # Like an installed app, run from bytecode: compiled once (by the first, unmeasured start), kept
    # in the sandbox rather than beside the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def ensure_import_path() -> None:
    """Let a benchmark started as a script import the app and its sibling modules."""
    for path in (str(ROOT), str(HERE)):
        if path not in sys.path:
            sys.path.insert(0, path)


# --- child protocol ------------------------------------------------------------------------------


def child_main(measure: Callable[[Path, bool], list[Result]]) -> int:
    """Entry point of a benchmark process: ``<module> WORKDIR [--quick]``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    results = measure(args.workdir, args.quick)
    print(RESULT_MARKER + json.dumps([asdict(r) for r in results]), flush=True)
    return 0


def parse_results(output: str) -> list[Result]:
    for line in reversed(output.splitlines()):
        if line.startswith(RESULT_MARKER):
            return [Result(**item) for item in json.loads(line[len(RESULT_MARKER) :])]
    raise ValueError("no results in the benchmark's output")
