"""People and organisations of an event, with consent to be named.

Both are scoped to one event: consent is given for one report, and an event
moves between laptops with everyone it mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base

if TYPE_CHECKING:
    from .event import Event


class Organisation(Base):
    __tablename__ = "organisation"
    __table_args__ = (UniqueConstraint("event_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    # casefolded, whitespace-collapsed name: "Gemeente  huizen" and "gemeente Huizen" are one.
    name_key: Mapped[str] = mapped_column(String(300))

    event: Mapped[Event] = relationship(back_populates="organisations")

    def __repr__(self) -> str:
        return f"<Organisation {self.id} {self.name!r}>"


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("event_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    # What they are, used instead of the name when there is no consent ("ervaringsdeskundige").
    role: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    # Privacy first: nobody is named in a report until the facilitator ticks this.
    consent_to_name: Mapped[bool] = mapped_column(Boolean, default=False)

    event: Mapped[Event] = relationship(back_populates="people", foreign_keys=[event_id])
    organisation: Mapped[Organisation | None] = relationship()

    def __repr__(self) -> str:
        return f"<Person {self.id} {self.name!r}>"
