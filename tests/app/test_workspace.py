"""The workspace: one commit per action, exact undo from recorded rows, one feed, serialised writers."""

from __future__ import annotations

import threading

import pytest
from row_dump import dump
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from erbij_desktop.app.changes import ChangeSet, Direction
from erbij_desktop.app.errors import ActionFailed, UndoConflict
from erbij_desktop.app.workspace import Undo, Workspace
from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.errors import DomainError
from erbij_desktop.domain.models import Contribution, Event, EventTable, Round
from erbij_desktop.domain.rounds import add_table, delete_round
from erbij_desktop.storage.database import Database


def first_round(ws: Workspace) -> int:
    return ws.read(
        lambda s: s.scalar(select(Round.id).where(Round.event_id == ws.event_id).order_by(Round.position))
    )


def heard(ws: Workspace) -> list[ChangeSet]:
    got: list[ChangeSet] = []
    ws.feed.subscribe(got.append)
    return got


def test_an_action_is_one_commit_seen_by_another_connection(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    row = ws.run("Bijdrage toevoegen", lambda s: ops.add_contribution(s, round_id, "Tekst van buiten"))
    with db.connect() as conn:
        found = conn.execute(text("SELECT text FROM contribution WHERE id = :i"), {"i": row.id}).scalar()
    assert found == "Tekst van buiten"
    assert ws.history.undo_label == "Bijdrage toevoegen"


def test_undo_and_redo_restore_every_row_exactly(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    start = dump(db)

    def add(s: Session) -> int:
        row = ops.add_contribution(s, round_id, "Met naam", person="Nieuwe Persoon", organisation="Nieuw")
        ops.set_tags(s, row.id, ["nieuw", "ander"])
        return row.id

    ws.run("Bijdrage toevoegen", add)
    after = dump(db)
    assert after != start
    assert ws.undo() == "Bijdrage toevoegen"
    assert dump(db) == start
    assert ws.redo() == "Bijdrage toevoegen"
    assert dump(db) == after


def test_undo_brings_back_what_the_database_cascaded(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    with db.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM contribution WHERE round_id = :r"), {"r": round_id})
        assert count.scalar() > 0
    start = dump(db)
    ws.run("Ronde verwijderen", lambda s: delete_round(s, s.get(Round, round_id)))
    assert dump(db) != start
    ws.undo()
    assert dump(db) == start


def test_a_refused_action_changes_nothing(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    ws.run("eerste", lambda s: ops.add_contribution(s, round_id, "eerste"))
    start, got = dump(db), heard(ws)
    with pytest.raises(DomainError):
        ws.run("leeg", lambda s: ops.add_contribution(s, round_id, "   "))
    assert dump(db) == start
    assert ws.history.undo_label == "eerste"
    assert got == []


def test_a_failure_halfway_rolls_the_whole_action_back(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    start = dump(db)

    def half(s: Session) -> None:
        ops.add_contribution(s, round_id, "komt er niet")
        raise RuntimeError("stroom weg")

    with pytest.raises(RuntimeError):
        ws.run("half", half)
    assert dump(db) == start
    assert not ws.can_undo


def test_the_feed_says_what_changed_in_commit_order(ws: Workspace) -> None:
    round_id = first_round(ws)
    got = heard(ws)
    one = ws.run("een", lambda s: ops.add_contribution(s, round_id, "een"))
    ws.run("twee", lambda s: ops.edit_text(s, one.id, "een, herzien"))
    ws.undo()
    assert [(c.label, c.direction) for c in got] == [
        ("een", Direction.DO),
        ("twee", Direction.DO),
        ("twee", Direction.UNDO),
    ]
    assert got[0].of("contribution").added == {one.id}
    assert got[1].of("contribution").changed == {one.id}
    assert [c.sequence for c in got] == sorted(c.sequence for c in got)


def test_an_action_that_cannot_be_undone_clears_the_history(ws: Workspace) -> None:
    round_id = first_round(ws)
    ws.run("een", lambda s: ops.add_contribution(s, round_id, "een"))
    ws.run("definitief", lambda s: ops.add_contribution(s, round_id, "twee"), undo=Undo.CLEAR)
    assert not ws.can_undo and ws.undo() is None


def test_undo_refuses_to_overwrite_someone_elses_later_change(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    row = ws.run("toevoegen", lambda s: ops.add_contribution(s, round_id, "eigen tekst"))
    other = Workspace(db, ws.event_id)  # another writer: a table host, another laptop
    other.run("aanpassen", lambda s: ops.edit_text(s, row.id, "door een ander verbeterd"))
    before = dump(db)
    with pytest.raises(UndoConflict):
        ws.undo()
    assert dump(db) == before
    assert not ws.can_undo


def test_undo_refuses_when_a_cascade_would_reach_others_rows(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)

    def new_table(s: Session) -> int:
        return add_table(s, s.get(Event, ws.event_id), "Extra tafel").id

    table_id = ws.run("Tafel toevoegen", new_table)
    other = Workspace(db, ws.event_id)
    other.run("elders", lambda s: ops.add_contribution(s, round_id, "aan de extra tafel", table_id=table_id))
    before = dump(db)
    with pytest.raises(UndoConflict):
        ws.undo()
    assert dump(db) == before
    assert ws.read(lambda s: s.get(EventTable, table_id)) is not None


def test_a_write_the_recorder_cannot_see_is_refused(ws: Workspace, db: Database) -> None:
    start = dump(db)
    with pytest.raises(ActionFailed):
        ws.run("plat", lambda s: s.execute(text("UPDATE contribution SET text = 'x'")))
    assert dump(db) == start


def test_writers_on_three_threads_are_serialised(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    got = heard(ws)
    errors: list[BaseException] = []

    def write(tag: str) -> None:
        try:
            for i in range(15):
                ws.run(tag, lambda s, i=i: ops.add_contribution(s, round_id, f"{tag} {i}"))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(f"t{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(got) == 45 and [c.sequence for c in got] == sorted(c.sequence for c in got)
    positions = ws.read(
        lambda s: s.scalars(select(Contribution.position).where(Contribution.round_id == round_id)).all()
    )
    assert len(positions) == len(set(positions))


def test_a_new_row_is_recorded_from_what_its_insert_returned(ws: Workspace, db: Database) -> None:
    """Enter: the undo record takes the new row from the INSERT's RETURNING, not from a read after it."""
    from sqlalchemy import event

    round_id = first_round(ws)
    statements: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(" ".join(statement.split()[:4]))

    got = heard(ws)
    event.listen(db.engine, "before_cursor_execute", note)
    try:
        row = ws.run("Bijdrage toevoegen", lambda s: ops.add_contribution(s, round_id, "Zonder nalezen"))
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    after = next(i for i, st in enumerate(statements) if st.startswith("INSERT INTO contribution"))
    assert not [st for st in statements[after:] if st.startswith("SELECT contribution.")]
    (change,) = got[-1].rows
    with db.connect() as conn:
        found = conn.execute(text("SELECT * FROM contribution WHERE id = :i"), {"i": row.id})
        stored = found.mappings().one()
    assert change.before is None and change.after is not None
    assert dict(change.after)["text"] == stored["text"] == "Zonder nalezen"
    assert set(dict(change.after)) == set(stored.keys())


def test_a_new_row_changed_later_in_the_same_action_is_read_back(ws: Workspace, db: Database) -> None:
    round_id = first_round(ws)
    start = dump(db)

    def add_then_edit(s: Session) -> int:
        row = ops.add_contribution(s, round_id, "Eerste woorden")
        ops.edit_text(s, row.id, "Tweede woorden")
        return row.id

    got = heard(ws)
    ws.run("Bijdrage toevoegen", add_then_edit)
    after = dump(db)
    (change,) = [c for c in got[-1].rows if c.table == "contribution"]
    assert change.after is not None and dict(change.after)["text"] == "Tweede woorden"
    ws.undo()
    assert dump(db) == start
    ws.redo()
    assert dump(db) == after
