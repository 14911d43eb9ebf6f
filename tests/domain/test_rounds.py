"""Rounds (question, 5–90 minutes, link to a roundtable item) and tables ("Tafel N")."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Contribution, Event
from erbij_desktop.domain.people import ensure_person
from erbij_desktop.domain.programme import add_programme_item
from erbij_desktop.domain.rounds import (
    add_round,
    add_table,
    add_tables,
    contribution_count,
    delete_round,
    delete_table,
    move_round,
    move_table,
    rename_table,
    rounds,
    set_table_host,
    tables,
    update_round,
)


@pytest.fixture
def event(session: Session) -> Event:
    return create_event(session, "Praktijktafel")


def test_add_and_update_round(session: Session, event: Event) -> None:
    item = add_programme_item(session, event, "Rondetafels", kind=ProgrammeKind.ROUNDTABLE)
    round_ = add_round(
        session, event, " Signaleren ", "Wat doe je om eenzaamheid\x07 te signaleren?", programme_item=item
    )
    assert (round_.title, round_.question, round_.planned_minutes) == (
        "Signaleren",
        "Wat doe je om eenzaamheid te signaleren?",
        30,
    )
    update_round(session, round_, planned_minutes=45, intro="Een greep:", programme_item=None)
    session.expire_all()
    assert (round_.planned_minutes, round_.intro, round_.programme_item_id) == (45, "Een greep:", None)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "  "}, "title"),
        ({"question": "\t"}, "question"),
        ({"planned_minutes": 4}, "planned_minutes"),
        ({"planned_minutes": 91}, "planned_minutes"),
    ],
)
def test_bad_round_input_is_refused_and_nothing_changes(
    session: Session, event: Event, fields: dict[str, object], field: str
) -> None:
    round_ = add_round(session, event, "Ronde", "Vraag?", planned_minutes=20)
    with pytest.raises(ValidationError) as caught:
        update_round(session, round_, intro="gewijzigd", **fields)
    assert caught.value.field == field
    session.expire_all()
    assert (round_.title, round_.question, round_.planned_minutes, round_.intro) == (
        "Ronde",
        "Vraag?",
        20,
        "",
    )


def test_round_links_only_to_roundtable_items(session: Session, event: Event) -> None:
    talk = add_programme_item(session, event, "Lezing", kind=ProgrammeKind.TALK)
    with pytest.raises(ValidationError) as caught:
        add_round(session, event, "Ronde", "Vraag?", programme_item=talk)
    assert caught.value.code == "not_roundtable"
    assert rounds(session, event) == []


def test_rounds_reorder_and_delete_with_their_contributions(session: Session, event: Event) -> None:
    r1, _r2, r3 = (add_round(session, event, f"R{i}", "Vraag?") for i in (1, 2, 3))
    move_round(session, r3, 0)
    assert [r.title for r in rounds(session, event)] == ["R3", "R1", "R2"]
    session.add(Contribution(event_id=event.id, round_id=r1.id, text="Iets"))
    session.commit()
    assert contribution_count(session, round_=r1) == 1
    delete_round(session, r1)
    assert [r.title for r in rounds(session, event)] == ["R3", "R2"]
    assert [r.position for r in rounds(session, event)] == [0, 1]
    assert contribution_count(session, round_=r1) == 0


def test_add_twelve_tables_in_one_step_continuing_the_numbering(session: Session, event: Event) -> None:
    add_table(session, event)
    add_table(session, event, "Balkon")
    created = add_tables(session, event, 12)
    assert [t.name for t in created] == [f"Tafel {n}" for n in range(2, 14)]
    assert len(tables(session, event)) == 14
    rename_table(session, created[0], "Tafel 20")
    assert add_table(session, event).name == "Tafel 21"


def test_add_tables_refuses_bad_counts(session: Session, event: Event) -> None:
    for count in (0, -1, 101):
        with pytest.raises(ValidationError) as caught:
            add_tables(session, event, count)
        assert caught.value.field == "count"
    assert tables(session, event) == []


def test_rename_refuses_empty_and_duplicate_names(session: Session, event: Event) -> None:
    _first, second = add_tables(session, event, 2)
    for bad, code in (("  ", "required"), ("tafel   1", "duplicate")):
        with pytest.raises(ValidationError) as caught:
            rename_table(session, second, bad)
        assert caught.value.code == code
    session.expire_all()
    assert second.name == "Tafel 2"
    rename_table(session, second, "Raam")
    assert [t.name for t in tables(session, event)] == ["Tafel 1", "Raam"]


def test_host_and_order_and_delete(session: Session, event: Event) -> None:
    t1, t2, t3 = add_tables(session, event, 3)
    host = ensure_person(session, event, "Gea de Jong")
    set_table_host(session, t2, host)
    move_table(session, t3, 0)
    session.expire_all()
    assert [(t.name, t.host.name if t.host else None) for t in tables(session, event)] == [
        ("Tafel 3", None),
        ("Tafel 1", None),
        ("Tafel 2", "Gea de Jong"),
    ]
    round_ = add_round(session, event, "R", "V?")
    said = Contribution(event_id=event.id, round_id=round_.id, table_id=t1.id, text="Iets")
    session.add(said)
    session.commit()
    assert contribution_count(session, table=t1) == 1
    delete_table(session, t1)
    assert said.table_id is None
    assert [t.name for t in tables(session, event)] == ["Tafel 3", "Tafel 2"]
    other = create_event(session, "Ander")
    with pytest.raises(ValidationError):
        set_table_host(session, t2, ensure_person(session, other, "Vreemde"))
    assert t2.host is host
