"""The CLI never shows a traceback: even a bug ends in one line and a log entry."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from erbij_desktop import cli, logs

# Kept out of the raising line, which a logged stack shows as source.
SECRET = "geheime bijdrage van mevrouw Jansen"


def _boom(args: argparse.Namespace, db: object) -> int:
    raise RuntimeError(SECRET)


def test_an_unexpected_error_is_one_line_and_logged_without_its_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    real_build = cli.build_parser

    def build_with_broken_command() -> argparse.ArgumentParser:
        parser = real_build()
        subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        subparsers.add_parser("stuk").set_defaults(handler=_boom)
        return parser

    monkeypatch.setattr(cli, "build_parser", build_with_broken_command)
    code = cli.main(["--database", str(db_path), "stuk"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert "onverwachte fout (RuntimeError)" in err
    assert "Traceback" not in err
    logs.flush()
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "RuntimeError" in logged
    assert "mevrouw Jansen" not in logged
