"""Fixtures of the archive tests: the demo's exported archive, and a database that already holds it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.storage.archive import export_content
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import open_database

LINES = "contributions.jsonl"


@pytest.fixture(scope="module")
def demo_content(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The demo's archive document (parsed), its contributions' lines and images, exported once."""
    db = open_database(str(tmp_path_factory.mktemp("source") / "source.sqlite"))
    with db.transaction() as session:
        event, _ = import_demo(session)
        content = export_content(session, event)
    db.close()
    assert content.contributions is not None
    with content.contributions.open() as stream:
        lines = stream.read()
    return json.loads(content.document), {LINES: lines, **content.files}


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """A database that already holds the demo event, so 'unchanged' means something.

    Shared by the module for speed: every test compares its own before and after.
    """
    db = open_database(str(tmp_path_factory.mktemp("target") / "target.sqlite"))
    with db.transaction() as session:
        import_demo(session)
        yield session
    db.close()
