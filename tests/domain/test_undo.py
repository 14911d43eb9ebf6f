"""Undo/redo of capture steps: every step goes back and forth exactly, and a failure changes nothing."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.commands import (
    AddContribution,
    AddQuote,
    DeleteContribution,
    EditText,
    MoveContribution,
    SetAttribution,
    SetHighlight,
    SetTable,
    SetTags,
)
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event, get_event
from erbij_desktop.domain.models import Contribution, Person, Quote, Round
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.rounds import add_round, add_tables, delete_round
from erbij_desktop.domain.undo import ChangeKind, History, UndoError
from erbij_desktop.storage.database import Database


@dataclass
class Setup:
    event_id: int
    round1: int
    round2: int
    tables: list[int]


@pytest.fixture
def ev(db: Database) -> Setup:
    with db.session() as s:
        event = create_event(s, "Samen tegen eenzaamheid")
        r1 = add_round(s, event, "Ronde 1", "Wat doe je om eenzaamheid te signaleren?")
        r2 = add_round(s, event, "Ronde 2", "Welke interventies zet je in?")
        tables = add_tables(s, event, 3)
        return Setup(event.id, r1.id, r2.id, [t.id for t in tables])


@pytest.fixture
def history(db: Database) -> History:
    return History(db.session)


def _state(db: Database, ev: Setup) -> list[tuple[object, ...]]:
    """Everything stored about contributions, to compare before and after."""
    with db.session() as s:
        rows = ops.rows_for_round(s, ev.round1) + ops.rows_for_round(s, ev.round2)
        return [
            (r.id, r.round_id, r.table_id, r.text, r.highlighted, r.position, r.person_name, r.tags)
            for r in rows
        ]


def test_add_undo_redo_keeps_the_id(db: Database, ev: Setup, history: History) -> None:
    add = AddContribution(ev.round1, "Welzijn op recept", table_id=ev.tables[0])
    [change] = history.execute(add)
    assert change.kind is ChangeKind.ADDED and change.row is not None
    cid = change.row.id
    assert history.can_undo and not history.can_redo and history.undo_label == "Bijdrage toevoegen"
    [undone] = history.undo()
    assert undone.kind is ChangeKind.REMOVED and undone.row is not None and undone.row.id == cid
    assert _state(db, ev) == []
    [redone] = history.redo()
    assert redone.row is not None and redone.row.id == cid
    assert redone.row.text == "Welzijn op recept"


def test_refused_step_is_not_remembered(db: Database, ev: Setup, history: History) -> None:
    with pytest.raises(ValidationError):
        history.execute(AddContribution(ev.round1, "   "))
    assert len(history) == 0 and not history.can_undo
    assert _state(db, ev) == []


def test_a_whole_session_undoes_to_nothing_and_redoes_to_the_same(
    db: Database, ev: Setup, history: History
) -> None:
    t1, t2, t3 = ev.tables
    ids = []
    for i, (round_id, table_id) in enumerate(
        [(ev.round1, t1), (ev.round1, t2), (ev.round2, t3), (ev.round1, t1)]
    ):
        [c] = history.execute(
            AddContribution(round_id, f"bijdrage {i}", table_id=table_id, person="Gea de Jong")
        )
        assert c.row is not None
        ids.append(c.row.id)
    history.execute(SetHighlight(ids[0], True))
    history.execute(EditText(ids[1], "bijdrage één, verbeterd"))
    history.execute(SetTable(ids[1], t3))
    history.execute(SetAttribution(ids[2], "Ricky Tol", "Eigen bedrijf"))
    history.execute(SetTags(ids[3], ["ouderen"]))
    history.execute(MoveContribution(ids[3], ids[0]))
    history.execute(DeleteContribution(ids[2]))
    final = _state(db, ev)
    steps = len(history)
    for _ in range(steps):
        history.undo()
    assert _state(db, ev) == [] and not history.can_undo
    for _ in range(steps):
        history.redo()
    assert _state(db, ev) == final and not history.can_redo
    # And undoing part of it gives the state in between.
    history.undo()  # the delete
    assert any(row[0] == ids[2] for row in _state(db, ev))


def test_changes_describe_before_and_after(db: Database, ev: Setup, history: History) -> None:
    [added] = history.execute(AddContribution(ev.round1, "tekst", table_id=ev.tables[0]))
    assert added.row is not None
    [moved] = history.execute(SetTable(added.row.id, ev.tables[1]))
    assert moved.kind is ChangeKind.CHANGED
    assert moved.before is not None and moved.before.table_id == ev.tables[0]
    assert moved.row is not None and moved.row.table_id == ev.tables[1]
    [back] = history.undo()
    assert back.before is not None and back.before.table_id == ev.tables[1]
    assert back.row is not None and back.row.table_id == ev.tables[0]
    [reordered] = history.execute(MoveContribution(added.row.id, None))
    assert reordered.kind is ChangeKind.REORDERED and reordered.round_id == ev.round1


def test_new_step_after_undo_drops_the_redo_tail(ev: Setup, history: History) -> None:
    history.execute(AddContribution(ev.round1, "een"))
    history.execute(AddContribution(ev.round1, "twee"))
    history.undo()
    history.execute(AddContribution(ev.round1, "drie"))
    assert not history.can_redo and len(history) == 2


def test_failed_undo_changes_nothing_and_clears_history(db: Database, ev: Setup, history: History) -> None:
    [c] = history.execute(AddContribution(ev.round1, "een"))
    assert c.row is not None
    history.execute(DeleteContribution(c.row.id))
    with db.session() as s:  # someone deletes the round in the prepare tab
        delete_round(s, s.get(Round, ev.round1))
    generation = history.generation
    with pytest.raises(UndoError) as caught:
        history.undo()
    assert "Ongedaan maken lukte niet" in str(caught.value)
    assert len(history) == 0 and history.generation == generation + 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Contribution)) == 0


def test_undo_and_redo_of_nothing_do_nothing(history: History) -> None:
    assert history.undo() == [] and history.redo() == []
    assert history.undo_label == "" and history.redo_label == ""


def test_history_keeps_its_limit(db: Database, ev: Setup) -> None:
    history = History(db.session, limit=3)
    for i in range(5):
        history.execute(AddContribution(ev.round1, f"b{i}"))
    assert len(history) == 3
    for _ in range(5):
        history.undo()
    with db.session() as s:
        assert [r.text for r in ops.rows_for_round(s, ev.round1)] == ["b0", "b1"]


def test_quote_from_the_stage_is_undoable(db: Database, ev: Setup, history: History) -> None:
    with db.session() as s:
        event = get_event(s, ev.event_id)
        item = add_programme_item(s, event, "Koplopers in Rotterdam")
        speaker = ensure_person(s, event, "Marijke de Vries")
        item_id, speaker_id = item.id, speaker.id
    command = AddQuote(
        ev.event_id, "‘Het mag nooit meer gebeuren.’", speaker="marijke  DE vries", programme_item_id=item_id
    )
    [change] = history.execute(command)
    assert change.kind is ChangeKind.OTHER
    with db.session() as s:
        quote = s.scalars(select(Quote)).one()
        assert (quote.text, quote.speaker_id, quote.programme_item_id) == (
            "Het mag nooit meer gebeuren.",
            speaker_id,
            item_id,
        )
    history.undo()
    with db.session() as s:
        assert s.scalars(select(Quote)).all() == []
    history.redo()
    with db.session() as s:
        assert len(s.scalars(select(Quote)).all()) == 1


def test_quote_with_a_new_speaker_creates_them_once_and_empty_quote_creates_nobody(
    db: Database, ev: Setup, history: History
) -> None:
    with pytest.raises(ValidationError):
        history.execute(AddQuote(ev.event_id, "  ", speaker="Nieuwe Spreker"))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    history.execute(AddQuote(ev.event_id, "Eenzaamheid is van ons allemaal", speaker="Pieter Hilhorst"))
    history.execute(AddQuote(ev.event_id, "Nog een", speaker="pieter hilhorst"))
    with db.session() as s:
        assert s.scalars(select(Person.name)).all() == ["Pieter Hilhorst"]
