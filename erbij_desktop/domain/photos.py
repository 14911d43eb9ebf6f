"""Photos for the report: adding (validated), captioning, consent, placement,
order and removal; and the event's logo.

An image is checked with Pillow before it is stored: only JPEG and PNG, not
corrupt, and of sane size. The dimensions are read from the header *before*
anything is decoded, so a 30,000 × 30,000 PNG (or a decompression bomb) is
refused without ever allocating its pixels. ``inspect_image`` is the check
of the photo manager and the logo; archive import applies the same limits
(``storage.archive_images``).
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from collections.abc import Iterable, Sequence

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import ValidationError
from .fields import limited, move_to, same_event
from .models import Event, Person, Photo, ProgrammeItem
from .people import UNCHANGED, _Unchanged
from .text import clean_line, clean_text
from .transactions import done

# Limits: generous for any camera (a 50-megapixel photo is 8,700 × 5,800), far below a bomb.
MAX_BYTES = 40 * 1024 * 1024
MAX_SIDE = 20_000
MAX_PIXELS = 60_000_000
CAPTION_MAX = 2000
CREDIT_MAX = 300
ALT_TEXT_MAX = 1000
FILENAME_MAX = 300
_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}
_ORIENTATION_TAG = 0x0112
_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


def inspect_image(data: bytes, *, field: str = "image") -> tuple[str, int, int]:
    """(mime, width, height) of a JPEG or PNG, as displayed (EXIF rotation applied).

    Raises ValidationError with a Dutch message for anything else: not an
    image, another format, corrupt or truncated data, or too large.
    """
    if not data:
        raise ValidationError(field, "Het bestand is leeg.", "empty")
    if len(data) > MAX_BYTES:
        megabytes = len(data) // (1024 * 1024)
        limit = MAX_BYTES // (1024 * 1024)
        raise ValidationError(
            field, f"Het bestand is te groot ({megabytes} MB; maximaal {limit} MB).", "too_large"
        )
    declared = header_size(data)
    if declared is not None:
        _check_size(field, *declared)  # before Pillow even opens it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                mime = _FORMATS.get(image.format or "")
                if mime is None:
                    raise ValidationError(
                        field, "Alleen foto's in JPEG- of PNG-formaat kunnen worden toegevoegd.", "format"
                    )
                width, height = image.size
                _check_size(field, width, height)
                orientation = image.getexif().get(_ORIENTATION_TAG, 1)
                image.load()  # decode once: a truncated or corrupt file fails here, not in the report
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(field, _too_big_message(), "too_large") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise ValidationError(
            field, "Dit bestand is geen leesbare foto (beschadigd of geen afbeelding).", "corrupt"
        ) from None
    if orientation in (5, 6, 7, 8):  # turned a quarter: displayed sideways
        width, height = height, width
    return mime, width, height


def header_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) as a PNG or JPEG header declares it, read without decoding; None if unknown."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG markers to the first start-of-frame, which holds the size."""
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if marker in _SOF_MARKERS:
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return int(width), int(height)
        index += 2 + length
    return None


