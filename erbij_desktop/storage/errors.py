"""Storage failures the user can act on, each with a one-line Dutch message.

The CLI prints ``str(error)``: one line that says what is wrong, whether
anything was changed, and what to do next. The GUI picks its own translated
wording from the class and offers the ways on as buttons (the GUI's ui/errors
package); ``path`` tells it which database (and so which backups) the error
is about.

The classes say what is known, not what is feared: a file is "damaged" only
when SQLite or our own checks found it so; a file that cannot be read *now*
(a full disk, a disk error, a lock, missing permissions) gets one of the
"unavailable" classes, so nothing ever moves an intact file aside for it.
"""

from __future__ import annotations

import enum
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
    """An Erbij database whose contents are damaged (overwritten, truncated, edited by hand)."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"{self.path} is beschadigd{extra} en wordt niet geopend; "
            f"het bestand is niet gewijzigd. {_WAY_ON}"
        )


class NewerDatabaseError(StorageError):
    """The schema revision is not one this version knows.

    ``ours`` is True when the file carries Erbij's own mark (then it comes from
    a newer Erbij Desktop); for a server database that cannot be known.
    """

    def __init__(self, location: str, revision: str, *, ours: bool = True) -> None:
        self.location = location
        self.revision = revision
        self.ours = ours
        self.path = None if "://" in location else Path(location)
        if ours:
            text = (
                f"{location} is gemaakt met een nieuwere versie van Erbij Desktop (schema {revision}); "
                "werk de app bij om dit bestand te openen. Het bestand is niet gewijzigd."
            )
        else:
            text = (
                f"{location} heeft een schemaversie ({revision}) die deze Erbij Desktop niet kent: "
                "van een nieuwere versie van Erbij Desktop of van een ander programma. "
                "Er is niets gewijzigd."
            )
        super().__init__(text)


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or written now (permissions, disk, locks); it is not damaged."""

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


class Situation(enum.StrEnum):
    """What was being done when the disk filled up: it decides what the message can promise."""

    WRITE = "write"  # saving a change while the database is open
    OPEN = "open"  # opening (and maybe migrating) the database
    BACKUP = "backup"  # making a backup
    RESTORE = "restore"  # putting a backup back
    EXPORT = "export"  # writing an export file (report, CSV, archive)


class DiskFullError(DatabaseUnavailableError):
    """The disk is full: what was being written is not there, everything written before is intact."""

    def __init__(self, path: Path | str | None, situation: Situation = Situation.WRITE) -> None:
        self.situation = situation
        where = f" voor {path}" if path is not None else ""
        name = str(path) if path is not None else "de database"
        sentences = {
            Situation.WRITE: f"De schijf is vol{where}: de laatste wijziging is niet opgeslagen, "
            "eerdere gegevens zijn intact.",
            Situation.OPEN: f"De schijf is vol{where}: {name} kan nu niet worden geopend; "
            "er is niets gewijzigd.",
            Situation.BACKUP: f"De schijf is vol{where}: de reservekopie is niet gemaakt; "
            "de database is niet gewijzigd.",
            Situation.RESTORE: f"De schijf is vol{where}: de reservekopie is niet teruggezet; "
            f"{name} is niet gewijzigd.",
            Situation.EXPORT: f"De schijf is vol{where}: het bestand is niet geschreven; "
            "een eerder bestand met die naam is niet gewijzigd.",
        }
        super().__init__(f"{sentences[situation]} Maak ruimte vrij en probeer het opnieuw.", path)


class DiskError(DatabaseUnavailableError):
    """The disk reported a read or write error that is not a full disk; nothing says the file is damaged."""

    def __init__(self, path: Path | str | None, detail: str = "") -> None:
        self.detail = detail
        name = str(path) if path is not None else "de database"
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"De schijf gaf een lees- of schrijffout bij {name}{extra}; wat er op dat moment gebeurde is "
            "afgebroken, het bestand is niet opzij gezet. "
            "Controleer de schijf of USB-stick en probeer het opnieuw.",
            path,
        )


class BackupError(StorageError):
    """A backup could not be made, listed or restored; the database was left as it was."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        super().__init__(message)


class RestoreError(BackupError):
    """A backup could not be put back; the message says whether the database was changed (it never is
    unless the restore completed)."""


class UnwritableTargetError(StorageError):
    """An export target that is not (and must not become) a regular file: a folder, device or pipe."""

    def __init__(self, path: Path | str, what: str) -> None:
        self.path = Path(path)
        self.what = what
        super().__init__(
            f"{path} is {what}, geen gewoon bestand; er is niets geschreven. Kies een bestandsnaam."
        )


class ArchiveError(StorageError):
    """An .erbij archive cannot be read or written; nothing was changed."""
