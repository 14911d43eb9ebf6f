"""Checking an image from an archive before it goes into the database.

An archive may come from anywhere: every image must decode completely with
Pillow and stay within the pixel limits the photo manager applies
(``domain.photos.MAX_SIDE`` / ``MAX_PIXELS``), so a crafted file cannot
exhaust memory now or break the report later.
"""

from __future__ import annotations

import io
import warnings

from .errors import ArchiveError


def check_image(data: bytes, name: str) -> tuple[int, int]:
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
                image.load()
    except ArchiveError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ArchiveError(f"Afbeelding {name} is te groot (mogelijke decompressiebom).") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as error:
        raise ArchiveError(f"Afbeelding {name} is geen leesbaar beeld ({error}).") from None
    return width, height
