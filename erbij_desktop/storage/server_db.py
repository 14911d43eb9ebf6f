"""A database on a server (an organisation's PostgreSQL): migrate once, refuse newer, keep passwords out.

Several laptops open the same server database, also at the same moment. The
schema check and the migration therefore run in one transaction that first
takes a PostgreSQL advisory lock (``pg_advisory_xact_lock``): a second laptop
waits for it, then finds the schema at head and migrates nothing. A revision
this version does not know (a newer Erbij Desktop migrated the server) is
refused before anything is written, as a newer SQLite file is.

Passwords never belong in the app's own settings: libpq finds them in
``~/.pgpass`` or a connection service file (``~/.pg_service.conf``,
``postgresql:///?service=erbij``). ``password_problem`` says so for a URL the
user wants to keep; ``shown`` masks a password wherever a URL is shown or logged.
TLS is libpq's too: ``?sslmode=verify-full&sslrootcert=…`` in the URL.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError

from . import migrations
from .errors import DatabaseUnavailableError, NewerDatabaseError

# pg_advisory_xact_lock's key for "the schema of this database is being checked or migrated"
# (the bytes of "ErbijMig"): held until the migration's transaction ends.
MIGRATION_LOCK = 0x4572_6269_6A4D_6967
SUPPORTED = ("postgresql", "sqlite")  # sqlite here: in memory (tests)


def shown(url: str) -> str:
    """The URL as it may be shown or logged: a password in it becomes ***."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    hidden = {key: "***" for key in parsed.query if key.lower() == "password"}
    return parsed.update_query_dict(hidden).render_as_string(hide_password=True)


def password_problem(url: str) -> str | None:
    """Why this URL may not be stored in the app's settings (it holds a password), or None."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.password is None and not any(key.lower() == "password" for key in parsed.query):
        return None
    return (
        "Een wachtwoord wordt niet in de instellingen bewaard. Haal het uit de URL en zet het in "
        "~/.pgpass (of gebruik een servicebestand: postgresql+psycopg:///?service=erbij)."
    )


def settings_problem(url: str) -> str | None:
    """Why this URL cannot be kept as the app's database server (Dutch), or None."""
    if "://" not in url:
        return "Vul een server-URL in, zoals postgresql+psycopg://gebruiker@server/erbij?sslmode=verify-full."
    try:
        return password_problem(url) or unsupported(url)
    except ArgumentError:
        return "Deze server-URL is onleesbaar; bijvoorbeeld: postgresql+psycopg://gebruiker@server/erbij."


# libpq's reasons for refusing a TLS connection, and what they mean for whoever set up the URL.
_TLS_REASONS = (
    (
        "certificate verify failed",
        "het certificaat van de server is niet ondertekend door de CA in sslrootcert",
    ),
    (
        "does not match host name",
        "het certificaat van de server is niet gemaakt voor de servernaam in de URL",
    ),
    ("root certificate file", "het CA-bestand uit sslrootcert ontbreekt of is onleesbaar"),
)


def explained(why: str) -> str:
    """libpq's reason for a failed connection, led by a Dutch sentence when it is about TLS."""
    for marker, meaning in _TLS_REASONS:
        if marker in why:
            return f"{meaning}; er is geen verbinding gemaakt ({why})"
    return why


def unsupported(url: str) -> str | None:
    """Why this server URL cannot be used (not PostgreSQL through psycopg 3), or None."""
    parsed = make_url(url)
    if parsed.get_backend_name() not in SUPPORTED:
        return f"Alleen SQLite-bestanden en PostgreSQL-servers worden ondersteund, niet {parsed.drivername}."
    if "+" in parsed.drivername and parsed.get_driver_name() != "psycopg":
        return f"Gebruik postgresql+psycopg://… (niet {parsed.drivername})."
    return None


def checked(url: str) -> str:
    """The URL to connect with: refused when unsupported; postgresql://… means psycopg 3 here
    (SQLAlchemy's own default driver is psycopg2)."""
    problem = unsupported(url)
    if problem is not None:
        raise DatabaseUnavailableError(problem)
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


# A laptop whose network went away must not hang for minutes on Enter (TCP's own timeouts): libpq
# gives up after these, and what was typed goes to the outbox (app.outbox). A URL (or a service file
# named in it) that sets its own keeps it.
TIMEOUTS = {"connect_timeout": "5", "tcp_user_timeout": "5000"}  # seconds; milliseconds


def with_timeouts(url: str) -> str:
    """The server URL with libpq's connection timeouts added where the URL does not set them."""
    parsed = make_url(url)
    given = {key.lower() for key in parsed.query}
    if parsed.get_backend_name() != "postgresql" or "service" in given:
        return url
    missing = {key: value for key, value in TIMEOUTS.items() if key not in given}
    return parsed.update_query_dict(missing).render_as_string(hide_password=False)


def prepare(engine: Engine, *, migrate: bool) -> None:
    """Refuse an unknown (newer) schema, then bring it to head: once, whoever else is starting."""
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        revision = _revision(conn)
        if revision is not None and revision not in migrations.known_revisions():
            raise NewerDatabaseError(shown(str(engine.url)), revision, ours=False)
        if migrate and revision != migrations.head_revision():
            from alembic import command

            command.upgrade(migrations.alembic_config(conn), "head")


def _revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


# A pooled connection unused this long is asked whether it still lives before an action uses it.
# During capture (Enter after Enter) none is: a ping on every checkout was one more round trip to
# the server per contribution (SQLAlchemy's pool_pre_ping).
IDLE_PING_SECONDS = 2.0


def ping_when_idle(engine: Engine, idle_seconds: float = IDLE_PING_SECONDS) -> None:
    """Check a connection that rested in the pool for ``idle_seconds`` before handing it out; a dead
    one is replaced (SQLAlchemy's pessimistic disconnect handling, only after a rest)."""

    def checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["erbij_idle_since"] = time.monotonic()

    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("erbij_idle_since")
        if since is None or time.monotonic() - since < idle_seconds:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as error:  # the driver's own error for a closed connection
            raise DisconnectionError("the server connection was lost while idle") from error
        if not alive:
            raise DisconnectionError("the server connection was lost while idle")

    event.listen(engine, "checkin", checkin)
    event.listen(engine, "checkout", checkout)
