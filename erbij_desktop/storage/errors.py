"""Storage failures the user can act on, each with a one-line Dutch message.

The CLI prints ``str(error)``: one line that says what is wrong, that the file
was left alone, and what to do next. The GUI picks its own translated wording
from the class and offers the ways on as buttons (the GUI's ui/errors package);
``path`` tells it which database (and so which backups) the error is about.
"""

from __future__ import annotations

from pathlib import Path

# What the CLI user can do when a database cannot be used.
_WAY_ON = (
    "Zet een reservekopie terug (erbij-desktop backups, erbij-desktop restore) "
    "of kies een ander bestand met --database."
)


class StorageError(Exception):
    """Base class: something about the stored data prevents the operation."""

    path: Path | None = None


class NotAnErbijDatabaseError(StorageError):
    """The file is not an Erbij database (another program's file, or no database at all)."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{self.path} is geen Erbij-database{extra}; het bestand is niet gewijzigd. "
            "Kies een ander bestand met --database."
        )


class DatabaseDamagedError(StorageError):
    """An Erbij database whose contents are damaged (overwritten, truncated)."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{self.path} is beschadigd{extra} en wordt niet geopend; "
            f"het bestand is niet gewijzigd. {_WAY_ON}"
        )


class NewerDatabaseError(StorageError):
    def __init__(self, location: str, revision: str) -> None:
        self.location = location
        self.revision = revision
        self.path = None if "://" in location else Path(location)
        super().__init__(
            f"{location} is gemaakt met een nieuwere versie van Erbij Desktop (schema {revision}); "
            "werk de app bij om dit bestand te openen. Het bestand is niet gewijzigd."
        )


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or written (permissions, disk, locks)."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        super().__init__(message)


class DatabaseInUseError(DatabaseUnavailableError):
    """Another process has the database open: another Erbij window, a command, or another program."""

    def __init__(self, path: Path | str, holder: str, *, by_erbij_app: bool = False) -> None:
        self.holder = holder
        self.by_erbij_app = by_erbij_app
        super().__init__(
            f"{path} is al in gebruik door {holder}; er is niets gewijzigd. "
            "Sluit dat eerst of kies een ander bestand met --database.",
            path,
        )


class ReadOnlyLocationError(DatabaseUnavailableError):
    """The database or its folder cannot be written."""

    def __init__(self, path: Path | str, what: str = "de map") -> None:
        self.what = what
        super().__init__(
            f"{path} kan niet worden opgeslagen: {what} is alleen-lezen; er is niets gewijzigd. "
            "Kopieer het bestand naar een map waarin u mag schrijven en open het daar met --database.",
            path,
        )


class DiskFullError(DatabaseUnavailableError):
    """The disk is full: the last change was not saved, everything before it is intact."""

    def __init__(self, path: Path | str | None) -> None:
        where = f" voor {path}" if path is not None else ""
        super().__init__(
            f"De schijf is vol{where}: de laatste wijziging is niet opgeslagen, "
            "eerdere gegevens zijn intact. "
            "Maak ruimte vrij en probeer het opnieuw.",
            path,
        )


class BackupError(StorageError):
    """A backup could not be made, listed or restored; the database was left as it was."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        super().__init__(message)


class ArchiveError(StorageError):
    """An .erbij archive cannot be read or written; nothing was changed."""
