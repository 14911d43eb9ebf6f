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
    with db.session() as session:
        ops.set_highlight(session, curation_event.other[0], True)
    tab.set_event(curation_event.event_id)  # what the workspace does after another tab's change
    assert not flag.isVisible()
    with db.session() as session:
        for cid in curation_event.ids:
            ops.set_highlight(session, cid, False)
    tab.set_event(curation_event.event_id)
    assert flag.isVisible() and "‘Signaleren’" in flag.text()
