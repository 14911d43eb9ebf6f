"""The roundtable part: rounds with their question, tables, and what each table said."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..types import UTCDateTime, utcnow
from .base import Base

if TYPE_CHECKING:
    from .event import Event
    from .people import Organisation, Person
    from .programme import ProgrammeItem

# Where a contribution was typed (``Contribution.source``).
SOURCE_LAPTOP = "laptop"  # a facilitator's keyboard
SOURCE_DEVICE = "device"  # a table host's phone or laptop, through the room's capture server
SOURCES = (SOURCE_LAPTOP, SOURCE_DEVICE)

contribution_tag = Table(
    "contribution_tag",
    Base.metadata,
    Column("contribution_id", ForeignKey("contribution.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Round(Base):
    __tablename__ = "round"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    # The programme slot this round runs in (kind "roundtable"); places it in the report.
    programme_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_item.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text, default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=30)
    # What the report says before the question ("De eerste sessie gaat om de vraag"); the
    # question follows it in quotes, as in the article.
    intro: Mapped[str] = mapped_column(Text, default="")
    # What leads into the chosen contributions ("Om een paar te noemen:");
    # empty: the report's default ("Een greep uit de bijdragen:").
    selection_intro: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Closed for the table hosts' devices: they can no longer add, edit or delete in it.
    capture_closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    event: Mapped[Event] = relationship(back_populates="rounds")
    programme_item: Mapped[ProgrammeItem | None] = relationship()

    def __repr__(self) -> str:
        return f"<Round {self.id} {self.title!r}>"


class EventTable(Base):
    """A physical table in the room ("Tafel 3"), with its host."""

    __tablename__ = "event_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(120))
    host_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)

    event: Mapped[Event] = relationship(back_populates="tables")
    host: Mapped[Person | None] = relationship()

    def __repr__(self) -> str:
        return f"<EventTable {self.id} {self.name!r}>"


class Tag(Base):
    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("event_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))

    event: Mapped[Event] = relationship(back_populates="tags")

    def __repr__(self) -> str:
        return f"<Tag {self.id} {self.name!r}>"


class Contribution(Base):
    """One thing a table said during a round, as typed by the facilitator."""

    __tablename__ = "contribution"
    __table_args__ = (
        Index("ix_contribution_round_position", "round_id", "position"),
        Index("ix_contribution_event_created", "event_id", "created_at"),
        # Per event: an archive imported twice holds the same entry ids in two events.
        UniqueConstraint("event_id", "entry_uid", name="uq_contribution_event_entry"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"))
    table_id: Mapped[int | None] = mapped_column(
        ForeignKey("event_table.id", ondelete="SET NULL"), index=True
    )
    # As captured in the room; never overwritten by curation.
    text: Mapped[str] = mapped_column(Text)
    # The wording for the report, when the facilitator edits it; None means "use text".
    report_text: Mapped[str | None] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    # Goes into the report's "Een greep uit de bijdragen".
    highlighted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Order within its round; the report's selection follows it.
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Made where it was typed (a table host's device, a laptop's outbox), so a send that is
    # retried after a lost answer is stored once.
    entry_uid: Mapped[str | None] = mapped_column(String(36))
    # Where it was typed: SOURCE_LAPTOP or SOURCE_DEVICE.
    source: Mapped[str] = mapped_column(String(16), default=SOURCE_LAPTOP, server_default=SOURCE_LAPTOP)
    # The device that sent it; never in public output.
    device_id: Mapped[str | None] = mapped_column(String(64))
    # Hidden by the facilitator: kept (never lose a word), but out of the lists and the report.
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    event: Mapped[Event] = relationship(back_populates="contributions")
    round: Mapped[Round] = relationship()
    table: Mapped[EventTable | None] = relationship()
    person: Mapped[Person | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=contribution_tag, order_by="Tag.name_key")

    @property
    def text_for_report(self) -> str:
        return self.report_text if self.report_text is not None else self.text

    def __repr__(self) -> str:
        return f"<Contribution {self.id} {self.text[:30]!r}>"
