"""A real browser for the tests (report, table page): Debian's Chromium driven by Playwright, and axe-core.

Started once per test session (Chromium takes a second or two). axe-core comes
from npm into a cache outside the checkout (``ERBIJ_TEST_CACHE``, default
``~/.cache/erbij-desktop-tests``); ``.ci/run`` installs it there, and a
developer's first run installs it the same way. Nothing is fetched while a
page is checked: the page is set from a string and may load nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

AXE_VERSION = "4.14.1"
# The rules that make up WCAG 2.1 level A and AA.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_FLAGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]


def _cache() -> Path:
    return Path(os.environ.get("ERBIJ_TEST_CACHE", Path.home() / ".cache" / "erbij-desktop-tests"))


def axe_source() -> str:
    script = _cache() / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("axe-core is needed and npm is not installed (Debian: apt-get install npm)")
        _cache().mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(_cache()), f"axe-core@{AXE_VERSION}"],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return script.read_text(encoding="utf-8")


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Debian's chromium is needed for the HTML checks (apt-get install chromium)")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def axe() -> str:
    return axe_source()


def axe_violations(
    browser: Any, axe: str, html: str, *, width: int = 390, height: int = 844
) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 AA violations of ``html``, laid out at phone size by default."""
    context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
    try:
        page = context.new_page()
        page.set_content(html, wait_until="load")
        page.add_script_tag(content=axe)
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
        )
    finally:
        context.close()
    return [{"id": v["id"], "nodes": len(v["nodes"]), "help": v["help"]} for v in result["violations"]]


def pretty(violations: list[dict[str, Any]]) -> str:
    return json.dumps(violations, ensure_ascii=False, indent=1)
