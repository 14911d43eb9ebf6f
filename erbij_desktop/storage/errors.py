"""Storage failures the user can act on, each with a one-line Dutch message.

The UI maps these classes to translated texts; the CLI prints ``str(error)``.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base class: something about the stored data prevents the operation."""


class NotAnErbijDatabaseError(StorageError):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        extra = f" ({detail})" if detail else ""
        super().__init__(f"{self.path} is geen Erbij-database{extra}; het bestand is niet gewijzigd.")


class NewerDatabaseError(StorageError):
    def __init__(self, location: str, revision: str) -> None:
        self.location = location
        self.revision = revision
        super().__init__(
            f"{location} is gemaakt met een nieuwere versie van Erbij Desktop (schema {revision}); "
            "werk de app bij om dit bestand te openen. Het bestand is niet gewijzigd."
        )


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or written (permissions, disk, locks)."""


class ArchiveError(StorageError):
    """An .erbij archive cannot be read or written; nothing was changed."""
