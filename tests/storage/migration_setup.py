"""A copy of the shipped migrations with the test-only revision 9100 on top (tests/storage/revisions).

``use_test_migrations(folder)`` builds the copy in ``folder`` and points the app's
migrations at it (in this process), as a release with one more migration would.
Used by the migration tests in this process and by the kill test's zygote.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from erbij_desktop.storage import migrations

TEST_REVISION = "9100"
REVISION_FILE = Path(__file__).resolve().parent / "revisions" / "9100_rebuild_for_tests.py"


def build_copy(folder: Path) -> Path:
    shipped = migrations.migrations_dir()
    head = migrations.head_revision()
    if not (folder / "env.py").exists():
        shutil.copytree(shipped, folder, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
        text = REVISION_FILE.read_text(encoding="utf-8").replace("HEAD_OF_THE_SHIPPED_MIGRATIONS", head)
        (folder / "versions" / REVISION_FILE.name).write_text(text, encoding="utf-8")
    return folder


def point_at(folder: Path) -> None:
    migrations.migrations_dir = lambda: folder  # type: ignore[assignment]
    migrations._script.cache_clear()
