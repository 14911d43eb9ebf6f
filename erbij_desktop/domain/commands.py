"""The undoable steps of capturing: add, delete, edit, highlight, attribute, move, tag, quote.

Each is a ``domain.undo.Command`` that does and undoes itself through the
domain's own operations, keeping ids and plain values, never ORM objects. They
load the ORM, so the capture view imports this module when the first edit
needs it, not while its window opens.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from . import contributions as ops
from .contributions import ContributionRow, ContributionSnapshot
from .errors import DomainError
from .models import Event, ProgrammeItem, Quote
from .people import ensure_person
from .quotes import add_quote, delete_quote, quote_text
from .undo import Change, ChangeKind, Command

__all__ = [
    "AddContribution",
    "AddQuote",
    "ChangeOne",
    "DeleteContribution",
    "EditText",
    "MoveContribution",
    "SetAttribution",
    "SetHighlight",
    "SetTable",
    "SetTags",
]


# --- contributions ---------------------------------------------------------------------------------


@dataclass(eq=False)
class AddContribution(Command):
    round_id: int
    text: str
    table_id: int | None = None
    person: str | None = None
    organisation: str | None = None
    label: str = "Bijdrage toevoegen"
    row: ContributionRow | None = field(default=None, init=False)
    _deleted: ContributionSnapshot | None = field(default=None, init=False, repr=False)

    def redo(self, session: Session) -> list[Change]:
        if self._deleted is not None:
            self.row = ops.restore_contribution(session, self._deleted)
        else:
            self.row = ops.add_contribution(
                session,
                self.round_id,
                self.text,
                table_id=self.table_id,
                person=self.person,
                organisation=self.organisation,
            )
        return [Change.added(self.row)]

    def undo(self, session: Session) -> list[Change]:
        assert self.row is not None
        before = ops.get_row(session, self.row.id)
        self._deleted = ops.delete_contribution(session, self.row.id)
        return [Change.removed(before)]

    @property
    def contribution_id(self) -> int | None:
        return self.row.id if self.row is not None else None


@dataclass(eq=False)
class DeleteContribution(Command):
    id: int
    label: str = "Bijdrage verwijderen"
    _deleted: ContributionSnapshot | None = field(default=None, init=False, repr=False)

    def redo(self, session: Session) -> list[Change]:
        before = ops.get_row(session, self.id)
        self._deleted = ops.delete_contribution(session, self.id)
        return [Change.removed(before)]

    def undo(self, session: Session) -> list[Change]:
        assert self._deleted is not None
        return [Change.added(ops.restore_contribution(session, self._deleted))]

    @property
    def contribution_id(self) -> int | None:
        return self.id


class ChangeOne(Command):
    """A step that changes one contribution and is undone by applying the old value."""

    id: int

    def __init__(self, contribution_id: int) -> None:
        self.id = contribution_id
        self._before: ContributionRow | None = None

    def redo(self, session: Session) -> list[Change]:
        before = ops.get_row(session, self.id)
        if self._before is None:
            self._before = before
        return [Change.changed(before, self._apply(session))]

    def undo(self, session: Session) -> list[Change]:
        assert self._before is not None
        current = ops.get_row(session, self.id)
        return [Change.changed(current, self._revert(session, self._before))]

    @property
    def contribution_id(self) -> int | None:
        return self.id

    @abstractmethod
    def _apply(self, session: Session) -> ContributionRow: ...

    @abstractmethod
    def _revert(self, session: Session, before: ContributionRow) -> ContributionRow: ...


class EditText(ChangeOne):
    label = "Bijdrage wijzigen"

    def __init__(self, contribution_id: int, text: str) -> None:
        super().__init__(contribution_id)
        self.text = text

    def _apply(self, session: Session) -> ContributionRow:
        return ops.edit_text(session, self.id, self.text)

    def _revert(self, session: Session, before: ContributionRow) -> ContributionRow:
        return ops.edit_text(session, self.id, before.text)


class SetHighlight(ChangeOne):
    def __init__(self, contribution_id: int, highlighted: bool) -> None:
        super().__init__(contribution_id)
        self.highlighted = highlighted
        self.label = "Bijdrage uitlichten" if highlighted else "Uitlichten opheffen"

    def _apply(self, session: Session) -> ContributionRow:
        return ops.set_highlight(session, self.id, self.highlighted)

    def _revert(self, session: Session, before: ContributionRow) -> ContributionRow:
        return ops.set_highlight(session, self.id, before.highlighted)


class SetAttribution(ChangeOne):
    label = "Spreker wijzigen"

    def __init__(self, contribution_id: int, person: str | None, organisation: str | None) -> None:
        super().__init__(contribution_id)
        self.person = person
        self.organisation = organisation

    def _apply(self, session: Session) -> ContributionRow:
        return ops.set_attribution(session, self.id, self.person, self.organisation)

    def _revert(self, session: Session, before: ContributionRow) -> ContributionRow:
        return ops.set_attribution_ids(session, self.id, before.person_id, before.organisation_id)


class SetTable(ChangeOne):
    label = "Bijdrage naar andere tafel"

    def __init__(self, contribution_id: int, table_id: int | None) -> None:
        super().__init__(contribution_id)
        self.table_id = table_id

    def _apply(self, session: Session) -> ContributionRow:
        return ops.set_table(session, self.id, self.table_id)

    def _revert(self, session: Session, before: ContributionRow) -> ContributionRow:
        return ops.set_table(session, self.id, before.table_id)


class SetTags(ChangeOne):
    label = "Labels wijzigen"

    def __init__(self, contribution_id: int, names: Sequence[str]) -> None:
        super().__init__(contribution_id)
        self.names = tuple(names)

    def _apply(self, session: Session) -> ContributionRow:
        return ops.set_tags(session, self.id, self.names)

    def _revert(self, session: Session, before: ContributionRow) -> ContributionRow:
        return ops.set_tags(session, self.id, before.tags)


class MoveContribution(Command):
    """Put a contribution before another in its round (None: at the end)."""

    label = "Bijdrage verplaatsen"

    def __init__(self, contribution_id: int, before_id: int | None) -> None:
        self.id = contribution_id
        self.before_id = before_id
        self._old_next: int | None = None
        self._round_id: int | None = None

    def redo(self, session: Session) -> list[Change]:
        row = ops.get_row(session, self.id)
        order = ops.round_order(session, row.round_id)
        index = order.index(self.id)
        self._old_next = order[index + 1] if index + 1 < len(order) else None
        self._round_id = row.round_id
        ops.move_contribution(session, self.id, self.before_id)
        return [Change(ChangeKind.REORDERED, round_id=row.round_id)]

    def undo(self, session: Session) -> list[Change]:
        ops.move_contribution(session, self.id, self._old_next)
        return [Change(ChangeKind.REORDERED, round_id=self._round_id)]

    @property
    def contribution_id(self) -> int | None:
        return self.id


# --- quotes ----------------------------------------------------------------------------------------


class AddQuote(Command):
    """A quote from the stage, typed in the capture view's quick quote field.

    ``speaker`` is a name: a known person (whatever the case or spacing) or a
    new one, created together with the quote.
    """

    label = "Citaat toevoegen"

    def __init__(
        self, event_id: int, text: str, *, speaker: str | None = None, programme_item_id: int | None = None
    ) -> None:
        self.event_id = event_id
        self.text = text
        self.speaker = speaker
        self.programme_item_id = programme_item_id
        self.quote_id: int | None = None

    def redo(self, session: Session) -> list[Change]:
        event = session.get(Event, self.event_id)
        if event is None:
            raise DomainError("Dit evenement bestaat niet meer.")
        quote_text(self.text)  # refuse empty text before a speaker is created
        item = session.get(ProgrammeItem, self.programme_item_id) if self.programme_item_id else None
        try:
            speaker = ensure_person(session, event, self.speaker, commit=False) if self.speaker else None
            quote = add_quote(session, event, self.text, speaker=speaker, programme_item=item)
        except BaseException:
            session.rollback()
            raise
        self.quote_id = quote.id
        return [Change(ChangeKind.OTHER)]

    def undo(self, session: Session) -> list[Change]:
        quote = session.get(Quote, self.quote_id) if self.quote_id is not None else None
        if quote is not None:
            delete_quote(session, quote)
        return [Change(ChangeKind.OTHER)]
