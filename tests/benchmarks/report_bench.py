"""Report speed, measured against a bare ReportLab script in the same run.

    python tests/benchmarks/report_bench.py

Targets (issue 5): the demo report renders in under a second; an event with
40 tables x 3 rounds x 25 contributions (3,000) and 20 photos renders in at
most 1.5x the time a bare ReportLab script needs to lay out the same
paragraphs with the same font. The bare script gets the texts ready-made and
escaped; the report pays for everything a user waits for: loading the event,
applying consent, building the article and laying it out.

Not collected by pytest (tests/benchmarks is excluded); ``main()`` returns 0
when the targets are met, 1 otherwise, for a benchmark runner.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph  # noqa: E402
from reportlab.platypus import Image as RLImage  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from erbij_desktop.domain.enums import ProgrammeKind, ReportStatus  # noqa: E402
from erbij_desktop.domain.models import (  # noqa: E402
    Contribution,
    Event,
    EventTable,
    Organisation,
    Person,
    Photo,
    ProgrammeItem,
    Round,
)
from erbij_desktop.domain.privacy import PublicEvent, public_view  # noqa: E402
from erbij_desktop.domain.text import name_key  # noqa: E402
from erbij_desktop.report import images  # noqa: E402
from erbij_desktop.report.article import render_report  # noqa: E402
from erbij_desktop.report.markup import escape  # noqa: E402
from erbij_desktop.report.styles import (  # noqa: E402
    COLUMN_WIDTH,
    GUTTER,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_HEIGHT,
    styles,
)
from erbij_desktop.report.text_rules import paragraphs, source_of  # noqa: E402
from erbij_desktop.storage.archive_demo import import_demo  # noqa: E402
from erbij_desktop.storage.database import open_database  # noqa: E402

TABLES, ROUNDS, PER_TABLE, PHOTOS = 40, 3, 25, 20
RATIO_TARGET = 1.5
DEMO_TARGET = 1.0
REPEAT = 5

_SUBJECTS = [
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
]
_VERBS = [
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
]
_OBJECTS = [
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
]
_TAILS = [
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
]
_GIVEN = [
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
]
_FAMILY = [
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
]
_ORGS = ["Stichting Welzijn", "Gemeente Zoetermeer", "Humanitas", "Het Rode Kruis", "Zonnebloem", "Buurtzorg"]


def _sentence(rng: random.Random) -> str:
    parts = [rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS), rng.choice(_TAILS)]
    text = " ".join(parts) + "."
    if rng.random() < 0.4:
        text += f" ‘{rng.choice(_OBJECTS).capitalize()} werkt echt’, aldus {rng.choice(_GIVEN)}."
    return text


def _photo(rng: random.Random, index: int) -> bytes:
    image = Image.new("RGB", (1600, 1067), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randrange(1600), rng.randrange(1067)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(20, 300), y + rng.randrange(20, 300)), fill=colour)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def build_large_event(session: Session, seed: int = 2018) -> Event:
    """40 tables x 3 rounds x 25 contributions, 20 photos; people with and without consent."""
    rng = random.Random(seed)
    event = Event(title="Benchmark: praktijktafel met 3.000 bijdragen", report_status=ReportStatus.FINAL)
    event.lead = " ".join(_sentence(rng) for _ in range(5))
    event.conclusion = " ".join(_sentence(rng) for _ in range(4))
    event.background_heading = "Achtergrond"
    event.background_text = " ".join(_sentence(rng) for _ in range(6))
    session.add(event)
    organisations = [Organisation(event=event, name=n, name_key=name_key(n)) for n in _ORGS]
    people = []
    for index in range(60):
        name = f"{_GIVEN[index % len(_GIVEN)]} {_FAMILY[(index * 7) % len(_FAMILY)]} {index}"
        people.append(
            Person(
                event=event,
                name=name,
                name_key=name_key(name),
                role="ervaringsdeskundige",
                consent_to_name=index % 3 != 0,
                organisation=organisations[index % len(organisations)],
            )
        )
    for index in range(8):
        narrative = "\n\n".join(" ".join(_sentence(rng) for _ in range(4)) for _ in range(3))
        event.programme.append(
            ProgrammeItem(kind=ProgrammeKind.TALK, heading=f"Onderdeel {index + 1}", narrative=narrative)
        )
    tables = [
        EventTable(event=event, name=f"Tafel {n + 1}", host=people[n % len(people)]) for n in range(TABLES)
    ]
    rounds = []
    for index in range(ROUNDS):
        item = ProgrammeItem(kind=ProgrammeKind.ROUNDTABLE, heading=f"Rondetafelgesprek {index + 1}")
        event.programme.append(item)
        rounds.append(
            Round(
                event=event,
                title=f"Ronde {index + 1}",
                question=f"Vraag {index + 1}: {rng.choice(_OBJECTS)}?",
                intro=_sentence(rng),
                programme_item=item,
                position=index,
            )
        )
    session.add_all([*organisations, *people, *tables, *rounds])
    session.flush()
    position = 0
    for round_ in rounds:
        for table in tables:
            for _ in range(PER_TABLE):
                person = rng.choice(people) if rng.random() < 0.3 else None
                session.add(
                    Contribution(
                        event=event,
                        round=round_,
                        table=table,
                        text=" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))),
                        person=person,
                        organisation=rng.choice(organisations) if rng.random() < 0.5 else None,
                        highlighted=rng.random() < 0.01,
                        position=position,
                    )
                )
                position += 1
    for index in range(PHOTOS):
        data = _photo(rng, index)
        event.photos.append(
            Photo(
                image=data,
                mime="image/jpeg",
                sha256=hashlib.sha256(data).hexdigest(),
                width=1600,
                height=1067,
                caption=f"Foto {index + 1}: {rng.choice(_OBJECTS)}",
                credit="Benchmark",
                consent=True,
                after_item=event.programme[index % 8],
            )
        )
    session.commit()
    return event


def report_texts(view: PublicEvent) -> list[tuple[str, str]]:
    """(text, style name) of the paragraphs the report with appendix prints, for the bare script."""
    body: list[str] = [view.title, view.lead]
    for item in view.items:
        body.append(item.heading)
        body.extend(paragraphs(item.narrative))
        for round_ in item.rounds:
            body += [round_.intro, round_.question, *(c.text_for_report for c in round_.highlights)]
        body.extend(p.caption for p in item.photos)
    body += [*paragraphs(view.conclusion), view.background_heading, *paragraphs(view.background_text)]
    appendix: list[str] = []
    for round_ in view.rounds:
        appendix += [round_.title, round_.question]
        appendix += [f"{c.text_for_report} — {source_of(c)}" for c in round_.contributions]
    return [(t, "body") for t in body if t] + [(t, "appendix_item") for t in appendix if t]


def bare_reportlab(texts: list[tuple[str, str]], photos: list[bytes]) -> bytes:
    """The baseline: the same paragraphs and photos, same fonts and columns, no article logic."""
    sheet = styles()
    frames = [
        Frame(MARGIN_LEFT + i * (COLUMN_WIDTH + GUTTER), MARGIN_BOTTOM, COLUMN_WIDTH, TEXT_HEIGHT, id=f"c{i}")
        for i in range(2)
    ]
    out = io.BytesIO()
    document = BaseDocTemplate(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    document.addPageTemplates([PageTemplate("p", frames)])
    story: list[object] = [Paragraph(escape(text), getattr(sheet, style)) for text, style in texts]
    for data in photos:
        story.append(RLImage(io.BytesIO(data), width=COLUMN_WIDTH, height=COLUMN_WIDTH * 1067 / 1600))
    document.build(story)
    return out.getvalue()


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="erbij-bench-") as folder:
        database = open_database(str(Path(folder) / "bench.sqlite"))
        try:
            with database.session() as session:
                demo, _ = import_demo(session)
                demo_cold = timed(lambda: render_report(session, demo))
                demo_warm = min(timed(lambda: render_report(session, demo)) for _ in range(REPEAT))

                event = build_large_event(session)
                view = public_view(session, event)
                texts = report_texts(view)
                photos = [p.image for item in view.items for p in item.photos]

                def ours(appendix: bool) -> object:
                    session.expire_all()  # read everything from the database again, like a fresh render
                    images.clear_cache()
                    return render_report(session, event, appendix=appendix)

                # Interleaved, best of several: the machine is shared, the minimum is the honest figure.
                bare, report, article = [], [], []
                for _ in range(REPEAT):
                    bare.append(timed(lambda: bare_reportlab(texts, photos)))
                    report.append(timed(lambda: ours(True)))
                    article.append(timed(lambda: ours(False)))
        finally:
            database.close()

    ratio = min(report) / min(bare)
    print(
        f"demo report, first render (fonts load)  {demo_cold * 1000:8.0f} ms   target < {DEMO_TARGET:.0f} s"
    )
    print(f"demo report, warm                       {demo_warm * 1000:8.0f} ms")
    print(f"{TABLES * ROUNDS * PER_TABLE:,} contributions: {len(texts)} paragraphs, {len(photos)} photos")
    print(f"  bare ReportLab script                 {min(bare) * 1000:8.0f} ms")
    print(f"  Erbij report with appendix            {min(report) * 1000:8.0f} ms")
    print(f"  Erbij report, article only            {min(article) * 1000:8.0f} ms")
    print(f"  ratio report / bare                   {ratio:8.2f} x   target <= {RATIO_TARGET}")
    ok = demo_cold < DEMO_TARGET and ratio <= RATIO_TARGET
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
