"""TLS to the organisation's server: ``sslmode=verify-full`` works, a wrong CA or host name is refused.

A PostgreSQL of this module's own listens on 127.0.0.1 only, with ``ssl = on``
and a server certificate for ``db.erbij.test`` signed by a test CA that the
test makes with the openssl command line. Connections over TCP need TLS and
a password (``hostssl`` with scram-sha-256), which libpq finds in a
``.pgpass`` file, as the app asks users to keep it. ``hostaddr`` makes libpq
connect to 127.0.0.1 while it checks the certificate against ``host``, so no
name has to resolve. With the right CA and host the app migrates the database
and reads from it over TLS; another CA, or a name the certificate was not
made for, is refused before anything is sent, with a message that says why
and never shows the password.
"""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres import PostgresServer
from sqlalchemy import text

from erbij_desktop.storage import server_db
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.errors import DatabaseUnavailableError

HOST = "db.erbij.test"
ROLE, PASSWORD = "erbij", "geheim-Wachtw00rd"
_SETTINGS = "ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
_HBA = "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"


def _openssl(*args: str, cwd: Path) -> None:
    done = subprocess.run(
        ["openssl", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


def _ca(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed test CA: its certificate and key."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
        "-keyout", str(key), "-out", str(cert), cwd=folder,
    )  # fmt: skip
    return cert, key


def _server_certificate(folder: Path, ca: tuple[Path, Path]) -> tuple[Path, Path]:
    """A certificate for HOST signed by ``ca``, and its key."""
    key, request, cert = folder / "server.key", folder / "server.csr", folder / "server.crt"
    extensions = folder / "san.cnf"
    extensions.write_text(f"subjectAltName = DNS:{HOST}\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={HOST}", "-keyout", str(key),
             "-out", str(request), cwd=folder)  # fmt: skip
    _openssl(
        "x509", "-req", "-in", str(request), "-CA", str(ca[0]), "-CAkey", str(ca[1]), "-CAcreateserial",
        "-days", "2", "-extfile", str(extensions), "-out", str(cert), cwd=folder,
    )  # fmt: skip
    return cert, key


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PostgresServer, Path, Path]]:
    """The server, the CA that signed its certificate, and another CA."""
    folder = tmp_path_factory.mktemp("tls")
    ca = _ca(folder, "test-ca")
    other_ca = _ca(folder, "other-ca")
    cert, key = _server_certificate(folder, ca)
    server = PostgresServer(tcp_port=_free_port(), settings=_SETTINGS, hba=_HBA)
    try:
        for source in (cert, key):
            target = server.data / source.name
            target.write_bytes(source.read_bytes())
            server.give(target)
        server.start()
        server.sql(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        yield server, ca[0], other_ca[0]
    finally:
        server.remove()


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The password where libpq looks for it (never in the app's settings, never in the URL)."""
    file = tmp_path / "pgpass"
    file.write_text(f"{HOST}:*:*:{ROLE}:{PASSWORD}\n")
    file.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(file))


def _database(server: PostgresServer) -> str:
    name = server.create_database()
    server.sql(f'ALTER DATABASE "{name}" OWNER TO {ROLE}')
    return name


def _url(server: PostgresServer, name: str, ca: Path, *, host: str = HOST, password: str = "") -> str:
    who = f"{ROLE}:{password}" if password else ROLE
    return (
        f"postgresql+psycopg://{who}@/{name}?host={host}&hostaddr=127.0.0.1&port={server.port}"
        f"&sslmode=verify-full&sslrootcert={ca}"
    )


def test_verify_full_with_the_right_ca_and_host_migrates_and_reads_over_tls(
    tls_server: tuple[PostgresServer, Path, Path], pgpass: None
) -> None:
    server, ca, _other = tls_server
    db = open_database(_url(server, _database(server), ca), backups=False)
    try:
        with db.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM event")).scalar() == 0
            tls = conn.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert tls[0] is True and str(tls[1]).startswith("TLS")
        assert revision
    finally:
        db.close()


def test_a_certificate_from_another_ca_is_refused_without_showing_the_password(
    tls_server: tuple[PostgresServer, Path, Path],
) -> None:
    server, _ca_cert, other = tls_server
    url = _url(server, _database(server), other, password=PASSWORD)
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(url, backups=False)
    message = str(refused.value)
    assert "niet ondertekend door de CA in sslrootcert" in message and "certificate verify failed" in message
    assert PASSWORD not in message and PASSWORD not in repr(refused.value.__cause__)


def test_a_host_name_the_certificate_is_not_for_is_refused(
    tls_server: tuple[PostgresServer, Path, Path], pgpass: None
) -> None:
    server, ca, _other = tls_server
    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(_url(server, _database(server), ca, host="andere.erbij.test"), backups=False)
    message = str(refused.value)
    assert "niet gemaakt voor de servernaam in de URL" in message and "andere.erbij.test" in message


def test_a_server_url_gets_connection_timeouts_unless_it_sets_its_own() -> None:
    """A network that went away fails within seconds (and the capture view keeps what is typed)."""
    added = server_db.with_timeouts("postgresql+psycopg://erbij@server/erbij?sslmode=verify-full")
    assert (
        "connect_timeout=5" in added and "tcp_user_timeout=5000" in added and "sslmode=verify-full" in added
    )
    own = server_db.with_timeouts("postgresql+psycopg://erbij@server/erbij?connect_timeout=30")
    assert "connect_timeout=30" in own and "connect_timeout=5" not in own and "tcp_user_timeout=5000" in own
    assert (
        server_db.with_timeouts("postgresql+psycopg:///?service=erbij")
        == "postgresql+psycopg:///?service=erbij"
    )
    with_password = server_db.with_timeouts("postgresql+psycopg://erbij:geheim@server/erbij")
    assert "erbij:geheim@" in with_password  # only for connecting; shown() masks it wherever it is shown
