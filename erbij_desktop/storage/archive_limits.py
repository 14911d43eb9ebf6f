"""How big an .erbij archive and its parts may be, and how much memory importing one may take.

Two kinds of limit, both checked before anything is parsed or stored:

* **Field limits** are the app's own (domain.*): an archive may not hold a
  contribution, quote or caption longer than the app would ever store.
  ``db/archive.schema.json`` writes them out (``maxLength``); a test keeps the
  two equal (tests/storage/test_archive_limits.py).
* **The memory budget**: importing an archive of S bytes may take at most
  ``4 × S + 200 MB``, whatever is inside. The process itself needs about
  :data:`PROCESS_BASELINE`; the rest (:func:`memory_budget`) is what reading
  the archive may add. :func:`memory_estimate` gives an upper bound of what
  it will add, from the sizes the zip declares (held to while reading), the
  number of JSON values in ``event.json`` (counted in its bytes, before
  parsing: every value but the first follows a ``,``, ``[`` or ``{``; commas
  inside texts only make the bound safer) and the pixel size of each image
  (from its header, before decoding). An archive over budget is refused.

The cost per JSON value covers ``json.loads`` of the whole document plus
building and writing what it holds. From version 3 on (issue 17) the
contributions, the bulk of any event, are not in ``event.json`` but in the
streamed member ``contributions.jsonl``, one contribution a line: it is read
line by line and inserted in batches, so what it costs is bounded by one batch
(:data:`BATCH_BYTES` of lines, :data:`BATCH_VALUES` rows and tag links) and
the longest line the app's field limits allow (:data:`MAX_LINE_BYTES`),
whatever its total size: :data:`STREAM_MEMORY`, a constant. Its total size is
bounded only by the container's (:data:`MAX_TOTAL_BYTES`, the ratio check),
so no limit is smaller than what an export writes.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from erbij_desktop.domain.limits import CITY_MAX, LINE_MAX, LONG_TEXT_MAX, NAME_MAX, TITLE_MAX

MiB = 1024 * 1024


@cache
def field_limits() -> dict[str, int]:
    """The longest value of each text field, as the app's domain allows it (``table.field`` -> chars)."""
    # Imported here: these modules load the ORM and Pillow, which opening an archive needs later anyway.
    from erbij_desktop.domain import contributions, figures, photos, programme, quotes, rounds

    return {
        "event.title": TITLE_MAX,
        "event.venue": LINE_MAX,
        "event.city": CITY_MAX,
        "event.purpose": LONG_TEXT_MAX,
        "event.lead": LONG_TEXT_MAX,
        "event.conclusion": LONG_TEXT_MAX,
        "event.background_heading": LINE_MAX,
        "event.background_text": LONG_TEXT_MAX,
        "event.attendance_text": 200,
        "organisation.name": NAME_MAX,
        "person.name": NAME_MAX,
        "person.role": LINE_MAX,
        "programme_item.heading": programme.HEADING_MAX,
        "programme_item.narrative": LONG_TEXT_MAX,
        "programme_item.figures_summary": LONG_TEXT_MAX,
        "quote.text": quotes.TEXT_MAX,
        "key_figure.value": figures.VALUE_MAX,
        "key_figure.text": figures.TEXT_MAX,
        "key_figure.source": figures.SOURCE_MAX,
        "round.title": rounds.TITLE_MAX,
        "round.question": rounds.QUESTION_MAX,
        "round.intro": LONG_TEXT_MAX,
        "round.selection_intro": LONG_TEXT_MAX,
        "table.name": rounds.TABLE_NAME_MAX,
        "tag.name": contributions.TAG_MAX,
        "contribution.text": contributions.MAX_LENGTH,
        "contribution.report_text": contributions.MAX_LENGTH,
        "photo.filename": photos.FILENAME_MAX,
        "photo.caption": photos.CAPTION_MAX,
        "photo.credit": photos.CREDIT_MAX,
        "photo.alt_text": photos.ALT_TEXT_MAX,
    }


# --- sizes of the container -----------------------------------------------------------------------
MAX_DOCUMENT_BYTES = 50 * MiB  # event.json; from version 3 on it holds no contributions
MAX_STREAM_BYTES = 2048 * MiB  # contributions.jsonl: only the total bounds it
MAX_MEDIA_BYTES = 40 * MiB  # what the photo manager accepts (domain.photos.MAX_BYTES; a test checks)
MAX_ENTRIES = 5000
MAX_TOTAL_BYTES = 2048 * MiB
MAX_ARCHIVE_BYTES = MAX_TOTAL_BYTES + 64 * MiB  # the zip file itself (headers, a little slack)

# --- memory ----------------------------------------------------------------------------------------
PROCESS_BASELINE = 104 * MiB  # Python, SQLAlchemy, the ORM, jsonschema and Pillow, loaded
BUDGET_ALLOWANCE = 200 * MiB - PROCESS_BASELINE
# Upper bound of what one JSON value costs from parsing to the end of the flush (measured: about
# 600 bytes for a contribution's values; an empty list or object in a hostile file costs 72).
BYTES_PER_VALUE = 640
# --- the streamed contributions (version 3) --------------------------------------------------------
MAX_TAGS_PER_CONTRIBUTION = 10_000  # the schema's key_list maxItems
KEY_MAX = 80  # the schema's key maxLength
# The longest line a valid contribution can take: two texts of MAX_LENGTH characters, each written
# at worst as a surrogate pair escape (12 bytes a character), every tag key quoted and separated,
# and the fixed fields (five keys, a position, two timestamps, the field names) with room to spare.
FIXED_LINE_BYTES = 4096
BATCH_BYTES = 4 * MiB  # lines held before they are inserted
BATCH_VALUES = 2000  # rows plus tag links held before they are inserted
# Upper bound of what reading and inserting the streamed member holds at any moment: a batch of
# lines as bytes and as decoded text (4 bytes a character at worst), one line over the batch, and
# the parsed rows and links (about 1 kB each, measured ~0.6 kB).
VALUE_BYTES = 1024


