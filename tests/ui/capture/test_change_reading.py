"""Reading a change set for the capture view: tag links from their rows, or from their keys alone."""

from __future__ import annotations

from erbij_desktop.app.changes import ChangeSet, Origin, RowChange, TableChanges, frozen_row
from erbij_desktop.ui.capture.change_reading import renamed, tagged_ids


def test_tag_links_are_read_from_the_rows_of_this_laptops_change() -> None:
    row = RowChange("contribution_tag", (7, 3), None, frozen_row({"contribution_id": 7, "tag_id": 3}))
    cs = ChangeSet(
        1, "Label", tables={"contribution_tag": TableChanges(added=frozenset({(7, 3)}))}, rows=(row,)
    )
    assert tagged_ids(cs) == [7]


def test_tag_links_of_another_laptop_are_read_from_their_keys() -> None:
    cs = ChangeSet(
        1,
        "Label",
        Origin.REMOTE,
        tables={"contribution_tag": TableChanges(removed=frozenset({(9, 2), (11, 2)}))},
    )
    assert sorted(tagged_ids(cs)) == [9, 11]


def test_a_renamed_person_means_reading_names_again() -> None:
    assert renamed(ChangeSet(1, "x", tables={"person": TableChanges(changed=frozenset({4}))}))
    assert not renamed(ChangeSet(1, "x", tables={"person": TableChanges(added=frozenset({4}))}))
