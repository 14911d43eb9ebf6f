"""The .desktop file, AppStream metainfo, icons and bundle spec agree with each other and with the app.

The distribution's validators run when installed (packaging/validate_desktop.sh
installs them in CI); the consistency checks always run: one application id
everywhere, the icon the desktop file names exists in every size, the command
it runs is the one pip and the bundle install, the screenshots exist.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

import erbij_desktop
from erbij_desktop.resources import resources_dir
from erbij_desktop.ui import app as gui

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.erbijdesktop.ErbijDesktop"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def pyproject() -> dict:  # type: ignore[type-arg]
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (packaging/validate_desktop.sh installs it in CI)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_application_id_everywhere(qapp: QApplication) -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    gui.create_application()
    assert QGuiApplication.desktopFileName() == APP_ID  # Wayland matches windows to the .desktop file by it


def test_the_command_is_the_one_pip_and_the_bundle_install() -> None:
    entry = desktop_entry()
    command = entry["Exec"].split()[0]
    scripts = pyproject()["project"]["scripts"]
    assert scripts.get(command) == "erbij_desktop.__main__:main"
    assert command == erbij_desktop.APP_ID
    assert re.search(rf'\bname="{re.escape(command)}"', (PACKAGING / "erbij-desktop.spec").read_text())
    assert metainfo().findtext("provides/binary") == command
    assert entry["StartupWMClass"] == command  # X11 names the window class after the executable
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"


def test_names_licence_and_version_match_the_project() -> None:
    entry, root = desktop_entry(), metainfo()
    assert entry["Name"] == root.findtext("name") == erbij_desktop.APP_NAME
    assert root.findtext("project_license") == pyproject()["project"]["license"]
    versions = [release.get("version") for release in root.iter("release")]
    assert versions and versions[0] == erbij_desktop.__version__ == pyproject()["project"]["version"]
    assert {"nl"} <= {el.get(XML_LANG) for el in root.iter("summary")}  # Dutch is the app's own language


def test_the_icon_exists_as_svg_and_in_every_png_size() -> None:
    name = desktop_entry()["Icon"]
    icons = resources_dir() / "icons"
    assert (icons / f"{name}.svg").read_text(encoding="utf-8").lstrip().startswith(("<svg", "<?xml"))
    for size in ICON_SIZES:
        image = QImage(str(icons / f"{name}-{size}.png"))
        assert (image.width(), image.height()) == (size, size), size


def test_screenshots_are_committed_files_behind_https_urls_of_the_repository() -> None:
    root = metainfo()
    homepage = urlparse(root.findtext("url[@type='homepage']") or "")
    shots = list(root.iter("screenshot"))
    assert shots and sum(s.get("type") == "default" for s in shots) == 1
    for shot in shots:
        url = urlparse(shot.findtext("image") or "")
        assert url.scheme == "https" and url.netloc == "raw.githubusercontent.com"
        owner, repo, _branch, path = url.path.strip("/").split("/", 3)
        assert f"/{owner}/{repo}" == homepage.path
        assert (ROOT / path).is_file(), path
        assert shot.findtext("caption"), path


def test_metainfo_names_the_translation_the_app_loads() -> None:
    assert metainfo().findtext("translation[@type='qt']") == gui.TRANSLATION_STEM
