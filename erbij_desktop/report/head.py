"""The head of the article on page one, across both columns: optional logo, a
kicker with date and place, the title with the headline quote, the bold lead
and a byline with the organisers.
"""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, Image

from erbij_desktop.domain.privacy import PublicEvent

from . import images
from .flowables import para, rule
from .i18n import Labels, format_date, join_names
from .markup import Markup, literal, rich
from .styles import ACCENT, Styles
from .text_rules import quoted

LOGO_HEIGHT = 38.0
LOGO_MAX_WIDTH = 150.0


def head_flowables(view: PublicEvent, st: Styles, labels: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    logo = _logo(view)
    if logo is not None:
        out.append(logo)
    kicker = _kicker(view, labels)
    if kicker:
        out.append(para(kicker.upper(), st.kicker))
    out.append(para(title_markup(view), st.title))
    lead = view.lead or compose_lead(view, labels)
    if lead:
        out.append(para(lead, st.lead))
    byline = _byline(view, labels)
    if byline:
        out.append(para(byline, st.byline))
    out.append(rule(thickness=0.8))
    return out


def title_markup(view: PublicEvent) -> Markup:
    """'Title: ‘headline quote’' with the quote in the accent colour."""
    title = rich(view.title, bold_text=True)
    if view.headline is None or not view.headline.text.strip():
        return title
    quote = rich(quoted(view.headline.text, drop_final_period=True), bold_text=True)
    coloured = Markup(f'<font color="#{ACCENT.hexval()[2:]}">{quote.text}</font>', quote.shaping)
    if not view.title.strip():
        return coloured
    separator = " " if view.title.rstrip().endswith((":", "?", "!")) else ": "
    return title + literal(separator) + coloured


def compose_lead(view: PublicEvent, labels: Labels) -> str:
    """A lead from the event's fields when the facilitator wrote none."""
    place = _place(view)
    place_text = labels.lead_place.format(place=place) if place else ""
    title = view.title or ""
    if view.event_date is not None:
        when = labels.lead_on_date.format(
            date=format_date(view.event_date, view.language), title=title, place=place_text
        )
    elif title or place:
        when = labels.lead_undated.format(title=title, place=place_text)
    else:
        when = ""
    sentences = [when[:1].upper() + when[1:]] if when.strip(" .") else []
    if view.organisers:
        sentences.append(labels.lead_organisers.format(names=join_names(view.organisers, view.language)))
    if view.purpose:
        purpose = view.purpose.rstrip()
        sentences.append(labels.lead_purpose.format(purpose=purpose) + ("" if purpose.endswith(".") else "."))
    if view.attendance_actual:
        sentences.append(labels.lead_attendance.format(count=view.attendance_actual))
    elif view.attendance_expected:
        sentences.append(labels.lead_attendance_expected.format(count=view.attendance_expected))
    return " ".join(sentences)


def _place(view: PublicEvent) -> str:
    if view.venue and view.city and view.city.casefold() not in view.venue.casefold():
        return f"{view.venue}, {view.city}"
    return view.venue or view.city


def _kicker(view: PublicEvent, labels: Labels) -> str:
    parts = []
    if view.event_date is not None:
        parts.append(format_date(view.event_date, view.language))
    place = _place(view)
    if place:
        parts.append(place)
    return "  ·  ".join(parts)


def _byline(view: PublicEvent, labels: Labels) -> str:
    parts = []
    if view.organisers:
        parts.append(labels.organisers.format(names=join_names(view.organisers, view.language)))
    if view.chair:
        parts.append(labels.chair.format(name=view.chair))
    count = view.attendance_actual or view.attendance_expected
    if count:
        parts.append(labels.attendance.format(count=count))
    return "  ·  ".join(parts)


def _logo(view: PublicEvent) -> Flowable | None:
    if not view.logo:
        return None
    prepared = images.prepare(view.logo)
    if prepared is None or prepared.width <= 0 or prepared.height <= 0:
        return None
    height = LOGO_HEIGHT
    width = height * prepared.width / prepared.height
    if width > LOGO_MAX_WIDTH:
        width = LOGO_MAX_WIDTH
        height = width * prepared.height / prepared.width
    logo = Image(io.BytesIO(prepared.data), width=width, height=height, hAlign="RIGHT")
    logo.spaceAfter = 4
    return logo
