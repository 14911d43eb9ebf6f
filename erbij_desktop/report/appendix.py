"""The appendix: every contribution, by round and by table, and the
organisations present. Starts on a fresh page after the article.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from erbij_desktop.domain.privacy import PublicContribution, PublicEvent, PublicRound

from .flowables import para, small
from .fonts import SANS
from .i18n import Labels
from .markup import literal, rich
from .page import BODY
from .styles import Styles
from .tagging import StructNode
from .text_rules import quoted, source_of


def appendix_flowables(view: PublicEvent, st: Styles, labels: Labels, root: StructNode) -> list[Flowable]:
    total = sum(len(r.contributions) for r in view.rounds)
    section = root.child("Sect")
    out: list[Flowable] = [NextPageTemplate(BODY), PageBreak()]
    out.append(para(labels.appendix, st.appendix_title, section.child("H2"), bookmark=(labels.appendix, 0)))
    out.append(para(labels.appendix_intro.format(count=total), st.appendix_intro, section.child("P")))
    for number, public_round in enumerate(view.rounds, start=1):
        out.extend(_round(number, public_round, view, st, labels, section))
    if view.organisations:
        out.append(para(labels.organisations_present, st.appendix_round, section.child("H3")))
        listing = section.child("L")
        out.extend(
            para(name, st.appendix_organisation, listing.child("LI").child("LBody"))
            for name in view.organisations
        )
    return out


def _round(
    number: int, public_round: PublicRound, view: PublicEvent, st: Styles, labels: Labels, section: StructNode
) -> list[Flowable]:
    title = labels.appendix_round.format(number=number, title=public_round.title)
    out: list[Flowable] = [para(title, st.appendix_round, section.child("H3"), bookmark=(title, 1))]
    if public_round.question.strip():
        out.append(para(quoted(public_round.question), st.appendix_question, section.child("P")))
    if not public_round.contributions:
        out.append(para(labels.no_contributions, st.appendix_intro, section.child("P")))
        return out
    groups: dict[int | None, list[PublicContribution]] = {}
    for contribution in public_round.contributions:
        groups.setdefault(contribution.table_id, []).append(contribution)
    known = {t.id: t for t in view.tables}
    order: list[int | None] = [t.id for t in view.tables if t.id in groups]
    order += [key for key in groups if key not in known]
    for key in order:
        table = known.get(key) if key is not None else None
        name = table.name if table is not None else groups[key][0].table
        heading = rich(name or labels.no_table, bold_text=True)
        if table is not None and table.host:
            heading = (
                heading + literal("  ") + small(labels.host.format(name=table.host), font=SANS, size=7.6)
            )
        out.append(para(heading, st.appendix_table, section.child("P")))
        listing = section.child("L")
        out.extend(_item(c, st, listing) for c in groups[key])
    return out


def _item(contribution: PublicContribution, st: Styles, listing: StructNode) -> Flowable:
    """One contribution; its source follows in the same face, which keeps 3,000 of them fast to set."""
    source = source_of(contribution)
    text = contribution.text_for_report
    # The appendix is not hyphenated: what is painted reads as written, no ActualText needed.
    body = listing.child("LI").child("LBody")
    return para(f"{text} — {source}" if source else text, st.appendix_item, body, bullet="–", spoken=False)
