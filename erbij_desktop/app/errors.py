"""The errors the workspace itself raises (the domain's own refusals pass through unchanged)."""

from __future__ import annotations

from erbij_desktop.domain.errors import DomainError


class WorkspaceError(DomainError):
    """A workspace action was refused or failed; nothing was changed."""


class UndoConflict(WorkspaceError):
    """Undo or redo no longer fits the data (someone else changed the same rows); history was cleared."""


class ActionFailed(WorkspaceError):
    """An action tried something the workspace cannot record (a textual write); it was rolled back."""
