"""Curation: picking, ordering, rewording and tagging contributions for the report."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from row_dump import dump
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erbij_desktop.app import curation_actions as actions
from erbij_desktop.app.workspace import Workspace
from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain import curation as cur
from erbij_desktop.domain.errors import NotFoundError, ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Tag
from erbij_desktop.domain.privacy import public_view
from erbij_desktop.domain.rounds import add_round
from erbij_desktop.storage.database import Database


@dataclass
class Round:
    event_id: int
    round_id: int
    other_round: int
    ids: list[int]  # a b c d e, in capture order


@pytest.fixture
def rnd(session: Session) -> Round:
    event = create_event(session, "Samen tegen eenzaamheid")
    r1 = add_round(session, event, "Signaleren", "Wat doe je om eenzaamheid te signaleren?")
    r2 = add_round(session, event, "Interventies", "Welke interventies zet je in?")
    ids = [ops.add_contribution(session, r1.id, text).id for text in "abcde"]
    session.commit()  # the test owns this session: what it set up is stored for every connection
    return Round(event.id, r1.id, r2.id, ids)


def texts(session: Session, round_id: int) -> list[str]:
    return [r.text for r in cur.selection(session, round_id)]


def report_bullets(session: Session, event_id: int, round_id: int) -> list[str]:
    """What the report prints for the round, from the same public view the PDF is made of."""
    from erbij_desktop.domain.events import get_event

    view = public_view(session, get_event(session, event_id))
    found = next(r for r in view.rounds if r.id == round_id)
    return [c.text_for_report for c in found.highlights]


# --- selecting and ordering ------------------------------------------------------------------------


def test_selecting_appends_to_the_selection_and_the_report_follows(session: Session, rnd: Round) -> None:
    _, b, _, d, e = rnd.ids
    cur.select_contribution(session, d)
    cur.select_contribution(session, b)  # after d, although captured earlier
    cur.select_contribution(session, e, index=0)  # at the front
    assert texts(session, rnd.round_id) == ["e", "d", "b"]
    assert report_bullets(session, rnd.event_id, rnd.round_id) == ["e", "d", "b"]
    # Not selected ones are untouched and still in the round.
    assert len(ops.round_order(session, rnd.round_id)) == 5


def test_first_selected_keeps_its_place(session: Session, rnd: Round) -> None:
    before = ops.round_order(session, rnd.round_id)
    row = cur.select_contribution(session, rnd.ids[2])
    assert row.highlighted
    assert ops.round_order(session, rnd.round_id) == before


def test_order_selection_swaps_only_selected_places(session: Session, rnd: Round) -> None:
    a, b, c, d, e = rnd.ids
    for cid in (a, c, e):
        ops.set_highlight(session, cid, True)
    order = cur.order_selection(session, rnd.round_id, [e, a, c])
    assert order == [e, b, a, d, c]  # b and d did not move
    assert texts(session, rnd.round_id) == ["e", "a", "c"]
    assert report_bullets(session, rnd.event_id, rnd.round_id) == ["e", "a", "c"]


@pytest.mark.parametrize("bad", [[], "missing", "extra", "double"])
def test_order_selection_refuses_a_wrong_list_and_changes_nothing(
    session: Session, rnd: Round, bad: object
) -> None:
    a, b, c, _, _ = rnd.ids
    for cid in (a, c):
        ops.set_highlight(session, cid, True)
    wrong = {"missing": [a], "extra": [a, c, b], "double": [a, a, c]}.get(str(bad), [])
    before = ops.round_order(session, rnd.round_id)
    with pytest.raises(ValidationError) as info:
        cur.order_selection(session, rnd.round_id, wrong)
    assert info.value.field == "selection"
    assert ops.round_order(session, rnd.round_id) == before


def test_unknown_round_and_contribution(session: Session, rnd: Round) -> None:
    with pytest.raises(NotFoundError):
        cur.order_selection(session, 9999, [])
    with pytest.raises(NotFoundError):
        cur.select_contribution(session, 9999)


# --- wording ---------------------------------------------------------------------------------------


def test_report_text_keeps_the_original(db: Database, session: Session, rnd: Round) -> None:
    ws = Workspace(db, rnd.event_id)
    cid = rnd.ids[0]
    ops.set_highlight(session, cid, True)
    session.commit()  # the test owns this session; the workspace works on its own
    before = dump(db)
    actions.set_report_text(ws, cid, "Welzijn op recept, door de huisarts")
    row = ops.get_row(session, cid)
    assert (row.text, row.report_text) == ("a", "Welzijn op recept, door de huisarts")
    assert report_bullets(session, rnd.event_id, rnd.round_id) == ["Welzijn op recept, door de huisarts"]
    session.rollback()  # end the read, so the next one sees what the workspace did since
    ws.undo()
    assert ops.get_row(session, cid).report_text is None and dump(db) == before
    session.rollback()
    ws.redo()
    actions.set_report_text(ws, cid, None)  # terug naar origineel
    assert ops.get_row(session, cid).report_text is None
    assert report_bullets(session, rnd.event_id, rnd.round_id) == ["a"]


# --- undo of selection and order -------------------------------------------------------------------


def test_select_and_order_undo_exactly(db: Database, session: Session, rnd: Round) -> None:
    a, _, c, _, e = rnd.ids
    ws = Workspace(db, rnd.event_id)
    original = dump(db)
    actions.pick(ws, c)
    actions.pick(ws, a)
    actions.pick(ws, e, 0)
    assert texts(session, rnd.round_id) == ["e", "c", "a"]
    session.rollback()  # end the read, so the next one sees what the workspace did since
    picked = dump(db)
    order = actions.order_selection(ws, rnd.round_id, [a, c, e])
    assert texts(session, rnd.round_id) == ["a", "c", "e"] and order.index(a) < order.index(e)
    ws.undo()
    assert dump(db) == picked
    for _ in range(3):
        ws.undo()
    assert dump(db) == original and not ws.can_undo


# --- tags ------------------------------------------------------------------------------------------


def test_tags_add_remove_and_groups(session: Session, rnd: Round) -> None:
    a, b, c, _, _ = rnd.ids
    cur.add_tag(session, a, "#huisarts")
    cur.add_tag(session, a, "Signaleren")
    cur.add_tag(session, b, "signaleren ")  # same tag, whatever the case
    cur.add_tag(session, c, "Huisarts")
    assert ops.get_row(session, a).tags == ("huisarts", "Signaleren")
    groups = cur.tag_groups(session, rnd.event_id)
    assert [(g.name, [r.text for r in g.rows]) for g in groups] == [
        ("huisarts", ["a", "c"]),
        ("Signaleren", ["a", "b"]),
    ]
    cur.remove_tag(session, a, "HUISARTS")
    cur.remove_tag(session, c, "huisarts")
    assert [g.name for g in cur.tag_groups(session, rnd.event_id)] == ["Signaleren"]
    assert cur.tag_names(session, rnd.event_id) == ["huisarts", "Signaleren"]


@pytest.mark.parametrize("name", ["", "  ", "#", "x" * 121])
def test_bad_tag_names_are_refused(session: Session, rnd: Round, name: str) -> None:
    with pytest.raises(ValidationError) as info:
        cur.add_tag(session, rnd.ids[0], name)
    assert info.value.field == "tags"
    assert ops.get_row(session, rnd.ids[0]).tags == ()
    assert session.scalar(select(func.count()).select_from(Tag)) == 0


def test_rename_and_delete_tag(session: Session, rnd: Round) -> None:
    a, b, _, _, _ = rnd.ids
    cur.add_tag(session, a, "huisarts")
    cur.add_tag(session, b, "wijkteam")
    groups = {g.name: g.id for g in cur.tag_groups(session, rnd.event_id)}
    cur.rename_tag(session, groups["huisarts"], "Huisartsen")
    assert ops.get_row(session, a).tags == ("Huisartsen",)
    with pytest.raises(ValidationError) as info:
        cur.rename_tag(session, groups["huisarts"], "WIJKTEAM")
    assert info.value.code == "duplicate"
    assert ops.get_row(session, a).tags == ("Huisartsen",)
    cur.delete_tag(session, groups["wijkteam"])
    assert ops.get_row(session, b).tags == ()
    assert [g.name for g in cur.tag_groups(session, rnd.event_id)] == ["Huisartsen"]
    with pytest.raises(NotFoundError):
        cur.delete_tag(session, groups["wijkteam"])
