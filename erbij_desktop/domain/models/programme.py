"""What happens on stage: programme items, their quotes, and key figures."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, Enum, ForeignKey, Integer, String, Table, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..enums import ProgrammeKind
from ..types import UTCDateTime
from .base import Base

if TYPE_CHECKING:
    from .event import Event
    from .people import Person

programme_item_person = Table(
    "programme_item_person",
    Base.metadata,
    Column("programme_item_id", ForeignKey("programme_item.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class ProgrammeItem(Base):
    __tablename__ = "programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[ProgrammeKind] = mapped_column(
        Enum(ProgrammeKind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e]),
        default=ProgrammeKind.OTHER,
    )
    # The intertitle in the report ("Koplopers in Rotterdam en Amsterdam").
    heading: Mapped[str] = mapped_column(String(300), default="")
    planned_start: Mapped[dt.time | None] = mapped_column(Time)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    # Recorded on the day by the programme clock.
    actual_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    narrative: Mapped[str] = mapped_column(Text, default="")
    # A short text alternative for this item's key-figures box (what the numbers say together).
    figures_summary: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="programme")
    people: Mapped[list[Person]] = relationship(
        secondary=programme_item_person, order_by=programme_item_person.c.position, viewonly=True
    )
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="programme_item", order_by="Quote.position", viewonly=True
    )

    def __repr__(self) -> str:
        return f"<ProgrammeItem {self.id} {self.kind} {self.heading!r}>"


class Quote(Base):
    __tablename__ = "quote"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    programme_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_item.id", ondelete="SET NULL"), index=True
    )
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    # Exactly one quote per event may carry the report's head (enforced by the domain).
    is_headline: Mapped[bool] = mapped_column(Boolean, default=False)

    event: Mapped[Event] = relationship(back_populates="quotes")
    programme_item: Mapped[ProgrammeItem | None] = relationship(back_populates="quotes")
    speaker: Mapped[Person | None] = relationship()

    def __repr__(self) -> str:
        return f"<Quote {self.id} {self.text[:30]!r}>"


class KeyFigure(Base):
    """A number worth setting off in the report, e.g. "43%" + "van de volwassenen ..."."""

    __tablename__ = "key_figure"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    programme_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_item.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(500), default="")

    event: Mapped[Event] = relationship(back_populates="key_figures")
    programme_item: Mapped[ProgrammeItem | None] = relationship()

    def __repr__(self) -> str:
        return f"<KeyFigure {self.id} {self.value!r}>"


__all__ = ["KeyFigure", "ProgrammeItem", "Quote", "programme_item_person"]
