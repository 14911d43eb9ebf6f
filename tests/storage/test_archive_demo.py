"""The demo event holds every fact of the reference article, verbatim, and loads like any archive."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import jsonschema
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind, ReportLanguage, ReportStatus
from erbij_desktop.domain.models import Contribution, Event, Person
from erbij_desktop.resources import migrations_dir, resource
from erbij_desktop.storage.archive import export_content
from erbij_desktop.storage.archive_demo import demo_uid, import_demo
from erbij_desktop.storage.archive_format import dumps_document, dumps_line

ROUND_1 = [
    ("Welzijn op recept uitgeschreven door een huisarts om de vraag achter de vraag te achterhalen.", None),
    ("Vrijwilligers in Doorn die maaltijden rondbrengen en alert zijn op de signalen van eenzaamheid.", None),
    (
        "Dialoogtafels in Utrecht: in gesprek gaan over onderwerpen in het verlengde van eenzaamheid, "
        "bijvoorbeeld het thema ‘Erbij willen horen’.",
        None,
    ),
    (
        "In gemeente Huizen leggen huisartsen en praktijkondersteuners in samenwerking met de wijkteams en "
        "zorgondersteuners preventief huisbezoek af. Doel is signaleren en bespreekbaar maken.",
        "gemeente Huizen",
    ),
    (
        "Gemeente Laren organiseert bijeenkomsten vanuit het Sociaal Domein om het bewustzijn onder burgers "
        "te vergroten en inwoners handvatten aan te reiken voor wat zij zelf kunnen bijdragen. Het volgende "
        "filmpje is veel gebruikt om discussie op gang te brengen: ‘Eenzaamheid in het Gooi’",
        "gemeente Laren",
    ),
]
ROUND_2 = [
    (
        "Buddy Netwerk wil mensen in een sociaal isolement juist ook online gaan bereiken.",
        "Stichting Buddy Netwerk",
    ),
    ("GoldenSports in Amsterdam biedt sport en bewegen in de buitenlucht voor 55-plussers.", "GoldenSports"),
    ("Gemeente Huizen verwijst na signalering door naar beweegcoaches.", "gemeente Huizen"),
    (
        "SamenKracht 80+ organiseert activerende dialogen over meedoen en van betekenis zijn.",
        "SamenKracht 80+",
    ),
    (
        "Gea de Jong, beleidsmedewerker gemeente Rijswijk, ziet positieve resultaten bij de flatcoach, een "
        "huismeester met plustaken die de flatbewoners ondersteunt.",
        "gemeente Rijswijk",
    ),
    (
        "Centrum Sociaal Vitaal organiseert onder meer verhalentafels (voor het delen van bijzondere "
        "momenten in je leven) en workshops Zin in verbondenheid en Zin in meer samen.",
        "Centrum Sociaal Vitaal",
    ),
    (
        "Stichting OOPOEH koppelt huisdierbezitters aan ouderen die op het huisdier willen passen en zo "
        "nodig uit willen laten.",
        "Stichting OOPOEH",
    ),
]
# (speaker, programme item heading, text) in the article's order; the headline first in the title.
QUOTES = [
    ("Pieter Hilhorst", "", "We kennen allemaal wel iemand die zich eenzaam voelt"),
    ("Pieter Hilhorst", "", "Eenzaamheid is van ons allemaal"),
    (
        "Wimke Schuurmans",
        "Mooie initiatieven verderbrengen",
        "Laten we vandaag informatie ophalen en bundelen. Laten we meekijken met de koplopers en die mooie "
        "initiatieven verder brengen. Hiermee willen we mensen die wel iets willen doen, maar niet weten "
        "wat, op ideeën brengen van wat ze concreet kunnen betekenen.",
    ),
    (
        "Marijke de Vries",
        "Koplopers in Rotterdam en Amsterdam",
        "Het mag nooit meer gebeuren dat iemand in onze stad 10 jaar dood achter de voordeur ligt.",
    ),
    (
        "Marijke de Vries",
        "Koplopers in Rotterdam en Amsterdam",
        "Terwijl de landelijke cijfers van eenzaamheid stijgen, is het aantal eenzame ouderen in Rotterdam "
        "de afgelopen tijd gedaald",
    ),
    (
        "Marijke Andeweg",
        "",
        "Het begint bij begrijpen wat eenzaamheid eigenlijk is. Welke aspecten spelen een rol? We nemen de "
        "tijd om te verkennen wat er al is en willen daarbij aansluiten.",
    ),
    ("Ahmed el Mesri", "Ervaringsdeskundigen", "Dat heeft het lot zo bepaald"),
    (
        "Ahmed el Mesri",
        "Ervaringsdeskundigen",
        "Ik belandde in een rolstoel en ik ben uiteindelijk in Nederland gebleven om mensen te helpen zich "
        "minder eenzaam te voelen. Veel voormalige gastarbeiders leven in armoede, vaak is hun gezondheid "
        "niet goed. Na de sluiting van veel buurthuizen zoeken mensen hun toevlucht in de moskee. Vaak ligt "
        "een stuk eenzaamheid hieraan ten grondslag.",
    ),
    (
        "Ricky Tol",
        "Hoopvolle verhalen",
        "Ik volgde een opleiding tot coach en nu heb ik mijn eigen bedrijf waarin ik met behulp van honden "
        "mensen coach. Ik ben volledig uit de WAO.",
    ),
    (
        "Pieter Hilhorst",
        "Hoopvolle verhalen",
        "Eenzaamheid bevindt zich op vele plekken in de samenleving en onder een diversiteit aan "
        "inwonersgroepen. Laten we met elkaar uitwisselen welke interventies wij zelf inzetten en welke "
        "werken en welke niet.",
    ),
]
PEOPLE = {
    "Pieter Hilhorst": ("dagvoorzitter, politicus en politicoloog", None),
    "Wimke Schuurmans": ("programmamanager eenzaamheid", "ministerie van VWS"),
    "Marijke de Vries": ("programmamanager Programma Eenzaamheid", "gemeente Rotterdam"),
    "Marijke Andeweg": ("Eenzaamheidsregisseur", "gemeente Amsterdam"),
    "Mieke Kreun": ("ervaringsdeskundige", "Vier het Leven"),
    "Ahmed el Mesri": ("ervaringsdeskundige", None),
    "Ricky Tol": ("ervaringsdeskundige", None),
    "Gea de Jong": ("beleidsmedewerker", "gemeente Rijswijk"),
}


def _contributions(session: Session, event: Event, round_index: int) -> list[Contribution]:
    stmt = (
        select(Contribution)
        .where(Contribution.round_id == event.rounds[round_index].id)
        .order_by(Contribution.position)
    )
    return list(session.scalars(stmt))


def test_every_bullet_of_both_lists_verbatim_in_order(session: Session, demo_event: Event) -> None:
    for index, expected in enumerate((ROUND_1, ROUND_2)):
        found = _contributions(session, demo_event, index)
        assert [(c.text, c.organisation.name if c.organisation else None) for c in found] == expected
        assert all(c.highlighted and c.report_text is None for c in found)
        assert [c.position for c in found] == list(range(len(expected)))
    tables = {c.table.name for i in (0, 1) for c in _contributions(session, demo_event, i) if c.table}
    assert tables == {f"Tafel {n}" for n in range(1, 7)}
    gea = _contributions(session, demo_event, 1)[4]
    assert gea.person is not None and gea.person.name == "Gea de Jong"


def test_every_quote_of_the_article(demo_event: Event) -> None:
    found = [
        (
            q.speaker.name if q.speaker else None,
            q.programme_item.heading if q.programme_item else None,
            q.text,
        )
        for q in demo_event.quotes
    ]
    assert found == QUOTES
    headline = demo_event.headline_quote
    assert headline is not None and headline.text == "Eenzaamheid is van ons allemaal"
    assert sum(q.is_headline for q in demo_event.quotes) == 1
    for quote in demo_event.quotes:
        assert quote.programme_item is not None
        assert quote.text in quote.programme_item.narrative  # quotes stay inline in the prose


def test_event_facts(demo_event: Event) -> None:
    e = demo_event
    assert e.title == "Praktijktafel Samen tegen eenzaamheid"
    assert e.event_date == dt.date(2018, 2, 20)
    assert (e.venue, e.city) == ("Jaarbeurs", "Utrecht")
    assert [o.name for o in e.organisers] == ["Coalitie Erbij", "ministerie van VWS"]
    assert e.chair is not None and e.chair.name == "Pieter Hilhorst"
    assert e.attendance_actual == 100 and "ruim honderd aanwezigen" in e.lead
    assert e.lead.startswith("Op 20 februari vond de praktijktafel Samen tegen eenzaamheid plaats.")
    assert "bestrijding van eenzaamheid" in e.purpose
    assert e.conclusion.startswith("Zo eindigt een inspirerende ochtend")
    assert e.conclusion.endswith("een gezamenlijke inzet van ons allemaal.")
    assert e.background_heading == "Eenzaamheid in Nederland"
    assert e.background_text.startswith("In Nederland heeft ongeveer de helft van de ouderen")
    assert (e.published_on, e.modified_on) == (dt.date(2018, 2, 27), dt.date(2018, 3, 2))
    assert e.report_language is ReportLanguage.NL and e.report_status is ReportStatus.FINAL
    assert e.start_time == dt.time(9, 30) and e.end_time == dt.time(12, 30)


def test_people_with_role_organisation_and_consent(session: Session, demo_event: Event) -> None:
    people = {p.name: p for p in session.scalars(select(Person).where(Person.event_id == demo_event.id))}
    for name, (role, organisation) in PEOPLE.items():
        person = people[name]
        assert person.role == role
        assert (person.organisation.name if person.organisation else None) == organisation
        assert person.consent_to_name is True
    hosts = [t.host for t in demo_event.tables]
    assert len(hosts) == 6 and all(h is not None for h in hosts)
    assert all(h.role == "tafelgastheer/-vrouw" and not h.consent_to_name for h in hosts if h)
    assert not {h.name for h in hosts if h} & set(PEOPLE)


def test_programme_in_the_articles_order(demo_event: Event) -> None:
    items = demo_event.programme
    assert [(i.kind, i.heading) for i in items] == [
        (ProgrammeKind.OPENING, ""),
        (ProgrammeKind.TALK, "Mooie initiatieven verderbrengen"),
        (ProgrammeKind.TALK, "Individualisering en digitalisering"),
        (ProgrammeKind.TALK, "Koplopers in Rotterdam en Amsterdam"),
        (ProgrammeKind.TALK, ""),
        (ProgrammeKind.INTERVIEW, "Ervaringsdeskundigen"),
        (ProgrammeKind.INTERVIEW, "Hoopvolle verhalen"),
        (ProgrammeKind.ROUNDTABLE, "Rondetafelgesprek: eenzaamheid signaleren"),
        (ProgrammeKind.ROUNDTABLE, "Rondetafelgesprek: welke interventies inzetten?"),
        (ProgrammeKind.CLOSING, ""),
    ]
    assert [p.name for p in items[5].people] == [
        "Pieter Hilhorst",
        "Mieke Kreun",
        "Ahmed el Mesri",
        "Ricky Tol",
    ]
    assert items[0].narrative.startswith("Dagvoorzitter Pieter Hilhorst, politicus en politicoloog")
    assert "‘Eenzaamheid is van ons allemaal.’" in items[0].narrative
    # The article's unbalanced quote stays as printed: opened, never closed.
    assert items[5].narrative.endswith("Vaak ligt een stuk eenzaamheid hieraan ten grondslag.")
    assert items[5].narrative.count("‘") == items[5].narrative.count("’") + 1
    starts = [i.planned_start for i in items]
    assert starts[0] == dt.time(9, 30) and all(
        a is not None and b is not None and a < b for a, b in itertools.pairwise(starts)
    )
    last = items[-1]
    assert last.planned_start is not None and last.duration_minutes is not None
    end = dt.datetime.combine(dt.date(2018, 2, 20), last.planned_start) + dt.timedelta(
        minutes=last.duration_minutes
    )
    assert end.time() == dt.time(12, 30)


def test_key_figures(demo_event: Event) -> None:
    figures = [
        (f.value, f.text, f.source, f.programme_item.heading if f.programme_item else None)
        for f in demo_event.key_figures
    ]
    heading = "Individualisering en digitalisering"
    assert figures == [
        ("43%", "van de volwassenen voelt zich wel eens eenzaam", "", heading),
        ("10%", "van de volwassenen voelt zich sterk eenzaam", "", heading),
        ("54%", "van de ouderen voelt zich wel eens eenzaam", "", heading),
        ("11%", "van de ouderen voelt zich sterk eenzaam", "", heading),
    ]


def test_rounds(demo_event: Event) -> None:
    first, second = demo_event.rounds
    assert (first.title, first.question) == (
        "Eenzaamheid signaleren",
        "Wat doe je om eenzaamheid te signaleren?",
    )
    assert (second.title, second.question) == (
        "Welke interventies inzetten?",
        "Welke interventies zet je in bij de bestrijding van eenzaamheid?",
    )
    for round_ in (first, second):
        assert round_.question not in round_.intro and "‘" not in round_.question
        assert round_.programme_item is not None and round_.programme_item.kind is ProgrammeKind.ROUNDTABLE
        assert round_.planned_minutes == round_.programme_item.duration_minutes
    assert first.intro.startswith("In twee series met rondetafelgesprekken")
    assert second.intro.startswith("In de tweede sessie van de rondetafelgesprekken")


def test_photos(demo_event: Event) -> None:
    photos = demo_event.photos
    assert [p.filename for p in photos] == [
        "Praktijktafel VWS 2.jpg",
        "Praktijktafel VWS 3.jpg",
        "Praktijktafel VWS 4.jpg",
        "Praktijktafel 3-lr.jpg",
    ]
    assert [p.after_item.heading if p.after_item else None for p in photos] == [
        "Mooie initiatieven verderbrengen",
        "Koplopers in Rotterdam en Amsterdam",
        "Ervaringsdeskundigen",
        "Rondetafelgesprek: eenzaamheid signaleren",
    ]
    assert photos[2].caption == "V.l.n.r.: Mieke Kreun, Ahmed el Mesri en Ricky Tol"
    assert sorted(p.name for p in photos[2].people) == ["Ahmed el Mesri", "Mieke Kreun", "Ricky Tol"]
    for photo in photos:
        assert photo.consent and photo.credit == "Illustratie: Erbij Desktop (demo)"
        assert photo.mime == "image/jpeg" and (photo.width, photo.height) == (1200, 800)
        assert len(photo.image) < 150_000


def test_shipped_document_is_canonical_and_valid(session: Session, demo_event: Event) -> None:
    shipped = (resource("demo", "archive") / "event.json").read_bytes()
    schema = json.loads((migrations_dir() / "archive.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(shipped), schema)
    # The shipped demo is a stored version-2 archive (contributions inline), the proof that
    # version 2 keeps importing. What the exporter writes for it is the same document byte for
    # byte, as version 4: its contributions moved, in order, to contributions.jsonl, with the
    # fields version 4 added at the values an older archive means (typed on a laptop, no entry
    # id, shown; rounds open), and the generator line names the app version that wrote it.
    content = export_content(session, demo_event)
    document = json.loads(shipped)
    assert document["version"] == 2 and dumps_document(document) == shipped
    device = {"entry_uid": None, "source": "laptop", "device_id": None, "hidden": False}
    lines = b"".join(dumps_line(dict(c, **device)) for c in document["contributions"])
    rounds = [dict(r, capture_closed=False) for r in document["rounds"]]
    expected = dict(document, version=4, rounds=rounds, generator=json.loads(content.document)["generator"])
    expected["contributions"] = {"file": "contributions.jsonl", "count": len(document["contributions"])}
    assert content.document == dumps_document(expected)
    assert content.contributions is not None
    with content.contributions.open() as stream:
        assert stream.read() == lines


def test_import_demo_twice_returns_the_existing_event(session: Session) -> None:
    first, created = import_demo(session)
    again, created_again = import_demo(session)
    assert created and not created_again
    assert again.id == first.id and first.uid == demo_uid()
    assert session.scalar(select(func.count()).select_from(Event)) == 1
