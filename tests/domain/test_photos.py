"""Photos: only sound JPEG/PNG images of sane size get in; captions, consent, placement, order."""

from __future__ import annotations

import hashlib
import io
import struct
import time
import zlib

import pytest
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Event, Photo, ProgrammeItem
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.photos import (
    add_photo,
    delete_photo,
    header_size,
    inspect_image,
    move_photo,
    reorder_photos,
    set_logo,
    update_photo,
)


def jpeg(width: int = 40, height: int = 30, *, orientation: int | None = None, color: str = "red") -> bytes:
    image = Image.new("RGB", (width, height), color)
    out = io.BytesIO()
    if orientation is None:
        image.save(out, format="JPEG")
    else:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def png(width: int = 20, height: int = 10, mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height)).save(out, format="PNG")
    return out.getvalue()


def png_header_only(width: int, height: int, *, bit_depth: int = 8, colour_type: int = 2) -> bytes:
    """A PNG that claims enormous dimensions but carries (almost) no pixel data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def png_bomb(side: int) -> bytes:
    """A real, valid 1-bit PNG of side × side pixels: tiny on disk, huge when decoded."""
    row = b"\0" + b"\0" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@pytest.fixture
def event(session: Session) -> Event:
    event = create_event(session, "Fotodag")
    event.programme.append(ProgrammeItem(kind=ProgrammeKind.TALK, heading="Eerste"))
    session.commit()
    return event


def photo_count(session: Session) -> int:
    return session.scalar(select(func.count(Photo.id))) or 0


def test_inspect_reads_format_and_displayed_size() -> None:
    assert inspect_image(jpeg(40, 30)) == ("image/jpeg", 40, 30)
    assert inspect_image(png(20, 10)) == ("image/png", 20, 10)
    # EXIF orientation 6: stored landscape, shown portrait.
    assert inspect_image(jpeg(40, 30, orientation=6)) == ("image/jpeg", 30, 40)
    # The size is known from the header alone, before anything is decoded.
    assert header_size(jpeg(40, 30)) == (40, 30)
    assert header_size(png_header_only(30_000, 20)) == (30_000, 20)
    assert header_size(b"GIF89a") is None


def test_add_photo_stores_the_image_and_its_facts(session: Session, event: Event) -> None:
    data = jpeg(64, 48)
    photo = add_photo(
        session, event, data, " zaal.jpg ", caption="  De zaal  ", credit="Jan", after_item=event.programme[0]
    )
    assert (photo.mime, photo.width, photo.height) == ("image/jpeg", 64, 48)
    assert photo.sha256 == hashlib.sha256(data).hexdigest()
    assert (photo.filename, photo.caption, photo.credit) == ("zaal.jpg", "De zaal", "Jan")
    assert photo.consent is False  # privacy first
    assert photo.after_item is event.programme[0]
    assert photo.image == data


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"not an image at all", "corrupt"),
        (jpeg()[:200], "corrupt"),  # truncated
        (png_header_only(30_000, 30_000), "too_large"),  # checked before decoding
        (png_header_only(10_000, 7_000), "too_large"),  # 70 megapixels
        (png_header_only(25_000, 10), "too_large"),  # one side too long
    ],
    ids=["empty", "garbage", "truncated", "30000x30000", "70mp", "too-wide"],
)
def test_bad_images_are_refused_and_nothing_is_stored(
    session: Session, event: Event, data: bytes, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        add_photo(session, event, data, "x.png")
    assert refused.value.code == code
    assert refused.value.field == "image"
    assert str(refused.value)  # a Dutch sentence for the facilitator
    assert photo_count(session) == 0


def test_the_30000_pixel_png_gets_a_clear_dutch_message(session: Session, event: Event) -> None:
    with pytest.raises(ValidationError, match=r"te groot.*30\.000 × 30\.000"):
        add_photo(session, event, png_header_only(30_000, 30_000), "enorm.png")


def test_a_decompression_bomb_is_refused_without_decoding_it(session: Session, event: Event) -> None:
    bomb = png_bomb(9_000)  # 81 megapixels, a few kilobytes on disk
    assert len(bomb) < 200_000
    started = time.perf_counter()
    with pytest.raises(ValidationError) as refused:
        add_photo(session, event, bomb, "bom.png")
    assert refused.value.code == "too_large"
    assert time.perf_counter() - started < 2  # refused from the header, not after decoding
    assert photo_count(session) == 0


def test_other_formats_are_refused(session: Session, event: Event) -> None:
    out = io.BytesIO()
    Image.new("RGB", (5, 5)).save(out, format="GIF")
    with pytest.raises(ValidationError, match="JPEG- of PNG") as refused:
        add_photo(session, event, out.getvalue(), "x.gif")
    assert refused.value.code == "format"


def test_the_same_photo_twice_is_refused(session: Session, event: Event) -> None:
    data = jpeg()
    add_photo(session, event, data, "a.jpg")
    with pytest.raises(ValidationError) as refused:
        add_photo(session, event, data, "b.jpg")
    assert refused.value.code == "duplicate"
    assert photo_count(session) == 1


def test_update_caption_credit_consent_people_and_placement(session: Session, event: Event) -> None:
    photo = add_photo(session, event, jpeg(), "a.jpg", after_item=event.programme[0])
    ricky = ensure_person(session, event, "Ricky Tol")
    update_photo(session, photo, caption="Nieuw\n", credit=" Foto X ", consent=True, people=[ricky])
    assert (photo.caption, photo.credit, photo.consent) == ("Nieuw", "Foto X", True)
    assert photo.people == [ricky]
    update_photo(session, photo, after_item=None)
    assert photo.after_item is None
    update_photo(session, photo, caption="Alleen dit")
    assert photo.consent is True and photo.people == [ricky]


def test_links_to_another_event_are_refused(session: Session, event: Event) -> None:
    other = create_event(session, "Ander")
    other.programme.append(ProgrammeItem(kind=ProgrammeKind.TALK, heading="Elders"))
    session.commit()
    photo = add_photo(session, event, jpeg(), "a.jpg")
    with pytest.raises(ValidationError):
        update_photo(session, photo, caption="nee", after_item=other.programme[0])
    session.refresh(photo)
    assert photo.caption == "" and photo.after_item is None


def test_order_move_and_delete(session: Session, event: Event) -> None:
    a, b, c = (add_photo(session, event, jpeg(color=col), f"{col}.jpg") for col in ("red", "green", "blue"))
    move_photo(session, c, 0)
    assert [p.filename for p in event.photos] == ["blue.jpg", "red.jpg", "green.jpg"]
    reorder_photos(session, event, [b.id, a.id, c.id])
    assert [p.filename for p in event.photos] == ["green.jpg", "red.jpg", "blue.jpg"]
    assert [p.position for p in event.photos] == [0, 1, 2]
    with pytest.raises(ValidationError):
        reorder_photos(session, event, [a.id, b.id])
    delete_photo(session, b)
    assert [p.filename for p in event.photos] == ["red.jpg", "blue.jpg"]
    assert photo_count(session) == 2


def test_logo_is_validated(session: Session, event: Event) -> None:
    set_logo(session, event, png(30, 10))
    assert event.logo_mime == "image/png"
    with pytest.raises(ValidationError) as refused:
        set_logo(session, event, b"junk")
    assert refused.value.field == "logo"
    assert event.logo_mime == "image/png"
    set_logo(session, event, None)
    assert event.logo is None and event.logo_mime == ""
