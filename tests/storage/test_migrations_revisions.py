"""The revisions read from db/versions without Alembic are the ones Alembic itself sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from erbij_desktop.storage import migrations


def test_reading_the_files_agrees_with_alembic() -> None:
    history = migrations._linear_history()
    assert history is not None, "the shipped history should be readable without Alembic"
    script = migrations._script()
    assert history[0] == frozenset(rev.revision for rev in script.walk_revisions())
    assert history[1] == script.get_current_head()
    assert migrations.head_revision() == history[1]


def _versions(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "versions").mkdir()
    for name, text in files.items():
        (tmp_path / "versions" / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {
                "a.py": 'revision: str = "0001"\ndown_revision: str | None = None\n',
                "b.py": "revision = '0002'\ndown_revision = '0001'\n",
            },
            (frozenset({"0001", "0002"}), "0002"),
        ),
        # A merge revision, two heads, a missing parent: Alembic has to answer.
        ({"a.py": 'revision = "1"\ndown_revision = ("2", "3")\n'}, None),
        (
            {
                "a.py": 'revision = "1"\ndown_revision = None\n',
                "b.py": 'revision = "2"\ndown_revision = None\n',
            },
            None,
        ),
        ({"a.py": 'revision = "2"\ndown_revision = "1"\n'}, None),
    ],
)
def test_anything_but_a_plain_chain_is_left_to_alembic(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    expected: tuple[frozenset[str], str] | None,
) -> None:
    monkeypatch.setattr(migrations, "migrations_dir", lambda: _versions(tmp_path, files))
    assert migrations._linear_history() == expected