def _check_size(field: str, width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ValidationError(field, "Deze afbeelding heeft geen afmetingen.", "corrupt")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ValidationError(field, _too_big_message(width, height), "too_large")


def _too_big_message(width: int | None = None, height: int | None = None) -> str:
    size = f" ({width:,} × {height:,} pixels)".replace(",", ".") if width and height else ""
    return (
        f"Deze afbeelding is te groot{size}. Het maximum is {MAX_SIDE:,} pixels per zijde en "
        f"{MAX_PIXELS // 1_000_000} megapixel; verklein de foto en probeer het opnieuw."
    ).replace(",", ".")


def photos(session: Session, event: Event) -> Sequence[Photo]:
    return session.scalars(select(Photo).where(Photo.event_id == event.id).order_by(Photo.position)).all()


def add_photo(
    session: Session,
    event: Event,
    data: bytes,
    filename: str = "",
    *,
    caption: str = "",
    credit: str = "",
    alt_text: str = "",
    consent: bool = False,
    after_item: ProgrammeItem | None = None,
    people: Iterable[Person] = (),
) -> Photo:
    """Validate and store a photo at the end of the event's photos; flushed, for the caller to commit."""
    mime, width, height = inspect_image(data, field="image")
    digest = hashlib.sha256(data).hexdigest()
    duplicate = session.scalar(select(Photo.id).where(Photo.event_id == event.id, Photo.sha256 == digest))
    if duplicate is not None:
        raise ValidationError("image", "Deze foto is al toegevoegd aan dit evenement.", "duplicate")
    pictured = list(people)
    _check_links(event, after_item, pictured)
    photo = Photo(
        image=data,
        mime=mime,
        sha256=digest,
        width=width,
        height=height,
        filename=limited("filename", clean_line(filename), FILENAME_MAX),
        caption=limited("caption", clean_text(caption), CAPTION_MAX),
        credit=limited("credit", clean_line(credit), CREDIT_MAX),
        alt_text=limited("alt_text", clean_text(alt_text), ALT_TEXT_MAX),
        consent=bool(consent),
        after_item=after_item,
        people=pictured,
    )
    event.photos.append(photo)
    done(session)
    return photo


def update_photo(
    session: Session,
    photo: Photo,
    *,
    caption: str | None = None,
    credit: str | None = None,
    alt_text: str | None = None,
    consent: bool | None = None,
    after_item: ProgrammeItem | _Unchanged | None = UNCHANGED,
    people: Iterable[Person] | None = None,
) -> Photo:
    """Change what is given (``after_item=None`` places it before the conclusion); all or nothing."""
    values: dict[str, object] = {}
    if caption is not None:
        values["caption"] = limited("caption", clean_text(caption), CAPTION_MAX)
    if credit is not None:
        values["credit"] = limited("credit", clean_line(credit), CREDIT_MAX)
    if alt_text is not None:
        values["alt_text"] = limited("alt_text", clean_text(alt_text), ALT_TEXT_MAX)
    if consent is not None:
        values["consent"] = bool(consent)
    pictured = list(people) if people is not None else None
    place = None if isinstance(after_item, _Unchanged) else after_item
    _check_links(photo.event, place, pictured or [])
    if not isinstance(after_item, _Unchanged):
        values["after_item"] = after_item
    if pictured is not None:
        values["people"] = pictured
    for name, value in values.items():
        setattr(photo, name, value)
    done(session)
    return photo


def move_photo(session: Session, photo: Photo, index: int) -> None:
    """Move the photo to ``index`` among the event's photos (clamped)."""
    move_to(photo.event.photos, photo, index)
    done(session)


def reorder_photos(session: Session, event: Event, photo_ids: Sequence[int]) -> None:
    """Put the event's photos in the given order (all of them, each once)."""
    current = {p.id: p for p in event.photos}
    if sorted(photo_ids) != sorted(current):
        raise ValidationError(
            "photos", "De volgorde moet elke foto van het evenement precies één keer noemen."
        )
    event.photos[:] = [current[i] for i in photo_ids]
    event.photos.reorder()  # type: ignore[attr-defined]
    done(session)


def delete_photo(session: Session, photo: Photo) -> None:
    event = photo.event
    event.photos.remove(photo)
    session.delete(photo)
    done(session)


def set_logo(session: Session, event: Event, data: bytes | None) -> Event:
    """Set (validated) or clear the logo printed at the top of the report."""
    if data is None:
        event.logo = None
        event.logo_mime = ""
    else:
        mime, _, _ = inspect_image(data, field="logo")
        event.logo = data
        event.logo_mime = mime
    done(session)
    return event


def _check_links(event: Event, after_item: ProgrammeItem | None, people: Iterable[Person]) -> None:
    same_event("after_item", event.id, after_item, "Dit programmaonderdeel")
    for person in people:
        same_event("people", event.id, person, "Deze persoon")
