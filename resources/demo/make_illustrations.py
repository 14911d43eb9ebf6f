"""Draw the demo event's four illustrations (the article's photos are not ours to ship).

Run from the repository root:  python resources/demo/make_illustrations.py OUTPUT_DIR
Writes four JPEGs (1200x800, flat shapes, no real people) and prints their
sha256 names. The results are released under CC0, like everything in this folder.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

W, H = 1200, 800
S = 2  # drawn at twice the size, then scaled down: smooth edges

WALL = (236, 226, 212)
FLOOR = (205, 186, 164)
STAGE = (120, 86, 66)
SCREEN = (250, 247, 240)
INK = (52, 62, 78)
CLOTHES = [
    (42, 127, 135),
    (232, 119, 46),
    (107, 78, 113),
    (224, 177, 60),
    (61, 75, 92),
    (176, 82, 78),
    (88, 140, 92),
    (70, 110, 160),
]
SKIN = [(235, 200, 170), (196, 150, 115), (150, 105, 75), (225, 185, 150), (110, 75, 55)]
HAIR = [(60, 45, 35), (150, 120, 80), (30, 30, 30), (200, 200, 195), (120, 70, 40)]


def _canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (W * S, H * S), WALL)
    return image, ImageDraw.Draw(image)


def _finish(image: Image.Image) -> Image.Image:
    return image.resize((W, H), Image.Resampling.LANCZOS).filter(ImageFilter.SMOOTH)


def _box(*values: float) -> list[float]:
    return [v * S for v in values]


def person(
    draw: ImageDraw.ImageDraw, x: float, y: float, scale: float, n: int, *, back: bool = False
) -> None:
    """A standing/seated figure whose shoulders are at (x, y)."""
    body = CLOTHES[n % len(CLOTHES)]
    skin = SKIN[n % len(SKIN)]
    hair = HAIR[(n * 3) % len(HAIR)]
    r = 22 * scale
    draw.rounded_rectangle(
        _box(x - 34 * scale, y, x + 34 * scale, y + 110 * scale), radius=30 * scale * S, fill=body
    )
    draw.ellipse(_box(x - r, y - 2.3 * r, x + r, y - 0.3 * r), fill=hair if back else skin)
    if not back:
        draw.chord(_box(x - r, y - 2.3 * r, x + r, y - 1.0 * r), 180, 360, fill=hair)


def audience(draw: ImageDraw.ImageDraw, rows: int, top: float) -> None:
    for row in range(rows):
        scale = 1.0 + 0.35 * row
        y = top + row * 70
        step = 110 * scale
        offset = (row % 2) * step / 2
        x = -40 + offset
        n = row * 5
        while x < W + 60:
            person(draw, x, y, scale, n, back=True)
            x += step
            n += 1


def stage(draw: ImageDraw.ImageDraw, edge: float) -> None:
    draw.rectangle(_box(0, edge, W, H), fill=FLOOR)
    draw.rectangle(_box(0, edge - 18, W, edge), fill=STAGE)


def screen(draw: ImageDraw.ImageDraw, x: float, y: float, w: float, h: float) -> None:
    draw.rectangle(_box(x - 8, y - 8, x + w + 8, y + h + 8), fill=INK)
    draw.rectangle(_box(x, y, x + w, y + h), fill=SCREEN)


def lectern(draw: ImageDraw.ImageDraw, x: float, y: float) -> None:
    draw.polygon(_box(x - 55, y, x + 55, y, x + 42, y + 150, x - 42, y + 150), fill=STAGE)
    draw.rectangle(_box(x - 62, y - 12, x + 62, y + 4), fill=INK)


def speaker_scene() -> Image.Image:
    """A speaker at a lectern, a screen with text lines, the audience from behind."""
    image, draw = _canvas()
    stage(draw, 520)
    screen(draw, 560, 110, 460, 260)
    for i, width in enumerate((360, 300, 330, 220)):
        draw.rounded_rectangle(_box(600, 150 + i * 52, 600 + width, 172 + i * 52), radius=10, fill=CLOTHES[i])
    person(draw, 330, 300, 1.5, 1)
    lectern(draw, 330, 370)
    audience(draw, 3, 600)
    return _finish(image)


def figures_scene() -> Image.Image:
    """A speaker beside a screen with four bars (the key figures), audience in front."""
    image, draw = _canvas()
    stage(draw, 520)
    screen(draw, 420, 90, 600, 320)
    base = 380
    for i, value in enumerate((43, 10, 54, 11)):
        left = 480 + i * 130
        draw.rectangle(_box(left, base - value * 4.6, left + 80, base), fill=CLOTHES[(i * 2) % len(CLOTHES)])
    draw.line(_box(460, base, 990, base), fill=INK, width=4 * S)
    person(draw, 250, 300, 1.5, 4)
    audience(draw, 3, 600)
    return _finish(image)


def chair_seat(draw: ImageDraw.ImageDraw, x: float, y: float) -> None:
    draw.rounded_rectangle(_box(x - 60, y, x + 60, y + 36), radius=14 * S, fill=INK)
    draw.rectangle(_box(x - 50, y + 36, x - 40, y + 140), fill=INK)
    draw.rectangle(_box(x + 40, y + 36, x + 50, y + 140), fill=INK)


def interview_scene() -> Image.Image:
    """Three people seated side by side on a stage, a low table, a plant."""
    image, draw = _canvas()
    stage(draw, 600)
    draw.rectangle(_box(0, 120, W, 150), fill=(224, 210, 192))
    for x, n in ((300, 2), (600, 0), (900, 3)):
        chair_seat(draw, x, 470)
        person(draw, x, 360, 1.5, n)
    draw.ellipse(_box(420, 560, 780, 600), fill=STAGE)
    draw.rectangle(_box(590, 580, 610, 640), fill=STAGE)
    draw.rectangle(_box(1060, 460, 1120, 600), fill=STAGE)
    for dx, dy in ((-40, -40), (0, -80), (40, -40), (-20, -110), (25, -120)):
        draw.ellipse(_box(1090 + dx - 45, 460 + dy - 45, 1090 + dx + 45, 460 + dy + 45), fill=CLOTHES[6])
    return _finish(image)


def tables_scene() -> Image.Image:
    """Round tables seen from above at an angle, people around each."""
    image, draw = _canvas()
    draw.rectangle(_box(0, 0, W, H), fill=FLOOR)
    draw.rectangle(_box(0, 0, W, 120), fill=WALL)
    spots = [(220, 250, 0.8), (600, 240, 0.8), (980, 250, 0.8), (330, 560, 1.1), (860, 560, 1.1)]
    n = 0
    for cx, cy, scale in spots:
        rx, ry = 150 * scale, 70 * scale
        behind = [(-0.75, -0.85), (0.0, -1.05), (0.75, -0.85)]
        front = [(-1.05, 0.2), (1.05, 0.2)]
        for fx, fy in behind:
            person(draw, cx + fx * rx, cy + fy * ry - 10 * scale, 0.9 * scale, n)
            n += 1
        draw.ellipse(_box(cx - rx, cy - ry, cx + rx, cy + ry), fill=SCREEN)
        draw.ellipse(
            _box(cx - rx + 8, cy - ry + 8, cx + rx - 8, cy + ry - 8), outline=(220, 210, 196), width=3 * S
        )
        for i in range(3):
            draw.rectangle(
                _box(
                    cx - 70 * scale + i * 55 * scale,
                    cy - 12 * scale,
                    cx - 40 * scale + i * 55 * scale,
                    cy + 14 * scale,
                ),
                fill=(240, 236, 228),
                outline=INK,
            )
        for fx, fy in front:
            person(draw, cx + fx * rx, cy + fy * ry, 0.9 * scale, n, back=True)
            n += 1
    return _finish(image)


SCENES = {
    "praktijktafel-vws-2": speaker_scene,
    "praktijktafel-vws-3": figures_scene,
    "praktijktafel-vws-4": interview_scene,
    "praktijktafel-3-lr": tables_scene,
}


def main(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, draw_scene in SCENES.items():
        path = target / f"{name}.jpg"
        draw_scene().save(path, "JPEG", quality=82, optimize=True, progressive=False)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"{name}\t{digest}\t{path.stat().st_size} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
