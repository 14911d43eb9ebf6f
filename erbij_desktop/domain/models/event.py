"""The event: one praktijktafel, the root that owns everything else."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import Column, Date, Enum, ForeignKey, Integer, LargeBinary, String, Table, Text, Time
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..enums import ReportLanguage, ReportStatus
from ..types import UTCDateTime, utcnow
from .base import Base

if TYPE_CHECKING:
    from .capture import Contribution, EventTable, Round, Tag
    from .media import Photo
    from .people import Organisation, Person
    from .programme import KeyFigure, ProgrammeItem, Quote

event_organiser = Table(
    "event_organiser",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


def _new_uid() -> str:
    return uuid.uuid4().hex


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable identity across laptops (.erbij archives), independent of the row id.
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=_new_uid)
    title: Mapped[str] = mapped_column(String(300))
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL", use_alter=True))
    attendance_expected: Mapped[int | None] = mapped_column(Integer)
    attendance_actual: Mapped[int | None] = mapped_column(Integer)
    # Attendance as the article writes it ("ruim honderd aanwezigen"); wins over the count in print.
    attendance_text: Mapped[str] = mapped_column(String(200), default="")
    # Why the event exists, in one sentence ("uitwisselen over de bestrijding van eenzaamheid").
    purpose: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    background_heading: Mapped[str] = mapped_column(String(300), default="")
    background_text: Mapped[str] = mapped_column(Text, default="")
    report_language: Mapped[ReportLanguage] = mapped_column(
        Enum(ReportLanguage, native_enum=False, length=8, values_callable=lambda e: [m.value for m in e]),
        default=ReportLanguage.NL,
    )
    report_status: Mapped[ReportStatus] = mapped_column(
        Enum(ReportStatus, native_enum=False, length=8, values_callable=lambda e: [m.value for m in e]),
        default=ReportStatus.DRAFT,
    )
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    modified_on: Mapped[dt.date | None] = mapped_column(Date)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    logo_mime: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id], post_update=True)
    organisers: Mapped[list[Organisation]] = relationship(
        secondary=event_organiser, order_by=event_organiser.c.position, viewonly=True
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        foreign_keys="Person.event_id",
        order_by="Person.name_key",
    )
    organisations: Mapped[list[Organisation]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Organisation.name_key"
    )
    programme: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="ProgrammeItem.position",
        collection_class=ordering_list("position"),
    )
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Quote.position"
    )
    key_figures: Mapped[list[KeyFigure]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="KeyFigure.position",
        collection_class=ordering_list("position"),
    )
    rounds: Mapped[list[Round]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="Round.position",
        collection_class=ordering_list("position"),
    )
    tables: Mapped[list[EventTable]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="EventTable.position",
        collection_class=ordering_list("position"),
    )
    # Never iterate this for display (10,000 rows); domain queries page through it.
    contributions: Mapped[list[Contribution]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Tag.name_key"
    )
    photos: Mapped[list[Photo]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="Photo.position",
        collection_class=ordering_list("position"),
    )

    @property
    def headline_quote(self) -> Quote | None:
        """The quote marked as the report's headline, if any."""
        return next((q for q in self.quotes if q.is_headline), None)

    def __repr__(self) -> str:
        return f"<Event {self.id} {self.title!r}>"
