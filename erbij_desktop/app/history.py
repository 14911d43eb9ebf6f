"""The undo history of one open event: the steps done, and the steps undone that can be redone."""

from __future__ import annotations

from dataclasses import dataclass

from .changes import RowChange

# Enough for a whole day of capturing; older steps drop off (a photo step holds its image).
LIMIT = 1000


@dataclass(frozen=True)
class Step:
    label: str
    changes: tuple[RowChange, ...]


class History:
    def __init__(self, limit: int = LIMIT) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._limit = limit
        # Grows with every change of the history, so menus know when to relabel.
        self.generation = 0

    def push(self, step: Step) -> None:
        self._done.append(step)
        del self._done[: -self._limit]
        self._undone.clear()
        self.generation += 1

    def __len__(self) -> int:
        """How many steps can be undone."""
        return len(self._done)

    def to_undo(self) -> Step | None:
        return self._done[-1] if self._done else None

    def to_redo(self) -> Step | None:
        return self._undone[-1] if self._undone else None

    def undone(self) -> None:
        self._undone.append(self._done.pop())
        self.generation += 1

    def redone(self) -> None:
        self._done.append(self._undone.pop())
        self.generation += 1

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self.generation += 1

    @property
    def undo_label(self) -> str | None:
        step = self.to_undo()
        return step.label if step else None

    @property
    def redo_label(self) -> str | None:
        step = self.to_redo()
        return step.label if step else None
