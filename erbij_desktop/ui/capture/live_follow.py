"""The capture view follows the round the room is in, unless the facilitator chose another.

Live (or the programme clock) announces the room's round on
``context.live_round``. When the capture view was on the room's previous round
(or nobody had said yet), it moves along; when the facilitator is catching up
on another round, it stays there and the header says where the room is, with
a link back ("De zaal is bij …, daarheen").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .view import CaptureView


class LiveFollower(QObject):
    def __init__(self, view: CaptureView) -> None:
        super().__init__(view)
        self.view = view
        self._seen: int | None = None
        view.context.live_round.changed.connect(self._moved)
        view.header.follow_live.connect(self.follow)

    @property
    def round_id(self) -> int | None:
        return self.view.context.live_round.round_id

    def _moved(self, round_id: object) -> None:
        previous, self._seen = self._seen, round_id if isinstance(round_id, int) else None
        if self._seen is not None and (previous is None or self.view.round_id == previous):
            self.view.select_round(self._seen)
        self.show_note()

    def follow(self) -> None:
        """Go to the room's round (the header's link)."""
        if self.round_id is not None:
            self.view.select_round(self.round_id)
            self.view.entry.setFocus()

    def show_note(self) -> None:
        live = self.round_id
        structure = self.view.controller.structure
        info = structure.round(live) if structure is not None and live is not None else None
        self.view.header.show_live(info.title if info is not None and live != self.view.round_id else None)
