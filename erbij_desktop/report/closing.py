"""The end of the article: material placed nowhere in particular, the
conclusion, the background section as a shaded box, and the publication dates.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from erbij_desktop.domain.privacy import PublicEvent

from .body import photo_flowables
from .flowables import figure_box, para, pull_quote, shaded_box, text_block
from .i18n import Labels, format_date
from .styles import Styles
from .text_rules import quotes_outside


def closing_flowables(view: PublicEvent, st: Styles, labels: Labels) -> list[Flowable]:
    out: list[Flowable] = []
    everything = "\n".join(
        [view.lead, view.conclusion, *(i.narrative for i in view.items), *(r.intro for r in view.rounds)]
    )
    for quote in quotes_outside(everything, view.loose_quotes):
        out.append(pull_quote(quote, st))
    if view.loose_figures:
        out.append(figure_box(view.loose_figures, st, labels))
    out.extend(photo_flowables(view.loose_photos, st, labels))
    if view.conclusion.strip():
        conclusion = text_block(view.conclusion, st)
        if conclusion:
            conclusion.insert(0, Spacer(1, 6))
        out.extend(conclusion)
    if view.background_heading.strip() or view.background_text.strip():
        out.append(shaded_box(view.background_heading, view.background_text, st))
    dates = _dates(view, labels)
    if dates:
        out.append(KeepTogether([Spacer(1, 8), *(para(line, st.dates) for line in dates)]))
    return out


def _dates(view: PublicEvent, labels: Labels) -> list[str]:
    lines = []
    if view.published_on is not None:
        lines.append(labels.published.format(date=format_date(view.published_on, view.language)))
    if view.modified_on is not None:
        lines.append(labels.modified.format(date=format_date(view.modified_on, view.language)))
    return lines
