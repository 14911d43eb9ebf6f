"""Property: whatever text sits in any field, the report and the CSV are made, and markup stays text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from report_helpers import jpeg, pdf_text, squash
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind, ReportLanguage, ReportStatus
from erbij_desktop.domain.models import (
    Contribution,
    Event,
    EventTable,
    KeyFigure,
    Organisation,
    Person,
    Photo,
    ProgrammeItem,
    Quote,
    Round,
)
from erbij_desktop.report.article import render_report
from erbij_desktop.report.csv_export import render_csv
from erbij_desktop.storage.database import Database, open_database

ANY_TEXT = st.text(max_size=300)
LONG_TEXT = st.text(max_size=3000)
# Latin text mixed with everything ReportLab's mini-HTML might read as markup.
_PIECES = [*"abcdeşğıİé 0123<>&;#/=\"'‘’“”!?.:,()[]{}", "<b>", "</b>", "<br/>", "&amp;", "<font name=x>"]
MARKUPISH = (
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map("".join).filter(lambda s: s.strip() != "")
)

SETTINGS = settings(
    max_examples=int(os.environ.get("ERBIJ_HYPOTHESIS_EXAMPLES", "25")),
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, Event]]:
    """One event with one of everything; examples overwrite its texts."""
    database: Database = open_database(str(tmp_path_factory.mktemp("prop") / "p.sqlite"))
    with database.transaction() as session:
        event = Event(title="t", event_date=dt.date(2024, 2, 3), report_status=ReportStatus.DRAFT)
        organisation = Organisation(event=event, name="o", name_key="o")
        person = Person(
            event=event, name="Ricky Tol", name_key="ricky tol", role="r", organisation=organisation
        )
        named = Person(
            event=event, name="Gea de Jong", name_key="gea de jong", role="r", consent_to_name=True
        )
        item = ProgrammeItem(kind=ProgrammeKind.TALK, heading="h", narrative="n")
        roundtable = ProgrammeItem(kind=ProgrammeKind.ROUNDTABLE, heading="", narrative="")
        event.programme.extend([item, roundtable])
        session.add_all([event, organisation, person, named])
        session.flush()
        table = EventTable(event=event, name="T", host=person)
        round_ = Round(event=event, title="r", question="q", intro="i", programme_item=roundtable)
        loose = Round(event=event, title="r2", question="q2", intro="")
        session.add_all(
            [
                table,
                round_,
                loose,
                Quote(event=event, programme_item=item, speaker=person, text="q", is_headline=True),
                Quote(event=event, programme_item=item, speaker=named, text="q2"),
                KeyFigure(event=event, programme_item=item, value="1", text="k", source="s"),
                Photo(
                    event=event,
                    image=jpeg(30, 20),
                    mime="image/jpeg",
                    sha256="x",
                    width=30,
                    height=20,
                    consent=True,
                    after_item=item,
                ),
            ]
        )
        session.flush()
        for position, (who, org) in enumerate([(person, None), (named, organisation), (None, organisation)]):
            session.add(
                Contribution(
                    event=event,
                    round=round_,
                    table=table,
                    text="c",
                    person=who,
                    organisation=org,
                    highlighted=True,
                    position=position,
                )
            )
        session.commit()
        yield session, event
    database.close()


def _fill(session: Session, event: Event, texts: list[str], language: ReportLanguage) -> None:
    pool = itertools.cycle(texts)
    event.report_language = language
    for name in ("title", "venue", "city", "purpose", "lead", "conclusion", "background_heading"):
        setattr(event, name, next(pool))
    event.background_text = next(pool)
    for item in event.programme:
        item.heading, item.narrative = next(pool), next(pool)
    for quote in event.quotes:
        quote.text = next(pool)
    for figure in event.key_figures:
        figure.value, figure.text, figure.source = next(pool)[:60], next(pool), next(pool)
    for round_ in event.rounds:
        round_.title, round_.question, round_.intro = next(pool), next(pool), next(pool)
    for table in event.tables:
        table.name = next(pool)
    for person in event.people:
        person.role = next(pool)
    for organisation in event.organisations:
        organisation.name = next(pool)
    for photo in event.photos:
        photo.caption, photo.credit = next(pool), next(pool)
    for contribution in event.contributions:
        contribution.text, contribution.report_text = next(pool), next(pool) or None
    session.commit()


@SETTINGS
@given(texts=st.lists(ANY_TEXT, min_size=1, max_size=8), long=LONG_TEXT, english=st.booleans())
def test_any_unicode_in_every_field_renders(
    world: tuple[Session, Event], texts: list[str], long: str, english: bool
) -> None:
    session, event = world
    _fill(session, event, [*texts, long], ReportLanguage.EN if english else ReportLanguage.NL)
    data = render_report(session, event, appendix=True)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 1
    rows = list(
        csv.reader(
            io.StringIO(render_csv(session, event).decode("utf-8-sig"), newline=""),
            delimiter="," if english else ";",
        )
    )
    contributions = sorted(event.contributions, key=lambda c: c.position)
    assert [r[3] for r in rows[1:]] == [c.text for c in contributions]  # nobody here is named in them


@SETTINGS
@given(contribution=MARKUPISH, narrative=MARKUPISH)
def test_markup_characters_print_literally(
    world: tuple[Session, Event], contribution: str, narrative: str
) -> None:
    session, event = world
    _fill(session, event, ["veilig"], ReportLanguage.NL)
    event.programme[0].narrative = narrative
    for c in event.contributions:
        c.text, c.report_text = contribution, None
    session.commit()
    text = pdf_text(render_report(session, event))
    assert squash(contribution) in text
    assert squash(narrative) in text
