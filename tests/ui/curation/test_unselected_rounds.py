"""Before export the Verslag tab names every round of which no contribution is chosen yet."""

from __future__ import annotations

from curation_helpers import CurationEvent
from PySide6.QtWidgets import QLabel

from erbij_desktop.domain import contributions as ops
from erbij_desktop.storage.database import Database
from erbij_desktop.ui.curation.tab import ReportTab


def test_a_round_without_chosen_contributions_is_flagged_until_one_is_chosen(
    tab: ReportTab, db: Database, curation_event: CurationEvent
) -> None:
    flag = tab.findChild(QLabel, "roundsWithoutSelection")
    assert flag is not None and flag.isVisible()
    assert "‘Interventies’" in flag.text() and "Signaleren" not in flag.text()
    workspace = tab.workspace  # changed in another tab: the tab hears it on the feed
    workspace.run("Uitlichten", lambda s: ops.set_highlight(s, curation_event.other[0], True))
    assert not flag.isVisible()
    workspace.run("Niets meer", lambda s: [ops.set_highlight(s, cid, False) for cid in curation_event.ids])
    assert flag.isVisible() and "‘Signaleren’" in flag.text()
    workspace.undo()
    assert not flag.isVisible()
