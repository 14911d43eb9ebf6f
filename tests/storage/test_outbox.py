"""storage.outbox: what was typed without a server survives a reopen and a kill, in order, until delivered."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from erbij_desktop.storage.outbox import Outbox, OutboxError, outbox_path

MOMENT = dt.datetime(2026, 12, 3, 18, 0, tzinfo=dt.UTC)


def _put(box: Outbox, text: str, *, event_id: int = 1, uid: str | None = None) -> str:
    entry_uid = uid or str(uuid.uuid4())
    box.put(
        entry_uid=entry_uid, event_id=event_id, event_uid="ev-1", round_id=7, table_id=3, text=text,
        person="Jänneke", organisation="", typed_at=MOMENT,
    )  # fmt: skip
    return entry_uid


def test_entries_survive_a_reopen_in_the_order_they_were_typed(tmp_path: Path) -> None:
    path = tmp_path / "box.sqlite"
    with Outbox(path) as box:
        uids = [_put(box, f"zin {n} — één") for n in range(5)]
    with Outbox(path) as box:
        pending = box.pending(1)
    assert [e.entry_uid for e in pending] == uids
    assert [e.text for e in pending] == [f"zin {n} — één" for n in range(5)]
    first = pending[0]
    assert (first.round_id, first.table_id, first.person, first.typed_at) == (7, 3, "Jänneke", MOMENT)
    assert os.stat(path).st_mode & 0o077 == 0  # what the room said: the user's only


def test_an_entry_goes_only_when_removed_and_the_same_uid_is_kept_once(tmp_path: Path) -> None:
    with Outbox(tmp_path / "box.sqlite") as box:
        a = _put(box, "een")
        b = _put(box, "twee")
        _put(box, "een, nog eens verstuurd", uid=a)  # the same entry put again: still one, unchanged
        assert box.count() == 2
        assert [e.text for e in box.pending()] == ["een", "twee"]
        box.remove(a)
        assert [e.entry_uid for e in box.pending()] == [b]
        assert box.count() == 1


def test_entries_are_per_event_and_a_refused_one_is_kept(tmp_path: Path) -> None:
    with Outbox(tmp_path / "box.sqlite") as box:
        mine = _put(box, "hier", event_id=1)
        _put(box, "elders", event_id=2)
        box.refuse(mine, "Geen ronde met id 7.")
        assert box.count(1) == 0 and box.count(2) == 1
        refused = box.pending(1, refused=True)
        assert [(e.text, e.refused) for e in refused] == [("hier", "Geen ronde met id 7.")]


def test_each_server_database_has_its_own_outbox_and_no_password_in_its_name() -> None:
    a = outbox_path("postgresql+psycopg://anna:geheim@server/erbij")
    b = outbox_path("postgresql+psycopg://anna@server/andere")
    assert a != b and a.parent == b.parent
    assert "geheim" not in str(a)
    assert a == outbox_path("postgresql+psycopg://anna:anders@server/erbij")  # the same database


@pytest.mark.parametrize(
    "content", [b"dit is geen database", b"SQLite format 3\x00" + b"\x00" * 200], ids=["text", "cut-off"]
)
def test_a_file_that_is_no_outbox_is_refused_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "box.sqlite"
    path.write_bytes(content)
    with pytest.raises(OutboxError, match="kan niet worden gebruikt") as refused:
        Outbox(path)
    assert "het bestand is niet gewijzigd" in str(refused.value)
    assert path.read_bytes() == content


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "box.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (x TEXT)")
    other.execute("INSERT INTO notes VALUES ('van iemand anders')")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(OutboxError, match="geen wachtrij van Erbij Desktop"):
        Outbox(path)
    assert path.read_bytes() == before


_KILLED = textwrap.dedent(
    """
    import datetime as dt, os, signal, sys
    from pathlib import Path
    from erbij_desktop.storage.outbox import Outbox
    box = Outbox(Path(sys.argv[1]))
    for n in range(int(sys.argv[2])):
        box.put(entry_uid=f"uid-{n}", event_id=1, event_uid="ev", round_id=1, table_id=None,
                text=f"zin {n}", typed_at=dt.datetime.now(dt.UTC))
        print(n, flush=True)  # acknowledged: put returned
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_an_acknowledged_entry_survives_a_kill(tmp_path: Path) -> None:
    path = tmp_path / "box.sqlite"
    done = subprocess.run(
        [sys.executable, "-c", _KILLED, str(path), "20"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL
    acknowledged = [int(line) for line in done.stdout.split()]
    assert acknowledged == list(range(20))
    with Outbox(path) as box:
        assert [e.entry_uid for e in box.pending()] == [f"uid-{n}" for n in acknowledged]
