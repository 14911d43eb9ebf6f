"""The join links' QR codes: what a phone camera reads back is exactly the link."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from qrread import read_qr_codes

from erbij_desktop.report.qr import QUIET_ZONE, qr_modules, qr_png, qr_svg

LINK = "http://192.168.1.20:8787/t/" + "Zq3_x-" * 6  # as long as a real token (32 characters)


def test_the_png_reads_back_as_the_link(tmp_path: Path) -> None:
    target = tmp_path / "qr.png"
    target.write_bytes(qr_png(LINK))
    assert read_qr_codes(target) == [LINK]


def test_the_png_is_black_on_white_with_its_quiet_zone() -> None:
    scale = 5
    image = Image.open(io.BytesIO(qr_png(LINK, scale=scale))).convert("L")
    side = qr_modules(LINK) * scale
    assert image.size == (side, side)
    assert image.getcolors() is not None and {value for _count, value in image.getcolors()} == {0, 255}
    margin = QUIET_ZONE * scale
    assert image.crop((0, 0, side, margin)).getextrema() == (255, 255)  # white all along the top
    assert image.crop((0, 0, margin, side)).getextrema() == (255, 255)  # and the left
    assert image.getpixel((margin, margin)) == 0  # the finder pattern's corner starts right after it


def test_the_svg_scales_and_reads_back_as_the_link(tmp_path: Path) -> None:

    svg = qr_svg(LINK)
    root = ET.fromstring(svg)
    modules = qr_modules(LINK)
    assert root.get("viewBox") == f"0 0 {modules} {modules}"
    assert root.get("width") is None  # no fixed size: it fills whatever box shows it
    ns = {"s": "http://www.w3.org/2000/svg"}
    title = root.find("s:title", ns)
    assert title is not None and title.text == LINK
    paths = root.findall("s:path", ns)
    assert paths[0].get("fill") == "#fff"  # light modules painted: it scans on a dark background too
    # Draw the path's dark runs (segno writes "M x y.5 h n m dx dy ..." lines) and let zbar read the picture.
    scale = 6
    image = Image.new("L", (modules * scale, modules * scale), 255)
    _draw_runs(image, paths[1].get("d") or "", scale)
    target = tmp_path / "svg.png"
    image.save(target)
    assert read_qr_codes(target) == [LINK]


def _draw_runs(image: Image.Image, path: str, scale: int) -> None:
    """Paint segno's horizontal-run path data (absolute M, relative m and h) into ``image``."""
    import re

    x = y = 0.0
    for command, numbers in re.findall(r"([Mmh])([-\d.\s]+)", path):
        values = [float(v) for v in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            row = int(y - 0.5)
            for column in range(int(x), int(x + values[0])):
                for dy in range(scale):
                    for dx in range(scale):
                        image.putpixel((column * scale + dx, row * scale + dy), 0)
            x += values[0]


@pytest.mark.parametrize("link", ["", "   "])
def test_no_code_without_a_link(link: str) -> None:
    with pytest.raises(ValueError, match="geen link"):
        qr_png(link)
    with pytest.raises(ValueError, match="geen link"):
        qr_svg(link)


def test_a_scale_below_one_pixel_is_refused() -> None:
    with pytest.raises(ValueError, match="minstens 1 pixel"):
        qr_png(LINK, scale=0)


def test_markup_in_a_link_stays_text_in_the_svg() -> None:
    link = "http://127.0.0.1:1/t/<b>&amp;"
    title = ET.fromstring(qr_svg(link)).find("{http://www.w3.org/2000/svg}title")
    assert title is not None and title.text == link
