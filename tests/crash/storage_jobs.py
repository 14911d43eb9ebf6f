"""Jobs for the restore/backup kill test, run in forked workers of tests/forking.py's zygote.

``capture_then``: open the database through the app's real open path, save a
few contributions through the real capture operation (``ack SEED N`` after each
save returned), close it, then run ``erbij-desktop backups --create`` or
``erbij-desktop restore NAME`` through the real command line, saying
``mark op`` just before and ``result CODE MESSAGE`` after. The test kills it
at random moments. Not a test module.
"""

from __future__ import annotations

import contextlib
import io

from forking import say


def expected_text(seed: int, n: int) -> str:
    return f"Bijdrage {seed}-{n}: de buurt wil ‘samen eten’ op woensdag, ook voor wie alleen is."


def setup() -> None:
    from sqlalchemy.orm import configure_mappers

    import erbij_desktop.cli.backups
    import erbij_desktop.domain.contributions  # noqa: F401
    from erbij_desktop.cli import build_parser
    from erbij_desktop.storage import migrations

    configure_mappers()
    migrations.known_revisions()
    build_parser()


def capture_then(path: str, round_id: int, seed: int, count: int, op: str, choice: str) -> None:
    from erbij_desktop.cli import main
    from erbij_desktop.domain.contributions import add_contribution
    from erbij_desktop.storage.database import open_database
    from erbij_desktop.storage.errors import StorageError

    try:
        db = open_database(path)
    except StorageError as error:
        say(f"unopened {type(error).__name__}")
    else:
        try:
            with db.transaction() as session:
                for n in range(count):
                    add_contribution(session, round_id, expected_text(seed, n))
                    session.commit()  # one action, one commit: acknowledged once stored
                    say(f"ack {seed} {n}")
        except StorageError as error:
            say(f"unsaved {type(error).__name__}")
        finally:
            db.close()
    argv = (
        ["--database", path, "backups", "--create"]
        if op == "backup"
        else ["--database", path, "restore", choice]
    )
    say("mark op")
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    say("mark done")
    say(f"result {code} {errors.getvalue().strip()}")
