"""Photos in the report: upright, scaled, captioned and placed after the chosen programme item."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader
from report_helpers import jpeg, pdf_text
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Event, Photo, ProgrammeItem
from erbij_desktop.domain.photos import add_photo, set_logo
from erbij_desktop.report import images
from erbij_desktop.report.article import render_report


def _embedded_sizes(data: bytes) -> list[tuple[int, int]]:
    sizes = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for image in page.images:
            sizes.append(image.image.size)
    return sizes


def _event(session: Session) -> Event:
    event = create_event(session, "Fotoverslag", conclusion="Slotwoord.")
    for heading in ("Eerste deel", "Tweede deel"):
        event.programme.append(
            ProgrammeItem(kind=ProgrammeKind.TALK, heading=heading, narrative=f"{heading} tekst.")
        )
    session.commit()
    return event


def test_exif_rotation_is_honoured(session: Session) -> None:
    event = _event(session)
    add_photo(session, event, jpeg(60, 30, orientation=6), "gedraaid.jpg", consent=True)
    assert _embedded_sizes(render_report(session, event)) == [(30, 60)]


def test_photos_follow_their_programme_item_with_caption_and_credit(session: Session) -> None:
    event = _event(session)
    first = event.programme[0]
    add_photo(
        session,
        event,
        jpeg(40, 30),
        "a.jpg",
        caption="De zaal",
        credit="Jan Jansen",
        consent=True,
        after_item=first,
    )
    add_photo(session, event, jpeg(40, 30, color="navy"), "b.jpg", caption="Aan het eind", consent=True)
    text = pdf_text(render_report(session, event))
    assert (
        text.index("Eerste deel tekst.") < text.index("De zaal Foto: Jan Jansen") < text.index("Tweede deel")
    )
    assert text.index("Tweede deel tekst.") < text.index("Aan het eind") < text.index("Slotwoord.")


def test_png_with_transparency_and_large_photos(session: Session) -> None:
    event = _event(session)
    out = io.BytesIO()
    Image.new("RGBA", (50, 20), (255, 0, 0, 128)).save(out, format="PNG")
    add_photo(session, event, out.getvalue(), "logo.png", consent=True)
    add_photo(session, event, jpeg(3000, 1500), "groot.jpg", consent=True)
    sizes = _embedded_sizes(render_report(session, event))
    assert (50, 20) in sizes
    assert (images.MAX_SIDE, images.MAX_SIDE // 2) in sizes  # scaled down, not embedded at full size


def test_logo_is_printed_on_the_first_page(session: Session) -> None:
    event = _event(session)
    before = len(_embedded_sizes(render_report(session, event)))
    set_logo(session, event, jpeg(120, 40))
    reader = PdfReader(io.BytesIO(render_report(session, event)))
    assert len(reader.pages[0].images) == before + 1


def test_an_unreadable_stored_image_is_skipped(session: Session) -> None:
    event = _event(session)
    event.photos.append(
        Photo(
            image=b"broken", mime="image/jpeg", sha256="b", width=1, height=1, caption="Kapot", consent=True
        )
    )
    session.commit()
    text = pdf_text(render_report(session, event))
    assert "Slotwoord." in text and "Kapot" not in text
