"""A reference for the start-up benchmark: the bare script plus the app's data model.

    python tests/benchmarks/startup_models.py DATABASE

Everything ``startup_bare.py`` does, plus what any start of an app built on
Erbij's SQLAlchemy ORM model must do before it can show an event: import the
ORM and the model (``erbij_desktop.domain.models``), configure the mappers and
run one ORM query (the events, newest last). It shows how much of the app's
start-up is the data model itself, before any of the app's windows.
"""

from __future__ import annotations

import sys

from sqlalchemy import select
from sqlalchemy.orm import Session
from startup_bare import engine_for, main


def read_events(path: str) -> list[str]:
    """The events' titles, oldest first, through the app's ORM model."""
    from erbij_desktop.domain.models import Event

    engine = engine_for(path)
    try:
        with Session(engine) as session:
            return [event.title for event in session.scalars(select(Event).order_by(Event.id))]
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], read_events))  # the same window, its title read through the ORM
