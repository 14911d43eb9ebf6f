"""Capturing contributions: saved at once, cleaned, never duplicated names, quick to read back."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erbij_desktop.domain import contribution_search as search_ops
from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain.errors import NotFoundError, ValidationError
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Contribution, Organisation, Person, Tag
from erbij_desktop.domain.rounds import add_round, add_tables
from erbij_desktop.domain.text import fold
from erbij_desktop.storage.database import Database


@dataclass
class Setup:
    event_id: int
    round1: int
    round2: int
    tables: list[int]


@pytest.fixture
def ev(session: Session) -> Setup:
    event = create_event(session, "Samen tegen eenzaamheid")
    r1 = add_round(session, event, "Ronde 1", "Wat doe je om eenzaamheid te signaleren?")
    r2 = add_round(session, event, "Ronde 2", "Welke interventies zet je in?")
    tables = add_tables(session, event, 3)
    session.commit()  # the test owns this session: what it set up is stored for every connection
    return Setup(event.id, r1.id, r2.id, [t.id for t in tables])


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_add_commits_before_returning(db: Database, ev: Setup) -> None:
    with db.transaction() as s:
        row = ops.add_contribution(s, ev.round1, "Welzijn op recept", table_id=ev.tables[0])
    # A brand-new connection sees it: it is on disk, not only in a session.
    with db.engine.connect() as conn:
        stored = conn.execute(select(Contribution.text).where(Contribution.id == row.id)).scalar_one()
    assert stored == "Welzijn op recept"
    assert row.table_id == ev.tables[0] and row.round_id == ev.round1 and row.event_id == ev.event_id
    assert row.created_at.tzinfo is not None


def test_rows_come_back_in_order_with_positions(session: Session, ev: Setup) -> None:
    t1, t2 = ev.tables[:2]
    a = ops.add_contribution(session, ev.round1, "een", table_id=t1)
    b = ops.add_contribution(session, ev.round1, "twee", table_id=t2)
    c = ops.add_contribution(session, ev.round1, "drie", table_id=t1)
    assert [a.position, b.position, c.position] == [0, 1, 2]
    assert [r.text for r in ops.rows_for_table(session, ev.round1, t1)] == ["een", "drie"]
    assert [r.text for r in ops.rows_for_round(session, ev.round1)] == ["een", "twee", "drie"]
    assert ops.counts_by_table(session, ev.round1) == {t1: 2, t2: 1}
    assert ops.counts_by_round(session, ev.event_id) == {ev.round1: 3}
    assert ops.get_row(session, b.id) == b


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n", "\x00\x07\x1b", "\u200b\ufeff"])
def test_empty_text_is_refused_and_nothing_saved(session: Session, ev: Setup, text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ops.add_contribution(session, ev.round1, text, table_id=ev.tables[0])
    assert caught.value.field == "text" and caught.value.code == "required"
    assert "lege bijdrage" in str(caught.value)
    assert _count(session, Contribution) == 0


def test_control_characters_are_stripped(session: Session, ev: Setup) -> None:
    row = ops.add_contribution(session, ev.round1, "  Buddy\x00 Netwerk\x1b online\u200b\r\n ")
    assert row.text == "Buddy Netwerk online"
    assert session.scalar(select(Contribution.text)) == "Buddy Netwerk online"


def test_twenty_thousand_characters_are_accepted_quickly(session: Session, ev: Setup) -> None:
    text = ("Vrijwilligers brengen maaltijden rond en letten op signalen. " * 400)[: ops.MAX_LENGTH]
    assert len(text) == ops.MAX_LENGTH
    row = ops.add_contribution(session, ev.round1, text)
    assert len(row.text) == len(text.strip())
    assert len(search_ops.search(session, ev.event_id, "signalen")) == 1


def test_longer_than_twenty_thousand_is_refused_with_its_length(session: Session, ev: Setup) -> None:
    with pytest.raises(ValidationError) as caught:
        ops.add_contribution(session, ev.round1, "x" * 25_000)
    assert caught.value.code == "too_long"
    assert "20.000" in str(caught.value) and "25.000" in str(caught.value)
    assert _count(session, Contribution) == 0


def test_unknown_round_or_foreign_table_is_refused(session: Session, ev: Setup) -> None:
    with pytest.raises(NotFoundError):
        ops.add_contribution(session, 9999, "tekst")
    other = create_event(session, "Ander evenement")
    foreign = add_tables(session, other, 1)[0]
    with pytest.raises(ValidationError) as caught:
        ops.add_contribution(session, ev.round1, "tekst", table_id=foreign.id)
    assert caught.value.field == "table"
    with pytest.raises(ValidationError):
        ops.add_contribution(session, ev.round1, "tekst", table_id=424242)
    assert _count(session, Contribution) == 0


def test_name_typed_twice_with_other_case_and_spacing_is_one_record(session: Session, ev: Setup) -> None:
    a = ops.add_contribution(
        session, ev.round1, "een", person="Gea de Jong", organisation="Gemeente Rijswijk"
    )
    b = ops.add_contribution(
        session, ev.round1, "twee", person="  gea   DE jong ", organisation="gemeente  rijswijk"
    )
    assert (a.person_id, a.organisation_id) == (b.person_id, b.organisation_id)
    assert a.person_name == "Gea de Jong" and b.person_name == "Gea de Jong"
    assert _count(session, Person) == 1 and _count(session, Organisation) == 1
    # A new person typed with an organisation belongs to it.
    assert session.get(Person, a.person_id).organisation_id == a.organisation_id
    assert a.attribution == "Gea de Jong, Gemeente Rijswijk"


def test_edit_highlight_table_attribution(session: Session, ev: Setup) -> None:
    row = ops.add_contribution(session, ev.round1, "tekst", table_id=ev.tables[0])
    assert ops.edit_text(session, row.id, " beter\x07 ").text == "beter"
    with pytest.raises(ValidationError):
        ops.edit_text(session, row.id, "   ")
    assert ops.get_row(session, row.id).text == "beter"
    assert ops.toggle_highlight(session, row.id).highlighted is True
    assert ops.set_highlight(session, row.id, False).highlighted is False
    moved = ops.set_table(session, row.id, ev.tables[2])
    assert moved.table_id == ev.tables[2]
    named = ops.set_attribution(session, row.id, "Ricky Tol", None)
    assert named.person_name == "Ricky Tol" and named.organisation_id is None
    cleared = ops.set_attribution(session, row.id, "", "")
    assert cleared.person_id is None and cleared.organisation_id is None
    again = ops.set_attribution_ids(session, row.id, named.person_id, None)
    assert again.person_name == "Ricky Tol"
    assert ops.set_report_text(session, row.id, "Voor het verslag").report_text == "Voor het verslag"
    assert ops.set_report_text(session, row.id, "  ").report_text is None
    with pytest.raises(NotFoundError):
        ops.edit_text(session, 9999, "x")


def test_tags_are_per_event_and_matched_like_names(session: Session, ev: Setup) -> None:
    a = ops.add_contribution(session, ev.round1, "een")
    b = ops.add_contribution(session, ev.round1, "twee")
    assert ops.set_tags(session, a.id, ["#Ouderen", "signaleren", "ouderen "]).tags == (
        "Ouderen",
        "signaleren",
    )
    assert ops.set_tags(session, b.id, ["OUDEREN"]).tags == ("Ouderen",)
    assert _count(session, Tag) == 2
    assert [r.tags for r in ops.rows_for_round(session, ev.round1)] == [
        ("Ouderen", "signaleren"),
        ("Ouderen",),
    ]
    assert ops.set_tags(session, a.id, []).tags == ()
    with pytest.raises(ValidationError):
        ops.set_tags(session, a.id, ["x" * 200])


def test_move_within_a_round(session: Session, ev: Setup) -> None:
    ids = [ops.add_contribution(session, ev.round1, f"b{i}").id for i in range(4)]
    assert ops.move_contribution(session, ids[3], ids[0]) == [ids[3], ids[0], ids[1], ids[2]]
    assert ops.move_contribution(session, ids[3], None) == ids
    assert ops.move_contribution(session, ids[1], ids[1]) == ids
    assert [r.position for r in ops.rows_for_round(session, ev.round1)] == [0, 1, 2, 3]
    other = ops.add_contribution(session, ev.round2, "elders")
    with pytest.raises(ValidationError):
        ops.move_contribution(session, ids[0], other.id)
    assert ops.round_order(session, ev.round1) == ids


def test_delete_removes_the_contribution_and_its_tag_links(session: Session, ev: Setup) -> None:
    from erbij_desktop.domain.schema import contribution_tag

    row = ops.add_contribution(session, ev.round1, "tekst", table_id=ev.tables[0])
    ops.set_tags(session, row.id, ["verhalen"])
    ops.delete_contribution(session, row.id)
    assert _count(session, Contribution) == 0
    assert session.execute(select(func.count()).select_from(contribution_tag)).scalar_one() == 0
    with pytest.raises(NotFoundError):
        ops.delete_contribution(session, row.id)  # gone: said so, nothing else changes


def test_search_is_case_and_accent_insensitive_over_the_event(session: Session, ev: Setup) -> None:
    ops.add_contribution(session, ev.round1, "Een cliënt van 90 jaar", person="Gea de Jong")
    ops.add_contribution(session, ev.round2, "Huisartsen signaleren EENZAAMHEID")
    ops.add_contribution(session, ev.round2, "Iets anders")
    other = create_event(session, "Ander")
    other_round = add_round(session, other, "R", "Vraag?")
    ops.add_contribution(session, other_round.id, "cliënt elders")
    assert [r.text for r in search_ops.search(session, ev.event_id, "CLIENT")] == ["Een cliënt van 90 jaar"]
    assert [r.text for r in search_ops.search(session, ev.event_id, "eenzaamheid huisarts")] == [
        "Huisartsen signaleren EENZAAMHEID"
    ]
    assert [r.text for r in search_ops.search(session, ev.event_id, "gea")] == ["Een cliënt van 90 jaar"]
    assert len(search_ops.search(session, ev.event_id, "  ")) == 3
    assert search_ops.search(session, ev.event_id, "niets") == []


def test_search_key_is_fold_for_every_character() -> None:
    # Every code point of the planes in use (surrogates excluded), in runs, plus mixed strings.
    chars = [chr(cp) for cp in range(0x30000) if not 0xD800 <= cp <= 0xDFFF]
    runs = ["".join(chars[i : i + 48]) for i in range(0, len(chars), 48)]
    samples = [*runs, "Cliënt ÉÉN Ĳsselmeer straße ﬁets Ångström", "e\u0301e\u0308 İ ς Σ", ""]
    assert [search_ops.search_key(s) for s in samples] == [fold(s) for s in samples]


def test_search_index_follows_changes(session: Session, ev: Setup) -> None:
    row = ops.add_contribution(session, ev.round1, "Opzoomer Mee")
    index = search_ops.SearchIndex.for_event(session, ev.event_id)
    assert len(index) == 1 and row.id in index
    changed = ops.edit_text(session, row.id, "Lief- en Leedstraten")
    index.put(changed)
    assert index.search("leed") == [changed] and index.search("opzoomer") == []
    new = ops.add_contribution(session, ev.round1, "Nieuw")
    index.put(new)
    ops.move_contribution(session, new.id, row.id)  # a moved row takes its new place, no sort needed
    for moved in ops.rows_for_round(session, ev.round1):
        index.put(moved)
    assert [r.id for r in index.rows] == [new.id, row.id]
    index.discard(row.id)
    assert [r.id for r in index.search("")] == [new.id]


def test_ten_thousand_rows_read_back_fast(db: Database, ev: Setup) -> None:
    """Not a timing assertion (benchmarks do that): a sanity check that rows are cheap tuples."""
    moment = dt.datetime(2018, 2, 20, 9, 0, tzinfo=dt.UTC)
    with db.engine.begin() as conn:
        conn.execute(
            Contribution.__table__.insert(),
            [
                {
                    "event_id": ev.event_id,
                    "round_id": ev.round1,
                    "table_id": ev.tables[i % 3],
                    "text": f"Bijdrage {i} over eenzaamheid",
                    "highlighted": False,
                    "position": i,
                    "created_at": moment,
                    "updated_at": moment,
                }
                for i in range(10_000)
            ],
        )
    with db.transaction() as s:
        start = time.perf_counter()
        rows = ops.rows_for_round(s, ev.round1)
        elapsed = time.perf_counter() - start
        assert len(rows) == 10_000 and isinstance(rows[0], ops.ContributionRow)
        assert not s.identity_map  # no ORM objects were made per row
        assert sum(ops.counts_by_table(s, ev.round1).values()) == 10_000
    assert elapsed < 10  # generous: only catches a pathological regression


def test_counts_per_table_over_all_rounds(session: Session, ev: Setup) -> None:
    first, second, third = ev.tables
    ops.add_contribution(session, ev.round1, "Signaleren bij de huisarts", table_id=first)
    ops.add_contribution(session, ev.round2, "Beweegcoaches", table_id=first)
    ops.add_contribution(session, ev.round2, "Flatcoach", table_id=second)
    ops.add_contribution(session, ev.round1, "Zonder tafel", table_id=None)
    counts = ops.counts_by_table_in_event(session, ev.event_id)
    assert counts == {first: 2, second: 1}
    assert third not in counts
