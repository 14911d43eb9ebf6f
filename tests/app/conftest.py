"""The workspace tests' shared fixture: the demo event open in a workspace of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from erbij_desktop.app.workspace import Workspace
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import Database


@pytest.fixture
def ws(db: Database) -> Iterator[Workspace]:
    with db.transaction() as session:
        event, _ = import_demo(session)
        event_id = event.id
    yield Workspace(db, event_id)
