"""All ORM models; import from here so every mapper is configured together."""

from .base import Base
from .capture import Contribution, EventTable, Round, Tag, contribution_tag
from .event import Event, event_organiser
from .media import Photo, photo_person
from .people import Organisation, Person
from .programme import KeyFigure, ProgrammeItem, Quote, programme_item_person

__all__ = [
    "Base",
    "Contribution",
    "Event",
    "EventTable",
    "KeyFigure",
    "Organisation",
    "Person",
    "Photo",
    "ProgrammeItem",
    "Quote",
    "Round",
    "Tag",
    "contribution_tag",
    "event_organiser",
    "photo_person",
    "programme_item_person",
]
