"""Headless command line: every module in this package adds its subcommands.

A command module defines ``register(subparsers)`` and gives each parser a
``handler(args, db) -> int`` via ``set_defaults``; a command that must not open
the database (e.g. restore) also sets ``needs_database=False`` and gets ``db=None``;
one that only reads sets ``read_only=True`` and then also works while the app has the
database open (``storage.reading``).

Failures the user can act on print one line on stderr and exit 1; no tracebacks.
Without a subcommand the entry point (``erbij_desktop.__main__``) starts the GUI,
straight from the global options: the command modules (and the ORM they load) are
not imported for it, so the window shows sooner.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from erbij_desktop import APP_ID, __version__, logs
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.storage.database import Database, open_database
from erbij_desktop.storage.errors import DatabaseInUseError, StorageError
from erbij_desktop.storage.reading import open_for_reading

READERS_NOTE = (
    "Alleen-lezen opdrachten (list, report, csv, runsheet, tablecards, hostsheets, export) "
    "werken wel terwijl de app open is."
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from erbij_desktop.domain.models import Event

Handler = Callable[[argparse.Namespace, Database | None], int]


class CommandError(Exception):
    """A command could not do its work; the message is shown as-is."""


def write_event_file(
    args: argparse.Namespace,
    db: Database | None,
    writer: Callable[[Session, Event, Path], object],
    what: str,
    *,
    example: str | None = None,
) -> int:
    """Write the file ``writer`` makes for ``args.event`` to ``args.output``, then say so.

    ``example`` is a file name suggested when the user gave a folder.
    """
    from erbij_desktop.domain.events import find_event  # the ORM: only for commands that need it

    assert db is not None
    target: Path = args.output
    if target.is_dir():
        hint = f", bv. {target / example}" if example else ""
        raise CommandError(f"{target} is een map; geef een bestandsnaam op{hint}.")
    if not target.parent.is_dir():
        raise CommandError(f"De map {target.parent} bestaat niet.")
    with db.transaction() as session:
        event = find_event(session, args.event)
        writer(session, event, target)
        print(f"{what} van '{event.title}' geschreven naar {target}")
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, exit 2, like every other failure
        self.exit(2, f"{self.prog}: {message}\n")


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="URL_OF_PAD",
        help="database-bestand of SQLAlchemy-URL (standaard: ERBIJ_DATABASE_URL of de gegevensmap)",
    )


def gui_arguments(argv: list[str] | None) -> argparse.Namespace | None:
    """The global options when ``argv`` holds nothing else (the GUI starts); None otherwise."""
    parser = _Parser(prog=APP_ID, add_help=False)
    _add_global_options(parser)
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_ID, description="Erbij Desktop: voorbereiden, leiden en verslaan van een praktijktafel."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; ``command`` is None when the GUI is wanted (``erbij_desktop.__main__`` opens it)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    return gui_arguments(argv) or build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run a subcommand (headless; the GUI is not part of this layer)."""
    args = parse(argv)
    if getattr(args, "command", None) is None:
        build_parser().print_usage(sys.stderr)
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    gc.enable()  # off while the app loaded (see erbij_desktop.__main__)
    handler: Handler = args.handler
    db: Database | None = None
    log_path = _start_logging()
    try:
        if getattr(args, "read_only", False):
            db = open_for_reading(args.database)  # also while the app has the database open
        elif getattr(args, "needs_database", True):
            db = open_database(args.database)
        else:
            _sweep_debris()
        for warning in db.warnings if db is not None else ():
            print(f"{APP_ID}: let op: {warning}", file=sys.stderr)
        return handler(args, db)
    except DatabaseInUseError as error:
        if error.by_erbij_app:  # a writing command: say which ones do work meanwhile
            return _fail(f"{error} {READERS_NOTE}")
        return _fail(str(error))
    except (CommandError, DomainError, StorageError) as error:
        return _fail(str(error))
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        return _fail(f"{error.strerror or error}{where}")
    except KeyboardInterrupt:
        return _fail("Afgebroken.")
    except Exception as error:  # a bug: log the details, show one line, never a traceback
        logs.log_exception(type(error), error, error.__traceback__, f"opdracht {args.command}")
        where = f"; details in {log_path}" if log_path else ""
        return _fail(f"onverwachte fout ({type(error).__name__}){where}")
    finally:
        if db is not None:
            db.close()


def _sweep_debris() -> None:
    """Commands that do not open the database (backups, restore) also clean up after killed writers."""
    from erbij_desktop.storage.atomic import sweep_debris

    with contextlib.suppress(OSError):
        sweep_debris()


def _start_logging() -> Path | None:
    """Log to the app's private log file; a CLI run never fails because logging can't start."""
    try:
        return logs.setup_logging()
    except OSError:
        return None


def _fail(message: str) -> int:
    print(f"{APP_ID}: {message.splitlines()[0] if message else 'fout'}", file=sys.stderr)
    return 1
