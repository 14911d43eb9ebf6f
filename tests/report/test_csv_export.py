"""CSV of all contributions: Excel-friendly bytes that Python's csv module reads back exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ReportLanguage
from erbij_desktop.domain.events import create_event, update_event
from erbij_desktop.domain.models import Contribution, Event, EventTable, Round, Tag
from erbij_desktop.domain.people import ensure_organisation, ensure_person
from erbij_desktop.report.csv_export import render_csv, write_csv

NASTY = [
    "Hij zei \"ja\"; zij zei 'nee'",
    "Regel één\nRegel twee\n\nRegel vier",
    "komma, puntkomma; tab\tklaar",
    "=SOM(A1:A2) en +31 6 en -5 en @iemand",
    "Türkçe ş ğ ı İ, Ελληνικά, عربي, עברית, emoji 👍🏽",
    "<b>geen vet</b> &amp; <font name=x>",
    "‘ongebalanceerd en “half",
]


def _event(session: Session) -> Event:
    event = create_event(session, "CSV-test")
    org = ensure_organisation(session, event, "Stichting ‘Samen’; Utrecht")
    named = ensure_person(session, event, "Gea de Jong", consent_to_name=True, organisation=org)
    hidden = ensure_person(session, event, "Ricky Tol", role="ervaringsdeskundige")
    table = EventTable(event=event, name='Tafel "3"; hoek')
    round_ = Round(event=event, title="Ronde; één", question='Wat doe je "echt"?\nEn waarom?')
    tags = [
        Tag(event=event, name="zorg", name_key="zorg"),
        Tag(event=event, name="wonen; buurt", name_key="w"),
    ]
    session.add_all([table, round_, *tags])
    session.flush()
    moment = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
    for index, text in enumerate(NASTY):
        session.add(
            Contribution(
                event=event,
                round=round_,
                table=table if index % 2 else None,
                text=text,
                report_text=None if index % 3 else f"Verslag: {text}",
                person=named if index == 1 else hidden if index == 2 else None,
                organisation=org if index % 2 else None,
                highlighted=bool(index % 2),
                position=index,
                tags=tags if index == 0 else [],
                created_at=moment + dt.timedelta(minutes=index),
            )
        )
    session.commit()
    return event


def test_csv_round_trips_every_field(session: Session, tmp_path: Path) -> None:
    event = _event(session)
    target = tmp_path / "bijdragen.csv"
    write_csv(session, event, target)
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())  # BOM: Excel reads UTF-8
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, *body = rows
    assert header == [
        "ronde",
        "vraag",
        "tafel",
        "tekst",
        "tekst in verslag",
        "persoon",
        "organisatie",
        "uitgelicht",
        "labels",
        "tijd",
    ]
    assert len(body) == len(NASTY)
    for index, row in enumerate(body):
        text = NASTY[index]
        local = (dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC) + dt.timedelta(minutes=index)).astimezone()
        assert row == [
            "Ronde; één",
            'Wat doe je "echt"?\nEn waarom?',
            'Tafel "3"; hoek' if index % 2 else "",
            text,
            "" if index % 3 else f"Verslag: {text}",
            "Gea de Jong" if index == 1 else "",  # Ricky Tol (row 2) did not consent
            "Stichting ‘Samen’; Utrecht" if index in (1, 3, 5) else "",
            "ja" if index % 2 else "nee",
            "wonen; buurt; zorg" if index == 0 else "",
            local.strftime("%Y-%m-%d %H:%M:%S"),
        ], index


def test_person_organisation_is_used_when_the_contribution_has_none(session: Session) -> None:
    event = _event(session)
    rows = list(csv.reader(io.StringIO(render_csv(session, event).decode("utf-8-sig")), delimiter=";"))
    # Row 1 (index 1) has the organisation itself; row for Gea has it through her person too.
    assert rows[2][5:7] == ["Gea de Jong", "Stichting ‘Samen’; Utrecht"]


def test_english_csv_uses_commas_and_english_headers(session: Session) -> None:
    event = _event(session)
    update_event(session, event, report_language=ReportLanguage.EN)
    text = render_csv(session, event).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["round", "question", "table"]
    assert rows[1][7] == "no" and rows[2][7] == "yes"
    assert [r[3] for r in rows[1:]] == NASTY


def test_csv_of_the_demo_lists_every_contribution(session: Session, demo_event: Event) -> None:
    rows = list(csv.reader(io.StringIO(render_csv(session, demo_event).decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + len(demo_event.contributions)
    assert {r[0] for r in rows[1:]} == {r.title for r in demo_event.rounds}
    assert any(r[6] == "gemeente Huizen" for r in rows[1:])
