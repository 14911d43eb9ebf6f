"""Read QR codes back the way a phone does, with an independent decoder (zbar's zbarimg)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def read_qr_codes(image: Path) -> list[str]:
    """Every QR code zbarimg finds in ``image`` (PNG), as text, in the order it reports them."""
    tool = shutil.which("zbarimg")
    if tool is None:
        pytest.fail("zbarimg is needed (Debian: apt-get install zbar-tools; .ci/run installs it)")
    done = subprocess.run(
        [tool, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode not in (0, 4):  # 4: no code found
        raise AssertionError(f"zbarimg failed: {done.stderr}")
    return [line for line in done.stdout.splitlines() if line]
