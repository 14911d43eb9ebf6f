"""``publish``, ``take-offline``, ``export-all`` and ``backups`` against a real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest
from row_dump import dump

from erbij_desktop.cli import main
from erbij_desktop.storage.database import open_database

TITLE = "Praktijktafel Samen tegen eenzaamheid"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def server_dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    with open_database(url, backups=False) as db:
        return dump(db)


@pytest.fixture
def laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "laptop.sqlite"
    assert run(capsys, "--database", str(path), "demo")[0] == 0
    return path


def test_publish_then_take_offline(
    laptop: Path, pg_database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--database", str(laptop), "publish", "eenzaamheid", "--to", pg_database_url)
    assert (code, err) == (0, "")
    assert f"'{TITLE}' opgeslagen in De server" in out
    offline = tmp_path / "offline.sqlite"
    code, out, err = run(
        capsys, "take-offline", "eenzaamheid", "--from", pg_database_url, "--to", str(offline)
    )
    assert (code, err) == (0, "")
    assert str(offline) in out
    code, out, _ = run(capsys, "--database", str(offline), "list")
    assert code == 0 and out.endswith(f"\t{TITLE}\n") and out.count("\n") == 1


def test_publishing_again_asks_for_a_choice_and_changes_nothing(
    laptop: Path, pg_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--database", str(laptop), "publish", "1", "--to", pg_database_url)[0] == 0
    before = server_dump(pg_database_url)
    code, out, err = run(capsys, "--database", str(laptop), "publish", "1", "--to", pg_database_url)
    assert (code, out) == (1, "")
    assert "heeft dit evenement al" in err and "--replace" in err and "--copy" in err
    assert "niets gewijzigd" in err and err.count("\n") == 1
    assert server_dump(pg_database_url) == before

    publish = ("--database", str(laptop), "publish", "1", "--to", pg_database_url)
    code, out, _ = run(capsys, *publish, "--replace")
    assert code == 0 and "vervangen" in out
    code, out, _ = run(capsys, *publish, "--copy")
    assert code == 0 and "(kopie)" in out
    code, out, _ = run(capsys, "--database", pg_database_url, "list")
    assert out.count("\n") == 2


def test_take_offline_to_a_folder_or_url_is_refused(
    pg_database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "take-offline", "1", "--from", pg_database_url, "--to", str(tmp_path))
    assert code == 1 and "is een map" in err
    code, _, err = run(capsys, "take-offline", "1", "--from", pg_database_url, "--to", pg_database_url)
    assert code == 1 and "geen URL" in err


def test_backups_on_a_server_point_to_pg_dump_and_export_all(
    pg_database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--database", pg_database_url, "backups")
    assert (code, out) == (1, "")
    assert "databasebeheerder (pg_dump)" in err and "export-all" in err

    assert run(capsys, "--database", pg_database_url, "demo")[0] == 0
    folder = tmp_path / "vangnet"
    folder.mkdir()
    code, out, err = run(capsys, "--database", pg_database_url, "export-all", "--to", str(folder))
    assert (code, err) == (0, "")
    assert [p.suffix for p in folder.iterdir()] == [".erbij"]
    assert out.endswith(f"1 evenement geschreven naar {folder}\n")
    code, _, err = run(capsys, "--database", pg_database_url, "export-all", "--to", str(folder / "nee"))
    assert code == 1 and "bestaat niet" in err
