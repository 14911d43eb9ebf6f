"""Everything the app writes is the user's only: exports, folders, and a database copied in with wider rights.

Finding 8 of issue 18: PDF and CSV exports were 0644 even under umask 077; the
data, config and state folders were 0755; a database copied in as 0644 kept
0644, and so did the -wal and -shm SQLite made beside it.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from erbij_desktop.cli import main
from erbij_desktop.domain.events import create_event
from erbij_desktop.storage.database import open_database
from erbij_desktop.storage.locations import config_dir, data_dir, log_dir, state_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    yield
    os.umask(0o022)


@pytest.fixture
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fresh XDG folders, as on a new laptop: nothing of the app exists yet."""
    home = tmp_path / "home"
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    return home


@pytest.mark.parametrize("mask", [0o077, 0o022, 0o000])
def test_exports_are_the_users_only_under_any_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], umask: None, mask: int
) -> None:
    database = tmp_path / "erbij.sqlite"
    assert main(["--database", str(database), "demo"]) == 0
    os.umask(mask)
    outputs = {
        "verslag.pdf": ["report", "1"],
        "bijdragen.csv": ["csv", "1"],
        "evenement.erbij": ["export", "1"],
    }
    for name, command in outputs.items():
        target = tmp_path / name
        assert main(["--database", str(database), *command, "-o", str(target)]) == 0, capsys.readouterr().err
        assert mode(target) == 0o600, f"{name} is {oct(mode(target))} under umask {oct(mask)}"


def test_the_apps_folders_are_the_users_only(
    own_home: Path, capsys: pytest.CaptureFixture[str], umask: None
) -> None:
    os.umask(0o022)
    assert main(["demo"]) == 0  # the default database in the data folder; the log in the state folder
    assert main(["backups", "--keep", "5", "--create"]) == 0  # the policy in the config folder
    for folder in (data_dir(), data_dir() / "backups", config_dir(), state_dir(), log_dir()):
        assert folder.is_dir(), folder
        assert mode(folder) == 0o700, f"{folder} is {oct(mode(folder))}"
    # Folders the app made before (0755 by an older version) are closed too.
    data_dir().chmod(0o755)
    assert main(["list"]) == 0
    assert mode(data_dir()) == 0o700


LEFT_BY_A_CRASH = (
    "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "c.execute('UPDATE event SET title = title'); c.commit(); os._exit(0)"
)


def test_a_database_copied_in_with_wider_rights_becomes_the_users_only(tmp_path: Path, umask: None) -> None:
    source = tmp_path / "van-de-usb-stick.sqlite"
    with open_database(str(source)) as db, db.transaction() as session:
        create_event(session, "Op de andere laptop")
    os.umask(0o022)
    copy = tmp_path / "hier" / "erbij.sqlite"
    copy.parent.mkdir()
    shutil.copy(source, copy)
    copy.chmod(0o644)
    subprocess.run([sys.executable, "-c", LEFT_BY_A_CRASH, str(copy)], check=True)  # -wal, -shm: 0644
    files = [copy, copy.with_name("erbij.sqlite-wal"), copy.with_name("erbij.sqlite-shm")]
    assert [mode(path) for path in files] == [0o644] * 3

    with open_database(str(copy)) as db, db.transaction() as session:
        create_event(session, "Op deze laptop")
        for path in files:
            assert mode(path) == 0o600, f"{path.name} is {oct(mode(path))}"
    assert mode(copy) == 0o600
