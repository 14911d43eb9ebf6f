"""``erbij-desktop serve``: prints each table's link, serves until SIGINT/SIGTERM, stops cleanly;
a bad event or address is one clear line and a non-zero exit."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from room_http import call, token_of

from erbij_desktop.storage.database import open_database


@pytest.fixture
def room_file(tmp_path: Path) -> Path:
    """A database with one event of two tables, closed again (the command opens it itself)."""
    from erbij_desktop.domain.events import create_event
    from erbij_desktop.domain.rounds import add_round, add_tables

    path = tmp_path / "room.sqlite"
    db = open_database(str(path), backups=False)
    with db.transaction() as s:
        event = create_event(s, "Serveren")
        add_round(s, event, title="Ronde 1", question="Wat werkt?")
        add_tables(s, event, 2)
        create_event(s, "Zonder tafels")
    db.close()
    return path


@contextlib.contextmanager
def _serve(path: Path, *args: str) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "erbij_desktop", "--database", str(path), "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:  # the test failed half-way: never leave a server behind
            process.kill()
        process.communicate(timeout=60)


def _links(process: subprocess.Popen[str]) -> dict[str, str]:
    assert process.stdout is not None
    links: dict[str, str] = {}
    for line in process.stdout:
        if line.startswith("Stoppen"):
            return links
        if "\t" in line:
            name, link = line.rstrip("\n").split("\t")
            links[name] = link
    raise AssertionError(f"serve ended early: {process.wait(30)} {process.stderr and process.stderr.read()}")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_the_links_and_stops_on_a_signal(room_file: Path, sig: signal.Signals) -> None:
    with _serve(room_file, "Serveren", "--bind", "127.0.0.1") as process:
        links = _links(process)
        assert list(links) == ["Tafel 1", "Tafel 2"]
        host_port = links["Tafel 1"].split("/")[2]
        address = (host_port.split(":")[0], int(host_port.split(":")[1]))
        state = call(address, "GET", f"/api/t/{token_of(links['Tafel 2'])}/state").json()
        assert state["table"] == "Tafel 2" and state["language"] == "nl"
        process.send_signal(sig)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Server gestopt." in out and err == ""


def test_serve_keeps_its_links_across_a_restart_with_tokens(room_file: Path, tmp_path: Path) -> None:
    kept = tmp_path / "links.json"
    links = []
    for _ in range(2):
        with _serve(room_file, "1", "--bind", "127.0.0.1", "--tokens", str(kept)) as process:
            links.append(_links(process))
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=60)
        assert process.returncode == 0
    tokens = {token_of(link) for link in links[0].values()}
    assert tokens == {token_of(link) for link in links[1].values()}
    assert set(json.loads(kept.read_text()).values()) == tokens
    assert kept.stat().st_mode & 0o077 == 0  # the file opens the tables: the user's only


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["Bestaat niet", "--bind", "127.0.0.1"], "Geen evenement"),
        (["Zonder tafels", "--bind", "127.0.0.1"], "heeft geen tafels"),
        (["Serveren", "--bind", "0.0.0.0"], "niet alle netwerken"),
        (["Serveren", "--bind", "wifi"], "geen IP-adres"),
        (["Serveren", "--bind", "192.0.2.123"], "hoort niet bij deze computer"),
        (["Serveren", "--bind", "127.0.0.1", "--port", "70000"], "bestaat niet"),
    ],
)
def test_serve_refuses_a_bad_event_or_address(room_file: Path, args: list[str], says: str) -> None:
    with _serve(room_file, *args) as process:
        _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert says in err and err.count("\n") == 1 and "Traceback" not in err
