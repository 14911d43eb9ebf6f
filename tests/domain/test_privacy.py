"""The public view: people without consent are never named, in any field, in any spelling."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind, ReportLanguage
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import (
    Contribution,
    Event,
    EventTable,
    KeyFigure,
    Person,
    Photo,
    ProgrammeItem,
    Quote,
    Round,
)
from erbij_desktop.domain.name_scrubber import NameScrubber, role_phrase, split_name
from erbij_desktop.domain.people import ensure_organisation, ensure_person
from erbij_desktop.domain.privacy import public_view
from erbij_desktop.domain.programme import set_people_on_stage

NL = ReportLanguage.NL


def person(pid: int, name: str, role: str = "", consent: bool = False) -> Person:
    return Person(id=pid, name=name, role=role, consent_to_name=consent)


@pytest.fixture
def scrub() -> NameScrubber:
    return NameScrubber(
        [
            person(1, "Ricky Tol", "ervaringsdeskundige"),
            person(2, "Marijke de Vries", "programmamanager"),
            person(3, "Mieke Kreun", "ervaringsdeskundige", consent=True),
            person(4, "Gül Çelik", "vrijwilliger"),
            person(5, "Anna Tolsma", "buurvrouw", consent=True),
            person(6, "Jan van der Berg", "wijkagent"),
            person(7, "İlkay Yıldız", "huisarts"),
            person(8, "José Núñez", "de kok"),
        ],
        NL,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ricky Tol kwam na een burn-out in de WAO terecht.", "Een ervaringsdeskundige kwam na een burn-out"),
        ("Dat was voor Tol een wake-up call.", "Dat was voor een ervaringsdeskundige een wake-up call."),
        ("RICKY TOL en ricky tol en Ricky   Tol", "Een ervaringsdeskundige en de ervaringsdeskundige en de"),
        ("vertelt De Vries verheugd", "vertelt een programmamanager verheugd"),
        ("met Marijke de Vries en de vries", "met een programmamanager en de programmamanager"),
        ("Vries zelf", "Een programmamanager zelf"),
        ("Gul Celik, GÜL ÇELİK en Çelik", "Een vrijwilliger, de vrijwilliger en de vrijwilliger"),
        ("Jan van der Berg en Van der Berg", "Een wijkagent en de wijkagent"),
        ("Ilkay Yildiz (İlkay Yıldız)", "Een huisarts (de huisarts)"),
        ("Jose Nunez kookt", "Een kok kookt"),
    ],
)
def test_hidden_names_become_role_phrases(scrub: NameScrubber, text: str, expected: str) -> None:
    assert scrub(text).startswith(expected)


def test_names_of_people_who_consented_stay(scrub: NameScrubber) -> None:
    assert scrub("Mieke Kreun sprak met Anna Tolsma.") == "Mieke Kreun sprak met Anna Tolsma."
    assert scrub("Tolsma en Tol") == "Tolsma en een ervaringsdeskundige"


def test_ordinary_words_that_look_like_a_family_name_stay(scrub: NameScrubber) -> None:
    assert scrub("De tol over de brug, tolweg en stoel.") == "De tol over de brug, tolweg en stoel."
    assert scrub("Tolweg") == "Tolweg"


def test_two_hidden_people_with_the_same_role_are_told_apart(scrub: NameScrubber) -> None:
    people = [person(1, "Ricky Tol", "ervaringsdeskundige"), person(2, "Kees Bol", "ervaringsdeskundige")]
    text = NameScrubber(people, NL)("V.l.n.r.: Ricky Tol en Kees Bol.")
    assert text == "V.l.n.r.: een ervaringsdeskundige en een andere ervaringsdeskundige."


def test_quotes_and_sentence_starts_are_capitalised(scrub: NameScrubber) -> None:
    assert scrub("‘Ja’, zei hij. Tol lachte.") == "‘Ja’, zei hij. Een ervaringsdeskundige lachte."
    assert scrub("‘Ricky Tol?’") == "‘Een ervaringsdeskundige?’"


def test_english_role_phrases() -> None:
    scrub = NameScrubber([person(1, "Ricky Tol", "expert by experience")], ReportLanguage.EN)
    assert (
        scrub("Ricky Tol spoke; Tol smiled.")
        == "An expert by experience spoke; the expert by experience smiled."
    )
    assert role_phrase(person(2, "X", ""), ReportLanguage.EN) == "a participant"
    assert role_phrase(person(2, "X", "de voorzitter"), NL) == "een voorzitter"


def test_split_name_keeps_tussenvoegsels_with_the_family_name() -> None:
    assert split_name("Marijke de Vries") == (["Marijke"], ["de", "Vries"])
    assert split_name("Jan van der Berg") == (["Jan"], ["van", "der", "Berg"])
    assert split_name("Ahmed el Mesri") == (["Ahmed"], ["el", "Mesri"])
    assert split_name("Ricky Tol") == (["Ricky"], ["Tol"])
    assert split_name("Madonna") == ([], ["Madonna"])


def test_nobody_hidden_means_text_is_untouched() -> None:
    scrub = NameScrubber([person(1, "Ricky Tol", consent=True)], NL)
    assert not scrub.active
    assert scrub("Ricky Tol") == "Ricky Tol"


@pytest.fixture
def event(session: Session) -> Event:
    event = create_event(session, "Praktijktafel met Ricky Tol", event_date=dt.date(2024, 3, 1))
    ggd = ensure_organisation(session, event, "GGD Utrecht")
    ricky = ensure_person(session, event, "Ricky Tol", role="ervaringsdeskundige", organisation=ggd)
    host = ensure_person(session, event, "Hanna de Wit", role="gespreksleider")
    chair = ensure_person(session, event, "Pieter Hilhorst", role="dagvoorzitter", consent_to_name=True)
    item = ProgrammeItem(
        kind=ProgrammeKind.INTERVIEW, heading="Tol aan het woord", narrative="Ricky Tol vertelt."
    )
    event.programme.append(item)
    event.chair = chair
    event.lead = "Met Ricky Tol."
    event.conclusion = "Dank aan Tol."
    event.background_text = "Tol schreef mee."
    session.flush()
    session.add(Quote(event=event, programme_item=item, speaker=ricky, text="Ik ben volledig uit de WAO."))
    session.add(KeyFigure(event=event, programme_item=item, value="1", text="Tol", source="Tol"))
    table = EventTable(event=event, name="Tafel 1", host=host)
    round_ = Round(event=event, title="Ronde met Tol", question="Wat zegt Tol?", intro="Tol opent.")
    session.add_all([table, round_])
    session.flush()
    session.add(
        Contribution(
            event=event,
            round=round_,
            table=table,
            text="Volgens Ricky Tol helpt het.",
            report_text="Volgens Tol helpt het.",
            person=ricky,
            highlighted=True,
        )
    )
    for consent in (True, False):
        session.add(
            Photo(
                event=event,
                image=b"x",
                mime="image/jpeg",
                sha256=str(consent),
                width=1,
                height=1,
                caption="Ricky Tol",
                credit="Tol",
                consent=consent,
                people=[ricky],
            )
        )
    session.commit()
    set_people_on_stage(session, item, [ricky, chair])
    return event


def test_public_view_applies_consent_to_every_field(session: Session, event: Event) -> None:
    view = public_view(session, event)
    texts = [
        view.title,
        view.lead,
        view.conclusion,
        view.background_text,
        view.items[0].heading,
        view.items[0].narrative,
        view.items[0].quotes[0].text,
        view.items[0].quotes[0].attribution,
        view.items[0].figures[0].text,
        view.items[0].figures[0].source,
        view.rounds[0].title,
        view.rounds[0].question,
        view.rounds[0].intro,
        view.rounds[0].contributions[0].text,
        view.rounds[0].contributions[0].text_for_report,
        view.rounds[0].contributions[0].person,
        *(p.caption for p in view.loose_photos),
        *(p.credit for p in view.loose_photos),
        *(t.host for t in view.tables),
    ]
    assert not any("Tol" in text or "Ricky" in text or "Hanna" in text for text in texts), texts
    assert view.items[0].quotes[0].attribution == "een ervaringsdeskundige"
    assert view.items[0].people == ("een ervaringsdeskundige", "Pieter Hilhorst")
    assert view.chair == "Pieter Hilhorst"
    contribution = view.rounds[0].contributions[0]
    assert contribution.person == ""
    # GGD Utrecht is hers, filled in from her rather than typed for these words: it would point at her.
    assert contribution.organisation == ""
    assert contribution.text == "Volgens een ervaringsdeskundige helpt het."
    assert len(view.loose_photos) == 1  # the photo without consent is left out
    assert view.tables[0].host == ""


def test_public_view_names_people_who_consented(session: Session, event: Event) -> None:
    ricky = next(p for p in event.people if p.name == "Ricky Tol")
    ricky.consent_to_name = True
    session.commit()
    view = public_view(session, event)
    assert view.items[0].quotes[0].attribution == "Ricky Tol"
    assert view.items[0].quotes[0].speaker_named
    assert view.rounds[0].contributions[0].person == "Ricky Tol"
    assert view.lead == "Met Ricky Tol."


def test_an_organisation_typed_for_the_words_stays_beside_them(session: Session, event: Event) -> None:
    contribution = session.scalars(select(Contribution).where(Contribution.event_id == event.id)).first()
    assert contribution is not None and contribution.person is not None
    contribution.organisation = contribution.person.organisation  # typed at the table this time
    session.commit()
    view = public_view(session, event)
    assert view.rounds[0].contributions[0].organisation == "GGD Utrecht"
    assert view.rounds[0].contributions[0].person == ""
