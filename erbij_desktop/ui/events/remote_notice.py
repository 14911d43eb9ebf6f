"""Says so when another laptop changed what this laptop just changed: the last writer wins, with a notice.

On an organisation server two notetakers can edit the same contribution at
once. Their edits are not merged: the later commit stands (``app.remote``).
The one whose edit was overwritten hears about it here, in the status bar,
when another laptop's change touches rows of their own last undo step, so
nobody walks away believing their wording is what the report will print.
(Ctrl+Z then refuses to undo over the colleague's change: ``app.apply``.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from erbij_desktop.app.changes import ChangeSet, Origin

from .context import EventContext


class RemoteNotice(QObject):
    # A sentence for the status bar.
    message = Signal(str)

    def __init__(self, context: EventContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = context.workspace.history
        context.signals.changed.connect(self._heard)

    def _heard(self, changes: object) -> None:
        if not isinstance(changes, ChangeSet) or changes.origin is not Origin.REMOTE or changes.everything:
            return
        step = self._history.to_undo()
        if step is None:
            return
        mine = {(change.table, _first(change.key)) for change in step.changes if change.before is not None}
        theirs = {(table, key) for table, ids in changes.tables.items() for key in ids.changed | ids.removed}
        if mine & theirs:
            self.message.emit(
                self.tr(
                    "Een andere laptop wijzigde intussen hetzelfde als u (%1); die laatste wijziging geldt."
                ).replace("%1", changes.label)
            )


def _first(key: tuple[Any, ...]) -> Any:
    # The feed names a row by its first key column (a link row by its whole key).
    return key[0] if len(key) == 1 else key
