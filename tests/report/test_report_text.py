"""Any text renders literally: markup-like input, scripts, emoji, huge texts; empty parts lay out."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from report_helpers import pdf_pages, pdf_text, squash
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph as rl_paragraph
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ProgrammeKind, ReportStatus
from erbij_desktop.domain.events import create_event
from erbij_desktop.domain.models import Contribution, Event, ProgrammeItem, Quote, Round
from erbij_desktop.report.article import render_report
from erbij_desktop.report.fonts import ARABIC, HEBREW, register_fonts
from erbij_desktop.report.markup import escape, needs_shaping, rich

LITERALS = [
    "Kosten < baten & meer",
    "<b>niet vet</b>",
    "<font name=x>geen lettertype</font>",
    "<para>los</para> <br/> &amp; &lt; &#65;",
    "‘ongebalanceerd en “half en 'enkel",
    "Türkçe: şeker, ğ, ı, İstanbul",
]


def _event(session: Session, **fields: object) -> Event:
    return create_event(session, "Tekstproef", event_date=dt.date(2024, 1, 2), **fields)


def _round_with(session: Session, event: Event, texts: list[str], *, highlighted: bool = True) -> Round:
    round_ = Round(event=event, title="Ronde", question="Wat werkt?")
    session.add(round_)
    session.flush()
    for position, text in enumerate(texts):
        session.add(
            Contribution(event=event, round=round_, text=text, highlighted=highlighted, position=position)
        )
    session.commit()
    return round_


def test_markup_like_text_prints_literally(session: Session) -> None:
    event = _event(session, lead=" ".join(LITERALS), conclusion=LITERALS[1])
    _round_with(session, event, LITERALS)
    text = pdf_text(render_report(session, event))
    for literal in LITERALS:
        assert literal in text, literal


def test_escape_leaves_no_markup_and_drops_xml_invalid_characters() -> None:
    assert escape("<b>&x</b>") == "&lt;b&gt;&amp;x&lt;/b&gt;"
    assert escape("a\x00b\x0bc\ufffe") == "abc"
    assert escape("een\ntwee") == "een<br/>twee"


def test_a_20000_character_contribution_flows_over_pages(session: Session) -> None:
    event = _event(session)
    words = " ".join(f"woord{i}" for i in range(2700))
    assert len(words) > 20_000
    _round_with(session, event, [words, "x" * 20_000])
    text = pdf_text(render_report(session, event))
    assert "woord0 woord1" in text and "woord2699" in text
    assert text.count("x") >= 20_000


def test_emoji_and_unsupported_scripts_lay_out(session: Session) -> None:
    event = _event(session, lead="Feest 🎉👍🏽 met 中文 en ⚽")
    _round_with(session, event, ["Top 👍", "🙂" * 500])
    data = render_report(session, event)
    assert "Feest" in pdf_text(data)


def test_right_to_left_runs_get_their_font_and_shaping_only_where_needed() -> None:
    assert not needs_shaping("Gewone tekst met ş en é")
    plain = rich("Gewone tekst")
    assert not plain.shaping and "<font" not in plain.text
    arabic = rich("Hij zei مرحبا بكم & ging <weg>")
    assert arabic.shaping
    assert f'<font name="{ARABIC}">مرحبا</font> <font name="{ARABIC}">بكم</font>' in arabic.text
    # A word never mixes fonts (ReportLab shapes a word with one font): quote marks the
    # Arabic font lacks are split off and stay in the running font.
    quoted = rich("‘مرحبا’")
    assert quoted.text == f'‘\u200a<font name="{ARABIC}">مرحبا</font>\u200a’'
    assert rich("معا.").text == f'<font name="{ARABIC}">معا.</font>'  # it has the full stop
    assert "&amp;" in arabic.text and "&lt;weg&gt;" in arabic.text
    hebrew = rich("שלום עולם", bold_text=True)
    assert hebrew.shaping and f'name="{HEBREW}-Bold"' in hebrew.text


def test_only_paragraphs_with_right_to_left_text_are_shaped(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    shaped: list[str] = []
    original = rl_paragraph.shapeFragWord

    def counting(word: list[object], *args: object, **kwargs: object) -> object:
        shaped.append("".join(str(part[1]) for part in word[1:] if isinstance(part, tuple)))
        return original(word, *args, **kwargs)

    monkeypatch.setattr(rl_paragraph, "shapeFragWord", counting)
    event = _event(session, lead="Een gewone inleiding.")
    round_ = _round_with(session, event, ["Nederlandse bijdrage zonder bijzonderheden."])
    render_report(session, event)
    assert shaped == []
    session.add(
        Contribution(event=event, round=round_, text="مرحبا بكم في اللقاء", highlighted=True, position=9)
    )
    session.add(Contribution(event=event, round=round_, text="שלום לכולם", highlighted=True, position=10))
    session.commit()
    data = render_report(session, event)
    assert shaped and all("Nederlandse" not in word for word in shaped)
    assert b"NotoSansArabic" in data and b"NotoSansHebrew" in data


def test_discretionary_ligatures_are_off() -> None:
    register_fonts()
    defaults = [d for d in ttfonts.shapeFragWord.__defaults__ or () if isinstance(d, dict)]
    assert defaults and defaults[0]["dlig"] is False
    assert defaults[0]["liga"] is True  # required and standard ligatures stay


def test_empty_rounds_and_no_highlights_still_lay_out(session: Session) -> None:
    event = _event(session)
    item = ProgrammeItem(kind=ProgrammeKind.ROUNDTABLE, heading="")
    event.programme.append(item)
    session.flush()
    session.add(Round(event=event, title="Lege ronde", question="Iemand?", programme_item=item))
    _round_with(session, event, ["Niet uitgelicht"], highlighted=False)
    session.add(Round(event=event, title="", question=""))
    session.commit()
    text = pdf_text(render_report(session, event, appendix=True))
    assert "Rondetafelgesprek: Lege ronde" in text
    assert "Rondetafelgesprek: Ronde" in text
    assert "Een greep uit de bijdragen" not in text
    assert "Niet uitgelicht" in text  # in the appendix only
    assert text.index("Niet uitgelicht") > text.index("Bijlage: alle bijdragen")
    assert "Geen bijdragen vastgelegd." in text


def test_an_event_with_only_a_title_renders(session: Session) -> None:
    event = create_event(session, "Alleen een titel")
    data = render_report(session, event, appendix=True)
    assert "Alleen een titel" in pdf_text(data)
    assert all(page.endswith("CONCEPT") for page in pdf_pages(data))  # drawn over the page, last


def test_composed_lead_when_the_facilitator_wrote_none(session: Session) -> None:
    event = _event(
        session,
        venue="Jaarbeurs",
        city="Utrecht",
        purpose="uitwisselen over eenzaamheid",
        attendance_actual=80,
        report_status=ReportStatus.FINAL,
    )
    text = pdf_text(render_report(session, event))
    assert (
        "Op 2 januari 2024 vond Tekstproef plaats in Jaarbeurs, Utrecht. "
        "Het doel: uitwisselen over eenzaamheid. Er waren 80 aanwezigen." in text
    )


def test_quotes_outside_the_narrative_are_set_apart_with_attribution(session: Session) -> None:
    event = _event(session)
    item = ProgrammeItem(kind=ProgrammeKind.TALK, heading="Toespraak", narrative="Ze sprak over buren.")
    event.programme.append(item)
    session.flush()
    session.add(Quote(event=event, programme_item=item, text="‘Buren zijn goud waard.’"))
    session.add(Quote(event=event, programme_item=item, text="Ze sprak over buren"))
    session.commit()
    text = pdf_text(render_report(session, event))
    assert "‘Buren zijn goud waard.’" in text  # quoted once, not ‘‘…’’
    assert text.count("Ze sprak over buren") == 1  # already in the narrative: not repeated


def test_unlinked_rounds_follow_the_programme(session: Session) -> None:
    event = _event(session, conclusion="Tot slot.")
    event.programme.append(ProgrammeItem(kind=ProgrammeKind.TALK, heading="Eerste", narrative="Een."))
    session.commit()
    _round_with(session, event, ["Losse bijdrage"])
    text = squash(pdf_text(render_report(session, event)))
    assert text.index("Eerste") < text.index("Losse bijdrage") < text.index("Tot slot.")


def test_report_bytes_are_a_pdf(session: Session) -> None:
    data = render_report(session, _event(session))
    assert io.BytesIO(data).read(5) == b"%PDF-"
