"""The event database's tables as SQLAlchemy Core ``Table`` objects: one definition per column.

These are the very ``Table`` objects the ORM classes (``domain.models``) are
mapped onto, so a column is written down once: every ORM-free read (the GUI's
read models in ``app``, exports) selects from them instead of spelling the
schema out again in SQL. Reads import tables from here, never ORM classes.
(Importing this module still loads the models' declarations; the first paint
keeps its few plain-SQL reads in ``domain.outline`` until the columns move here.)
"""

from __future__ import annotations

from sqlalchemy import MetaData, Table

from .models import Base, contribution_tag, event_organiser, photo_person, programme_item_person
from .models.capture import Contribution, EventTable, Round, Tag
from .models.event import Event
from .models.media import Photo
from .models.people import Organisation, Person
from .models.programme import KeyFigure, ProgrammeItem, Quote

metadata: MetaData = Base.metadata


def _table(model: object) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


event = _table(Event)
organisation = _table(Organisation)
person = _table(Person)
programme_item = _table(ProgrammeItem)
quote = _table(Quote)
key_figure = _table(KeyFigure)
round_ = _table(Round)
event_table = _table(EventTable)
tag = _table(Tag)
contribution = _table(Contribution)
photo = _table(Photo)

__all__ = [
    "contribution",
    "contribution_tag",
    "event",
    "event_organiser",
    "event_table",
    "key_figure",
    "metadata",
    "organisation",
    "person",
    "photo",
    "photo_person",
    "programme_item",
    "programme_item_person",
    "quote",
    "round_",
    "tag",
]