def max_line_bytes() -> int:
    """The longest line of contributions.jsonl the app's own field limits allow."""
    from erbij_desktop.domain.contributions import MAX_LENGTH

    return 2 * MAX_LENGTH * 12 + MAX_TAGS_PER_CONTRIBUTION * (KEY_MAX + 3) + FIXED_LINE_BYTES


def stream_memory() -> int:
    """Upper bound of the memory the streamed contributions take, whatever their number."""
    held = BATCH_BYTES + max_line_bytes()
    return held * (1 + 4) + BATCH_VALUES * VALUE_BYTES + max_line_bytes() * 4


_WIDE = re.compile(rb"[\xc4-\xef]")  # UTF-8 lead bytes of characters above U+00FF
_ASTRAL = re.compile(rb"[\xf0-\xf4]")  # lead bytes of characters above U+FFFF


def memory_budget(archive_size: int) -> int:
    """What importing an archive of ``archive_size`` bytes may add to the process's memory."""
    return 4 * archive_size + BUDGET_ALLOWANCE


def image_budget(archive_size: int) -> int:
    """How much decoding one image (to check it) may allocate: a PNG of a few hundred kilobytes that
    unpacks to 240 MB of pixels is a bomb, a 60-megapixel camera photo of 20 MB is not."""
    return 2 * archive_size + 64 * MiB


def text_width(data: bytes) -> int:
    """Bytes per character of the str that decoding ``data`` gives (Python stores 1, 2 or 4)."""
    if _ASTRAL.search(data):
        return 4
    return 2 if _WIDE.search(data) else 1


def document_estimate(data: bytes) -> int:
    """Upper bound of the memory the document costs: its bytes, the decoded text and every value."""
    values = data.count(b",") + data.count(b"[") + data.count(b"{") + 1
    return len(data) * (1 + text_width(data)) + values * BYTES_PER_VALUE


@dataclass(frozen=True)
class ImageSize:
    width: int
    height: int
    decoded_bytes: int  # what checking it (decoding it once) allocates


def image_size(data: bytes) -> ImageSize | None:
    """Size and decoding cost of an image, read from its header (nothing is decoded); None if unreadable."""
    from PIL import Image, UnidentifiedImageError

    from erbij_desktop.domain.photos import MAX_PIXELS, MAX_SIDE

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                mode, kind = image.mode, image.format
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        return None
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE and width * height <= MAX_PIXELS):
        return ImageSize(width, height, 0)  # refused by its size alone (archive_images), never decoded
    per_pixel = 1 if mode in ("1", "L", "P") else 4  # Pillow keeps RGB in four bytes a pixel
    pixels = width * height
    if kind == "JPEG":
        pixels //= 64  # checked at an eighth of its size (JPEG's own scaled decoding): every byte read
    return ImageSize(width, height, pixels * per_pixel)


def memory_estimate(document: bytes, files: Mapping[str, bytes], streamed: int = 0) -> int:
    """Upper bound of what importing this content adds to memory, before anything is parsed.

    ``streamed``: bytes of a streamed contributions member (version 3); it costs one batch, not
    its size, so only whether there is one counts.
    """
    decoding = [size.decoded_bytes for data in files.values() if (size := image_size(data)) is not None]
    stream = stream_memory() if streamed else 0
    return (
        document_estimate(document)
        + sum(len(data) for data in files.values())
        + max(decoding, default=0)
        + stream
    )


def check_budget(
    document: bytes, files: Mapping[str, bytes], archive_size: int | None, streamed: int = 0
) -> None:
    """Refuse (ArchiveError), before parsing, content whose import would exceed the memory budget."""
    from .errors import ArchiveError

    size = (
        archive_size if archive_size is not None else len(document) + sum(map(len, files.values())) + streamed
    )
    for name, data in files.items():
        image = image_size(data)
        if image is not None and image.decoded_bytes > image_budget(size):
            raise ArchiveError(
                f"Afbeelding {name} ({image.width}×{image.height}) zou uitgepakt "
                f"{image.decoded_bytes // MiB} MB geheugen kosten: te veel voor een archief van deze "
                "grootte (mogelijke decompressiebom); het archief wordt geweigerd."
            )
    needed, budget = memory_estimate(document, files, streamed), memory_budget(size)
    if needed > budget:
        raise ArchiveError(
            f"Het archief zou bij het inlezen tot {needed // MiB} MB geheugen kunnen kosten; "
            f"voor een archief van {_human(size)} is dat te veel (hoogstens {budget // MiB} MB). "
            "Het wordt geweigerd: zo'n verhouding komt alleen voor bij een kunstmatig opgeblazen bestand, "
            "of bij een archief van vóór versie 3 met meer dan tienduizend bijdragen."
        )


def _human(size: int) -> str:
    return f"{max(1, round(size / 1024))} kB" if size < MiB else f"{size / MiB:.1f} MB".replace(".", ",")
