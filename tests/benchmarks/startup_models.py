"""A reference for the start-up benchmark: the bare window plus SQLAlchemy and the app's data model.

    python tests/benchmarks/startup_models.py DATABASE

Everything ``startup_bare.py`` does, plus what any start of an app built on
Erbij's SQLAlchemy ORM model must do before it can show an event: import
SQLAlchemy, the ORM and the model (``erbij_desktop.domain.models``), open the
database with the app's pragmas, configure the mappers and run one ORM query
(the events, newest last) for the window's title. It shows how much of the
app's start-up is the data model itself, before any of the app's windows.
"""

from __future__ import annotations

import sys

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session
from startup_bare import main

PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")


def engine_for(path: str) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    def pragmas(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    event.listen(engine, "connect", pragmas)
    return engine


def newest_title(path: str) -> str:
    """The newest event's title, through the app's ORM model."""
    from erbij_desktop.domain.models import Event

    engine = engine_for(path)
    try:
        with Session(engine) as session:
            titles = [e.title for e in session.scalars(select(Event).order_by(Event.id))]
    finally:
        engine.dispose()
    return titles[-1] if titles else ""


if __name__ == "__main__":
    sys.exit(main(lambda: newest_title(sys.argv[1])))  # the same window, its title read through the ORM
