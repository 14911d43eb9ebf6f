"""Large events for the benchmarks, made up from a seed: the same seed gives the same event.

Contributions read like a Dutch practice meeting ("De buurtcoach signaleert
eenzame ouderen in de wijk, samen met de huisartsenpraktijk."), people have
accented and Turkish names (Chloë, Gülşen Yılmaz, Loïs Öztürk), some with and
some without consent to be named, so every benchmark exercises the same
text handling (folding, escaping, fonts) a real event does.

Structure (event, programme, rounds, tables, people, photos) goes through the
ORM and the domain (``add_photo`` validates the images); the contributions
themselves are inserted in bulk, as a finished event would hold them, because
making 10,000 of them one commit at a time would only measure the generator.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw
from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind, ReportStatus
from erbij_desktop.domain.models import (
    Contribution,
    Event,
    EventTable,
    Organisation,
    Person,
    ProgrammeItem,
    Round,
    Tag,
    contribution_tag,
)
from erbij_desktop.domain.photos import add_photo
from erbij_desktop.domain.text import name_key


@dataclass(frozen=True)
class Shape:
    """How big an event is: tables x rounds x contributions per table per round, plus photos."""

    tables: int
    rounds: int
    per_table: int
    photos: int = 0
    people: int = 60
    talks: int = 8

    @property
    def contributions(self) -> int:
        return self.tables * self.rounds * self.per_table


# The events: 40 tables x 3 rounds x 25 (3,000) with 20 photos, and 10,000 for the capture view.
REPORT_EVENT = Shape(tables=40, rounds=3, per_table=25, photos=20)
SCALE_EVENT = Shape(tables=40, rounds=5, per_table=50)
BIG_SCALE_EVENT = Shape(tables=40, rounds=5, per_table=500)  # 100,000: scale and start-up
QUICK_REPORT_EVENT = Shape(tables=12, rounds=2, per_table=25, photos=5)
QUICK_SCALE_EVENT = Shape(tables=20, rounds=4, per_table=25)

SEED = 2018
DAY = dt.date(2018, 2, 20)

SUBJECTS = [
    "De gemeente",
    "Een vrijwilliger",
    "Het wijkteam",
    "De huisarts",
    "Een buurtcoach",
    "De bibliotheek",
    "Een woningcorporatie",
    "Het buurthuis",
    "De ouderenbond",
    "Een mantelzorger",
    "Het sociaal café",
    "Een ervaringsdeskundige",
    "De wijkverpleegkundige",
    "Het jongerenwerk",
]
VERBS = [
    "organiseert",
    "signaleert",
    "bespreekt",
    "verbindt",
    "ondersteunt",
    "bezoekt",
    "start",
    "begeleidt",
    "versterkt",
    "herkent",
    "financiert",
    "coördineert",
]
OBJECTS = [
    "eenzame ouderen in de wijk",
    "een wekelijkse koffieochtend",
    "huisbezoeken aan 75-plussers",
    "gesprekken over zingeving",
    "maaltijden aan huis",
    "wandelgroepen in het park",
    "een buddyproject",
    "de vraag achter de vraag",
    "jongeren die zich anders voelen",
    "statushouders en nieuwe buren",
    "mensen met schulden",
    "een café voor mantelzorgers",
    "de overgang naar het pensioen",
]
TAILS = [
    "samen met de huisartsenpraktijk",
    "vanuit het sociaal domein",
    "met steun van de gemeente",
    "in nauwe samenwerking met vrijwilligers",
    "op een laagdrempelige manier",
    "zonder wachtlijst",
    "in Zoetermeer, Den Haag en Delft",
    "voor wie dat wil",
    "met een knipoog",
    "sinds vorig jaar",
    "ook in het weekend",
    "zodat niemand tussen wal en schip valt",
]
REMARKS = [
    "Dat werkt echt",
    "Daar is meer geld voor nodig",
    "Begin klein en houd het vol",
    "Vraag door, ook als het ongemakkelijk wordt",
    "Eenzaamheid zie je niet aan de buitenkant",
    "Zet de deur open en blijf nieuwsgierig",
]
GIVEN = [
    "Anouk",
    "Bram",
    "Chloë",
    "Daan",
    "Eline",
    "Fatma",
    "Gülşen",
    "Hüseyin",
    "Inès",
    "Jeroen",
    "Kübra",
    "Loïs",
    "Maëlle",
    "Noël",
    "Özlem",
    "René",
]
FAMILY = [
    "de Vries",
    "van Dijk",
    "Yılmaz",
    "Öztürk",
    "Janssen",
    "van den Berg",
    "Çelik",
    "Bakker",
    "Müller",
    "Smit",
    "Şahin",
    "Boëthius",
]
ORGANISATIONS = [
    "Stichting Welzijn",
    "Gemeente Zoetermeer",
    "Humanitas",
    "Het Rode Kruis",
    "Zonnebloem",
    "Buurtzorg",
    "Coöperatie Zorg Dichtbij",
    "Vereniging Ouderen Één",
]
TAGS = ["eenzaamheid", "mantelzorg", "jongeren", "schulden", "vrijwilligers", "zingeving", "wonen", "gezond"]


def sentence(rng: random.Random) -> str:
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    if rng.random() < 0.35:
        text += f" ‘{rng.choice(REMARKS)}’, aldus {rng.choice(GIVEN)}."
    return text


def contribution_text(rng: random.Random) -> str:
    """One to three sentences: what a table says in one go."""
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))


def person_name(index: int) -> str:
    """A distinct name for every index (a number is added after the first 192)."""
    given, rest = index % len(GIVEN), index // len(GIVEN)
    name = f"{GIVEN[given]} {FAMILY[(rest + index) % len(FAMILY)]}"
    return name if rest < len(FAMILY) else f"{name} {rest // len(FAMILY) + 1}"


def photo_jpeg(rng: random.Random, width: int = 1600, height: int = 1067) -> bytes:
    """A camera-sized JPEG with shapes on it (so it compresses like a photo, not like a flat colour)."""
    image = Image.new("RGB", (width, height), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(width), rng.randrange(height)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(20, 300), y + rng.randrange(20, 300)), fill=colour)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


@dataclass(frozen=True)
class Capture:
    """One contribution as the facilitator types it: text and, sometimes, who said it."""

    text: str
    person: str
    organisation: str


def capture_script(count: int, seed: int = SEED) -> list[Capture]:
    """What a facilitator types, ``count`` times: 30 % with a name, half with an organisation."""
    rng = random.Random(seed)
    script = []
    for _ in range(count):
        person = person_name(rng.randrange(40)) if rng.random() < 0.3 else ""
        organisation = rng.choice(ORGANISATIONS) if rng.random() < 0.5 else ""
        script.append(Capture(contribution_text(rng), person, organisation))
    return script


def build_event(session: Session, shape: Shape, *, seed: int = SEED, title: str = "") -> int:
    """Store an event of ``shape``; returns its id. Committed."""
    rng = random.Random(seed)
    event = Event(
        title=title or f"Praktijktafel met {shape.contributions:,} bijdragen".replace(",", "."),
        event_date=DAY,
        start_time=dt.time(9, 30),
        end_time=dt.time(16, 0),
        venue="Stadhuis",
        city="Zoetermeer",
        purpose=" ".join(sentence(rng) for _ in range(2)),
        lead=" ".join(sentence(rng) for _ in range(5)),
        conclusion=" ".join(sentence(rng) for _ in range(4)),
        background_heading="Achtergrond",
        background_text=" ".join(sentence(rng) for _ in range(6)),
        report_status=ReportStatus.FINAL,
    )
    session.add(event)
    organisations = [Organisation(event=event, name=n, name_key=name_key(n)) for n in ORGANISATIONS]
    people = [
        Person(
            event=event,
            name=person_name(index),
            name_key=name_key(person_name(index)),
            role="ervaringsdeskundige" if index % 4 == 0 else "beleidsmedewerker",
            consent_to_name=index % 3 != 0,
            organisation=organisations[index % len(organisations)],
        )
        for index in range(shape.people)
    ]
    for index in range(shape.talks):
        narrative = "\n\n".join(" ".join(sentence(rng) for _ in range(4)) for _ in range(3))
        event.programme.append(
            ProgrammeItem(
                kind=ProgrammeKind.TALK,
                heading=f"{rng.choice(SUBJECTS)} over {rng.choice(OBJECTS)}",
                narrative=narrative,
                position=index,
            )
        )
    tables = [
        EventTable(event=event, name=f"Tafel {n + 1}", host=people[n % len(people)], position=n)
        for n in range(shape.tables)
    ]
    rounds = []
    for index in range(shape.rounds):
        item = ProgrammeItem(
            kind=ProgrammeKind.ROUNDTABLE,
            heading=f"Rondetafelgesprek {index + 1}",
            position=shape.talks + index,
        )
        event.programme.append(item)
        rounds.append(
            Round(
                event=event,
                title=f"Ronde {index + 1}",
                question=f"Hoe bereiken we {rng.choice(OBJECTS)}?",
                intro=sentence(rng),
                programme_item=item,
                position=index,
            )
        )
    tags = [Tag(event=event, name=t, name_key=name_key(t)) for t in TAGS]
    session.add_all([*organisations, *people, *tables, *rounds, *tags])
    session.flush()
    _insert_contributions(session, rng, event.id, shape, rounds, tables, people, organisations, tags)
    session.commit()
    for index in range(shape.photos):
        add_photo(
            session,
            event,
            photo_jpeg(rng),
            f"foto-{index + 1}.jpg",
            caption=f"Foto {index + 1}: {rng.choice(OBJECTS)}",
            credit="Fotografie: Noël Çelik",
            consent=True,
            after_item=event.programme[index % shape.talks] if shape.talks else None,
        )
    return event.id


def _insert_contributions(
    session: Session,
    rng: random.Random,
    event_id: int,
    shape: Shape,
    rounds: list[Round],
    tables: list[EventTable],
    people: list[Person],
    organisations: list[Organisation],
    tags: list[Tag],
) -> None:
    table = Contribution.__table__
    assert isinstance(table, Table)
    start = dt.datetime(2018, 2, 20, 9, 30, tzinfo=dt.UTC)
    rows = []
    for r, round_ in enumerate(rounds):
        position = 0
        for event_table in tables:
            for n in range(shape.per_table):
                person = rng.choice(people) if rng.random() < 0.3 else None
                moment = start + dt.timedelta(hours=r, seconds=n * 20 + event_table.position)
                rows.append(
                    {
                        "event_id": event_id,
                        "round_id": round_.id,
                        "table_id": event_table.id,
                        "text": contribution_text(rng),
                        "report_text": None,
                        "person_id": person.id if person else None,
                        "organisation_id": rng.choice(organisations).id if rng.random() < 0.5 else None,
                        "highlighted": rng.random() < 0.01,
                        "position": position,
                        "created_at": moment,
                        "updated_at": moment,
                    }
                )
                position += 1
    if not rows:
        return
    session.execute(insert(table), rows)
    ids = session.scalars(
        select(Contribution.id).where(Contribution.event_id == event_id).order_by(Contribution.id)
    )
    links = [{"contribution_id": cid, "tag_id": rng.choice(tags).id} for cid in ids if rng.random() < 0.05]
    if links:
        session.execute(insert(contribution_tag), links)
