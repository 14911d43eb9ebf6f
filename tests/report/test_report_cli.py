"""``erbij-desktop report`` and ``csv`` headless: files written, errors on one line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from report_helpers import pdf_text

from erbij_desktop.cli import main
from erbij_desktop.storage.archive_demo import import_demo
from erbij_desktop.storage.database import open_database


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    database = open_database(str(path))
    with database.transaction() as session:
        import_demo(session)
    database.close()
    return str(path)


def test_report_by_title_with_appendix(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "verslag.pdf"
    assert main(["--database", demo_db, "report", "samen tegen", "-o", str(target), "--appendix"]) == 0
    text = pdf_text(target.read_bytes())
    assert "‘Eenzaamheid is van ons allemaal’" in text
    assert "Bijlage: alle bijdragen" in text and "Aanwezige organisaties" in text
    assert str(target) in capsys.readouterr().out


def test_csv_by_id(demo_db: str, tmp_path: Path) -> None:
    target = tmp_path / "bijdragen.csv"
    assert main(["--database", demo_db, "csv", "1", "-o", str(target)]) == 0
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "ronde" and len(rows) == 13


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "bestaat niet", "-o", "{tmp}/x.pdf"], "Geen evenement gevonden"),
        (["report", "99", "-o", "{tmp}/x.pdf"], "Geen evenement met id 99"),
        (["report", "1", "-o", "{tmp}/nergens/x.pdf"], "bestaat niet"),
        (["csv", "1", "-o", "{tmp}"], "is een map"),
    ],
)
def test_failures_are_one_line_and_write_nothing(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = [a.replace("{tmp}", str(out)) for a in argv]
    assert main(["--database", demo_db, *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "options", "magic"),
    [
        ("verslag.html", [], b"<!DOCTYPE html>"),
        ("verslag.docx", [], b"PK"),
        ("verslag.bin", ["--format", "docx"], b"PK"),
        ("artikel.txt", ["--format", "html"], b"<!DOCTYPE html>"),
        ("verslag", [], b"%PDF-1.7"),
    ],
)
def test_report_formats(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    options: list[str],
    magic: bytes,
) -> None:
    target = tmp_path / name
    assert main(["--database", demo_db, "report", "1", "-o", str(target), *options]) == 0
    assert target.read_bytes().startswith(magic)
    assert str(target) in capsys.readouterr().out


def test_unknown_report_format_is_refused(demo_db: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--database", demo_db, "report", "1", "-o", str(tmp_path / "x.odt"), "--format", "odt"])
    assert caught.value.code == 2
    assert not (tmp_path / "x.odt").exists()
