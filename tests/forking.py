"""Kill tests without paying Python's start-up per kill: a warmed-up zygote forks one worker per job.

Parent side: ``Zygote(jobs_module, *setup_args)`` starts ``python tests/forking.py
jobs_module setup_args...``; the child imports the jobs module, calls its
``setup(*setup_args)`` once (import the app, warm caches), writes ``ready``,
then for every ``go JOB JSON`` line forks a worker that runs
``jobs_module.JOB(**json)`` and reports:

    pid PID                  the worker started
    ...                      whatever the worker writes with ``say()``: marks, acks, results
    dead PID STATUS          the worker is gone (killed or finished); all it wrote came before

``Zygote.run(job, args, kill=...)`` starts one worker and kills it with SIGKILL
when ``kill`` says so (after a delay, or after a delay once a given mark was
seen), or lets it finish; it returns the lines the worker wrote and whether it
was killed. Not a test module; run by path.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def say(line: str) -> None:
    """Worker side: one line to the test, in one unbuffered write (it survives a SIGKILL right after)."""
    os.write(1, (line.replace("\n", " | ") + "\n").encode("utf-8"))


@dataclass
class Outcome:
    lines: list[str] = field(default_factory=list)
    killed: bool = False
    status: int = 0
    marks: dict[str, float] = field(default_factory=dict)  # mark -> seconds after the worker started

    def starting(self, prefix: str) -> list[str]:
        return [line[len(prefix) :].strip() for line in self.lines if line.startswith(prefix)]


class Zygote:
    def __init__(self, jobs: Path, *setup_args: str, timeout: float = 120) -> None:
        env = dict(
            os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE), os.environ.get("PYTHONPATH", "")])
        )
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), str(jobs), *setup_args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        assert self._next(timeout)[1] == "ready"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            self.lines.put((time.monotonic(), raw.decode("utf-8", "replace").rstrip("\n")))
        self.lines.put((time.monotonic(), "eof"))

    def _next(self, timeout: float = 60) -> tuple[float, str]:
        arrived, line = self.lines.get(timeout=timeout)
        assert not line.startswith("error "), line
        assert line != "eof", "the zygote ended unexpectedly"
        return arrived, line

    def run(
        self,
        job: str,
        args: dict[str, object],
        *,
        kill_after: float | None = None,
        after_mark: str | None = None,
    ) -> Outcome:
        """Run ``job``; SIGKILL it ``kill_after`` seconds after it started (or after ``after_mark``)."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {job} {json.dumps(args)}\n".encode())
        self.process.stdin.flush()
        started, line = self._next()
        kind, pid_text = line.split()
        assert kind == "pid", line
        pid = int(pid_text)
        outcome = Outcome()
        deadline = None if kill_after is None or after_mark is not None else started + kill_after
        sent = False
        while True:
            if deadline is not None and not sent and time.monotonic() >= deadline:
                _kill(pid)
                sent = True
            wait = 60.0 if deadline is None or sent else max(deadline - time.monotonic(), 0.0)
            try:
                arrived, line = self._next(wait)
            except queue.Empty:
                continue
            if line.startswith("dead "):
                _, dead_pid, status = line.split()
                assert int(dead_pid) == pid
                outcome.status = int(status)
                signalled = os.WIFSIGNALED(outcome.status)
                outcome.killed = signalled and os.WTERMSIG(outcome.status) == signal.SIGKILL
                return outcome
            if line.startswith("mark "):
                name = line.split()[1]
                outcome.marks[name] = arrived - started
                if name == after_mark and kill_after is not None and deadline is None:
                    deadline = arrived + kill_after
            outcome.lines.append(line)

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()
        self._reader.join(timeout=5)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # it finished just now; the zygote says so
        os.kill(pid, signal.SIGKILL)


def serve(jobs_path: str, setup_args: list[str]) -> None:
    sys.path.insert(0, str(Path(jobs_path).parent))
    jobs = importlib.import_module(Path(jobs_path).stem)
    jobs.setup(*setup_args)
    say("ready")
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command != "go":
            break
        name, _, arguments = rest.partition(" ")
        pid = os.fork()
        if pid == 0:
            try:
                getattr(jobs, name)(**json.loads(arguments))
            except BaseException:
                say("error " + traceback.format_exc())
                os._exit(3)
            os._exit(0)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"dead {pid} {status}")


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2:])
