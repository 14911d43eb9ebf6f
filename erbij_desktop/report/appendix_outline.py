"""The appendix (every contribution by round and table, the organisations) as plain sections,
for the HTML and Word exports; the PDF sets the same in its own narrow columns (report.appendix).
"""

from __future__ import annotations

from dataclasses import dataclass

from erbij_desktop.domain.privacy import PublicContribution, PublicEvent

from .i18n import labels as labels_for
from .text_rules import quoted, source_of


@dataclass(frozen=True)
class Section:
    heading: str
    intro: str
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (table and host, contributions)


def appendix_sections(view: PublicEvent) -> list[Section]:
    labels = labels_for(view.language)
    total = sum(len(r.contributions) for r in view.rounds)
    out = [Section(labels.appendix, labels.appendix_intro.format(count=total), ())]
    known = {t.id: t for t in view.tables}
    for number, public_round in enumerate(view.rounds, start=1):
        heading = labels.appendix_round.format(number=number, title=public_round.title)
        question = quoted(public_round.question) if public_round.question.strip() else ""
        if not public_round.contributions:
            out.append(Section(heading, " ".join(p for p in (question, labels.no_contributions) if p), ()))
            continue
        by_table: dict[int | None, list[PublicContribution]] = {}
        for contribution in public_round.contributions:
            by_table.setdefault(contribution.table_id, []).append(contribution)
        order: list[int | None] = [t.id for t in view.tables if t.id in by_table]
        order += [key for key in by_table if key not in known]
        groups = []
        for key in order:
            table = known.get(key) if key is not None else None
            name = table.name if table is not None else by_table[key][0].table
            title = name or labels.no_table
            if table is not None and table.host:
                title = f"{title} · {labels.host.format(name=table.host)}"
            groups.append((title, tuple(_line(c) for c in by_table[key])))
        out.append(Section(heading, question, tuple(groups)))
    if view.organisations:
        out.append(Section(labels.organisations_present, "", (("", view.organisations),)))
    return out


def _line(contribution: PublicContribution) -> str:
    source = source_of(contribution)
    text = contribution.text_for_report
    return f"{text} — {source}" if source else text
