"""``erbij-desktop runsheet|tablecards EVENT -o FILE.pdf``: headless, one-line errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from erbij_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "erbij.sqlite"
    code, _out, _err = run(capsys, "--database", str(path), "demo")
    assert code == 0
    return path


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.mark.parametrize(
    ("command", "marker"),
    [("runsheet", "Draaiboek"), ("tablecards", "vouwen"), ("hostsheets", "GESPREKSBLAD")],
)
def test_writes_the_pdf_by_title(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, marker: str
) -> None:
    target = tmp_path / f"{command}.pdf"
    code, out, err = run(capsys, "--database", str(demo_db), command, "tegen eenzaamheid", "-o", str(target))
    assert (code, err) == (0, "")
    assert str(target) in out
    text = text_of(target)
    assert marker.casefold() in text.casefold()
    assert "Wat doe je om eenzaamheid te signaleren?" in text


def test_by_id(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "d.pdf"
    code, _out, _err = run(capsys, "--database", str(demo_db), "runsheet", "1", "-o", str(target))
    assert code == 0 and target.stat().st_size > 1000


@pytest.mark.parametrize("command", ["runsheet", "tablecards"])
def test_unknown_event_is_one_line_and_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    target = tmp_path / "x.pdf"
    code, out, err = run(capsys, "--database", str(demo_db), command, "bestaat niet", "-o", str(target))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Geen evenement gevonden" in err
    assert not target.exists()


def test_missing_folder_is_refused(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "nergens" / "x.pdf"
    code, _out, err = run(capsys, "--database", str(demo_db), "tablecards", "1", "-o", str(target))
    assert code == 1 and "bestaat niet" in err and err.count("\n") == 1


def test_a_folder_as_target_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--database", str(demo_db), "runsheet", "1", "-o", str(tmp_path))
    assert code == 1 and "is een map" in err


def test_existing_file_is_replaced_whole(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "d.pdf"
    target.write_bytes(b"oud")
    code, _out, _err = run(capsys, "--database", str(demo_db), "runsheet", "1", "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
