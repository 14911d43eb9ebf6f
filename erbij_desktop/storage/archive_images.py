"""Checking an image from an archive before it goes into the database.

An archive may come from anywhere: every image must decode completely with
Pillow and stay within the pixel limits the photo manager applies
(``domain.photos.MAX_SIDE`` / ``MAX_PIXELS``), so a crafted file cannot
exhaust memory now or break the report later. Decoding to check costs memory
too: a JPEG is decoded at an eighth of its size (libjpeg's scaled decoding
still reads and checks every byte), and an image whose pixels would take more
than ``max_decoded`` bytes (storage.archive_limits.image_budget) is refused
before it is decoded.
"""

from __future__ import annotations

import io
import warnings

from .errors import ArchiveError


def check_image(data: bytes, name: str, max_decoded: int | None = None) -> tuple[int, int]:
    """Decode ``data`` fully; return (width, height) or raise ArchiveError naming ``name``."""
    # Imported here: Pillow is slow to import, and the app loads this module on every start.
    from PIL import Image, UnidentifiedImageError

    from erbij_desktop.domain.photos import MAX_PIXELS, MAX_SIDE

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width <= 0 or height <= 0 or width > MAX_SIDE or height > MAX_SIDE:
                    raise ArchiveError(f"Afbeelding {name} heeft onredelijke afmetingen ({width}×{height}).")
                if width * height > MAX_PIXELS:
                    raise ArchiveError(f"Afbeelding {name} heeft te veel pixels ({width}×{height}).")
                if image.format == "JPEG":
                    image.draft(image.mode, (-(-width // 8), -(-height // 8)))
                per_pixel = 1 if image.mode in ("1", "L", "P") else 4
                decoded = image.size[0] * image.size[1] * per_pixel
                if max_decoded is not None and decoded > max_decoded:
                    raise ArchiveError(
                        f"Afbeelding {name} ({width}×{height}) is te groot uitgepakt voor dit archief "
                        "(mogelijke decompressiebom)."
                    )
                image.load()
    except ArchiveError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ArchiveError(f"Afbeelding {name} is te groot (mogelijke decompressiebom).") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as error:
        raise ArchiveError(f"Afbeelding {name} is geen leesbaar beeld ({error}).") from None
    return width, height
