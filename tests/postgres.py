"""A real PostgreSQL for the tests: Debian's binaries, started by the fixtures, on a private socket.

The domain, storage and workspace tests run against SQLite and against this
server (``pytest_generate_tests`` here, a plugin of conftest, gives their ``db`` a
``database_kind`` of each). One server runs per test session; it listens on a
unix socket only (no TCP), in a folder of its own under /tmp, with fsync off
(the tests need no durability from the server). Every test gets a fresh
database copied from a template that was migrated to head once.

PostgreSQL refuses to run as root, and CI runs as root: then every server
command runs as the ``postgres`` user (``runuser -u postgres``), and the
folder is made traversable for it (mode 755, data folder owned by it). When
PostgreSQL cannot be found or started the tests that need it fail, they do not
skip: ``.ci/run`` installs it (packaging/install_postgres.sh).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from erbij_desktop.storage.database import open_database

# Where tests that use ``db`` run on both databases (the others use SQLite only).
BOTH_DATABASES = ("domain", "storage", "app")
SUPERUSER = "postgres"
PORT = 5432  # only names the socket file; the server opens no TCP port unless asked (tcp_port)
_names = itertools.count(1)


def binaries() -> Path:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    if not found:
        pytest.fail(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): "
            "apt-get install postgresql, or run packaging/install_postgres.sh",
            pytrace=False,
        )
    return found[-1].parent


class PostgresServer:
    """One throw-away PostgreSQL cluster in its own folder; ``start``/``stop`` may be called again.

    ``tcp_port``: also listen on 127.0.0.1 at that port (only there); ``settings``: more lines for
    postgresql.conf (say, ``ssl = on``); ``hba``: pg_hba.conf's content instead of initdb's (trust)."""

    def __init__(self, *, tcp_port: int | None = None, settings: str = "", hba: str | None = None) -> None:
        self.bin = binaries()
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="erbij-pg-"))
        self.folder.chmod(0o755)
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log = self.folder / "server.log"
        for path in (self.data, self.socket_dir):
            path.mkdir(mode=0o700)
        self.log.touch()
        if self.as_root:
            entry = pwd.getpwnam(SUPERUSER)
            for path in (self.data, self.socket_dir, self.log):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.port = tcp_port or PORT
        listen = "127.0.0.1" if tcp_port else ""
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"listen_addresses = '{listen}'\nunix_socket_directories = '{self.socket_dir}'\n"
                f"port = {self.port}\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 100\n"
                + settings
            )
        if hba is not None:
            (self.data / "pg_hba.conf").write_text(hba)
        self.running = False

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            pytest.fail(
                f"PostgreSQL {tool} failed ({done.returncode}): {done.stderr.strip()}\n{log}", pytrace=False
            )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")
            self.running = False

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{SUPERUSER}@/{database}?host={self.socket_dir}&port={self.port}"

    def dsn(self, database: str = "postgres") -> str:
        """A libpq connection string, for psycopg itself."""
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """One statement in autocommit (CREATE/DROP DATABASE cannot run in a transaction)."""
        import psycopg

        with psycopg.connect(self.dsn(database), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, template: str | None = None) -> str:
        name = f"erbij_{os.getpid()}_{next(_names)}"
        self.sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def give(self, path: Path) -> None:
        """Hand a file to the server's user (when root: ``postgres``), readable by it only (a TLS key)."""
        path.chmod(0o600)
        if self.as_root:
            entry = pwd.getpwnam(SUPERUSER)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def remove(self) -> None:
        with contextlib.suppress(BaseException):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server (started at the first test that needs it)."""
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A database brought to head once; each test's database starts as a copy of it."""
    name = pg_server.create_database()
    open_database(pg_server.url(name), backups=False).close()
    return name


@pytest.fixture
def pg_database_url(pg_server: PostgresServer, pg_template: str) -> Iterator[str]:
    """The URL of a fresh database at head, dropped after the test."""
    name = pg_server.create_database(template=pg_template)
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgres': which database this test's ``db`` is."""
    return str(getattr(request, "param", "sqlite"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the tests of the areas in BOTH_DATABASES that use ``db`` once on each database."""
    if "db" not in metafunc.fixturenames:
        return
    area = metafunc.definition.path.relative_to(Path(__file__).parent).parts[0]
    if area in BOTH_DATABASES:
        metafunc.parametrize("database_kind", ["sqlite", "postgres"], indirect=True)
