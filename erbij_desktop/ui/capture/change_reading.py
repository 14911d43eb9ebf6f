"""What a change set means for the capture view: names to read again, contributions whose tags moved.

Split from the controller, which acts on the answers. A change set from this
laptop carries its rows (values before and after); one announced by another
laptop carries only the keys, so the tag links are read from either.
"""

from __future__ import annotations

from erbij_desktop.app.changes import ChangeSet


def renamed(cs: ChangeSet) -> bool:
    """A person or organisation was renamed or removed: rows showing the old name must be read again."""
    return any(cs.of(table).changed or cs.of(table).removed for table in ("person", "organisation"))


def tagged_ids(cs: ChangeSet) -> list[int]:
    """Contributions whose tags an action changed (from the link rows' values, or their keys)."""
    found: list[int] = []
    for change in cs.changed_rows("contribution_tag"):
        for values in (change.before, change.after):
            if values is not None and "contribution_id" in dict(values):
                found.append(int(dict(values)["contribution_id"]))
    if not found:  # no rows came along (another laptop): the link's key starts with the contribution
        for key in cs.of("contribution_tag").ids:
            if isinstance(key, tuple | list) and key and isinstance(key[0], int):
                found.append(key[0])
    return found
