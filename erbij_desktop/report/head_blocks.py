"""The head of the article as blocks: kicker (date and place), title with the headline quote,
the lead (the facilitator's, or one composed from the event's own fields) and the byline.
"""

from __future__ import annotations

from erbij_desktop.domain.privacy import PublicEvent

from .blocks import Block, Byline, Kicker, Lead, Title
from .i18n import Labels, format_date, join_names
from .text_rules import quoted


def head_blocks(view: PublicEvent, labels: Labels) -> list[Block]:
    out: list[Block] = []
    kicker = "  ·  ".join(
        part
        for part in (format_date(view.event_date, view.language) if view.event_date else "", place(view))
        if part
    )
    if kicker:
        out.append(Kicker(kicker))
    out.append(Title(view.title, headline(view)))
    lead = view.lead or compose_lead(view, labels)
    if lead:
        out.append(Lead(lead))
    byline = _byline(view, labels)
    if byline:
        out.append(Byline(byline))
    return out


def headline(view: PublicEvent) -> str:
    if view.headline is None or not view.headline.text.strip():
        return ""
    return quoted(view.headline.text, drop_final_period=True)


def place(view: PublicEvent) -> str:
    if view.venue and view.city and view.city.casefold() not in view.venue.casefold():
        return f"{view.venue}, {view.city}"
    return view.venue or view.city


def attendance(view: PublicEvent, labels: Labels) -> str:
    """'ruim honderd aanwezigen' as written, else '100 aanwezigen' from the count."""
    if view.attendance_text.strip():
        return view.attendance_text.strip()
    count = view.attendance_actual or view.attendance_expected
    return labels.attendance.format(count=count) if count else ""


def compose_lead(view: PublicEvent, labels: Labels) -> str:
    """A lead from the event's fields when the facilitator wrote none."""
    where = place(view)
    place_text = labels.lead_place.format(place=where) if where else ""
    title = view.title or ""
    if view.event_date is not None:
        when = labels.lead_on_date.format(
            date=format_date(view.event_date, view.language), title=title, place=place_text
        )
    elif title or where:
        when = labels.lead_undated.format(title=title, place=place_text)
    else:
        when = ""
    sentences = [when[:1].upper() + when[1:]] if when.strip(" .") else []
    if view.organisers:
        sentences.append(labels.lead_organisers.format(names=join_names(view.organisers, view.language)))
    if view.purpose:
        purpose = view.purpose.rstrip()
        sentences.append(labels.lead_purpose.format(purpose=purpose) + ("" if purpose.endswith(".") else "."))
    if view.attendance_text.strip():
        sentences.append(labels.lead_attendance_text.format(text=view.attendance_text.strip()))
    elif view.attendance_actual:
        sentences.append(labels.lead_attendance.format(count=view.attendance_actual))
    elif view.attendance_expected:
        sentences.append(labels.lead_attendance_expected.format(count=view.attendance_expected))
    return " ".join(sentences)


def _byline(view: PublicEvent, labels: Labels) -> str:
    parts = []
    if view.organisers:
        parts.append(labels.organisers.format(names=join_names(view.organisers, view.language)))
    if view.chair:
        parts.append(labels.chair.format(name=view.chair))
    count = attendance(view, labels)
    if count:
        parts.append(count)
    return "  ·  ".join(parts)
