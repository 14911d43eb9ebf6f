"""Photos made ready for the page: upright (EXIF rotation honoured), of sensible size.

A phone photo says "rotate me" in its EXIF data instead of storing upright
pixels; PDF viewers ignore EXIF, so such a photo is turned here. Photos far
larger than the page needs are scaled down so the PDF stays small. A JPEG
that needs neither is embedded as-is, without decoding (fast). Results are
cached by content hash, so the preview re-renders quickly after edits.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

from PIL import Image, ImageOps

# Longest side in pixels worth embedding: a full column at ~300 dpi, with room to spare.
MAX_SIDE = 2000
_ORIENTATION_TAG = 0x0112
_CACHE_SIZE = 64


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    width: int
    height: int


_cache: OrderedDict[str, PreparedImage | None] = OrderedDict()
_lock = Lock()


def prepare(data: bytes, sha256: str = "") -> PreparedImage | None:
    """The image as it should be embedded, or None when it cannot be read."""
    key = sha256 or hashlib.sha256(data).hexdigest()
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    prepared = _prepare(data)
    with _lock:
        _cache[key] = prepared
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return prepared


def _prepare(data: bytes) -> PreparedImage | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            source_format = image.format
            orientation = image.getexif().get(_ORIENTATION_TAG, 1)
            small = max(image.size) <= MAX_SIDE
            if orientation in (1, None) and small and _embeddable(image):
                return PreparedImage(data, image.width, image.height)
            if source_format == "JPEG" and not small:
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # decode at reduced size: much faster
            image.load()
            image = ImageOps.exif_transpose(image) or image
            if max(image.size) > MAX_SIDE:
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            return _encode(image, as_jpeg=source_format == "JPEG")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None


def _embeddable(image: Image.Image) -> bool:
    if image.format == "JPEG":
        return image.mode in ("RGB", "L", "CMYK")
    return image.format == "PNG"


def _encode(image: Image.Image, *, as_jpeg: bool) -> PreparedImage:
    out = io.BytesIO()
    if as_jpeg:
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, format="JPEG", quality=88, optimize=True)
    else:
        image.save(out, format="PNG")
    return PreparedImage(out.getvalue(), image.width, image.height)


def clear_cache() -> None:
    with _lock:
        _cache.clear()
