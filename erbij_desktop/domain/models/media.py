"""Photos for the report. Image bytes live in the database so one file holds the event."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, ForeignKey, Integer, LargeBinary, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..types import UTCDateTime, utcnow
from .base import Base

if TYPE_CHECKING:
    from .event import Event
    from .people import Person
    from .programme import ProgrammeItem

photo_person = Table(
    "photo_person",
    Base.metadata,
    Column("photo_id", ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
)


class Photo(Base):
    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Loaded only when asked for: an event can carry many megabytes of photos.
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    mime: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(String(300), default="")
    # What the photo shows, for readers who cannot see it (PDF /Alt, HTML alt, Word alt text).
    # Required before the report can be marked final.
    alt_text: Mapped[str] = mapped_column(Text, default="")
    # Everyone recognisable agreed to publication; without it the photo stays out of exports.
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    # Placed after this programme item in the report; None: before the conclusion.
    after_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_item.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="photos")
    after_item: Mapped[ProgrammeItem | None] = relationship()
    # Who is in the picture: their names are kept out of the caption without consent.
    people: Mapped[list[Person]] = relationship(secondary=photo_person)

    def __repr__(self) -> str:
        return f"<Photo {self.id} {self.filename!r}>"
