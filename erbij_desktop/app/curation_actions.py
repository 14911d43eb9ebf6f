"""The Verslag tab's changes to contributions and tags, each one workspace action (one undo step).

Take a contribution into the report (at a place in the selection), leave it
out, put the selection in a new order, reword it for the report, and rename
or delete a tag for the whole event. Every function is one ``ws.run`` around
an operation of ``domain.curation`` or ``domain.contributions``, so Ctrl+Z
takes it back exactly, from any tab, and every open view hears of it on the
feed. This
module loads the ORM: the tab imports it at the first change.
"""

from __future__ import annotations

from collections.abc import Sequence

from erbij_desktop.domain import contributions as ops
from erbij_desktop.domain import curation as cur
from erbij_desktop.domain.contribution_rows import ContributionRow

from .workspace import Workspace


def pick(
    ws: Workspace, contribution_id: int, index: int | None = None, *, label: str = "Opnemen in het verslag"
) -> ContributionRow:
    """Into the report, at ``index`` in the round's selection (None: last)."""
    return ws.run(label, lambda s: cur.select_contribution(s, contribution_id, index))


def unpick(ws: Workspace, contribution_id: int, *, label: str = "Uit het verslag halen") -> ContributionRow:
    return ws.run(label, lambda s: ops.set_highlight(s, contribution_id, False))


def order_selection(
    ws: Workspace, round_id: int, ids: Sequence[int], *, label: str = "Volgorde in het verslag wijzigen"
) -> list[int]:
    """The round's chosen contributions in the order of ``ids``; the round's new order."""
    wanted = list(ids)
    return ws.run(label, lambda s: cur.order_selection(s, round_id, wanted))


def set_report_text(
    ws: Workspace, contribution_id: int, text: str | None, *, label: str = "Formulering wijzigen"
) -> ContributionRow:
    """The wording for the report; None or empty: as captured."""
    return ws.run(label, lambda s: ops.set_report_text(s, contribution_id, text))


def add_tag(
    ws: Workspace, contribution_id: int, name: str, *, label: str = "Label toevoegen"
) -> ContributionRow:
    """One more tag on the contribution (refused when the name is not usable as a tag)."""
    return ws.run(label, lambda s: cur.add_tag(s, contribution_id, name))


def remove_tag(
    ws: Workspace, contribution_id: int, name: str, *, label: str = "Label weghalen"
) -> ContributionRow:
    return ws.run(label, lambda s: cur.remove_tag(s, contribution_id, name))


def rename_tag(ws: Workspace, tag_id: int, name: str, *, label: str = "Label hernoemen") -> None:
    ws.run(label, lambda s: cur.rename_tag(s, tag_id, name))


def delete_tag(ws: Workspace, tag_id: int, *, label: str = "Label verwijderen") -> None:
    ws.run(label, lambda s: cur.delete_tag(s, tag_id))
