"""What to tell the facilitator about a storage error, and which ways on to offer.

One place maps each StorageError class to a translated title, an explanation
in plain Dutch (what happened, that nothing was changed) and the choices that
make sense for it: open the latest backup, choose another file, try again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from erbij_desktop.storage.errors import (
    BackupError,
    DatabaseDamagedError,
    DatabaseInUseError,
    DiskError,
    DiskFullError,
    NewerDatabaseError,
    NotAnErbijDatabaseError,
    ReadOnlyLocationError,
    RestoreError,
    Situation,
    StorageError,
)


class Way(enum.StrEnum):
    """A way on the error dialog offers."""

    LATEST_BACKUP = "latest_backup"
    OTHER_FILE = "other_file"
    RETRY = "retry"
    CLOSE = "close"


@dataclass(frozen=True)
class ErrorText:
    title: str
    text: str
    ways: tuple[Way, ...]


def _tr(text: str) -> str:
    return QCoreApplication.translate("StorageError", text)


def describe(error: StorageError) -> ErrorText:
    """Title, explanation and ways on for ``error``."""
    name = error.path.name if error.path is not None else _tr("de database")
    if isinstance(error, DatabaseDamagedError):
        return ErrorText(
            _tr("Het bestand is beschadigd"),
            _tr(
                "{name} is beschadigd ({detail}) en is niet geopend. Er is niets aan het bestand "
                "veranderd. Open de laatste reservekopie: het beschadigde bestand blijft dan "
                "onaangeroerd bewaard. Of kies een ander bestand."
            ).format(name=name, detail=error.detail or _tr("de inhoud klopt niet")),
            (Way.LATEST_BACKUP, Way.OTHER_FILE, Way.CLOSE),
        )
    if isinstance(error, NotAnErbijDatabaseError):
        return ErrorText(
            _tr("Dit is geen Erbij-bestand"),
            _tr(
                "{name} is geen database van Erbij Desktop ({detail}). Het bestand is niet "
                "geopend en niet veranderd. Kies het juiste bestand of maak een nieuw bestand aan."
            ).format(name=name, detail=error.detail),
            (Way.OTHER_FILE, Way.LATEST_BACKUP, Way.CLOSE),
        )
    if isinstance(error, NewerDatabaseError) and error.ours:
        return ErrorText(
            _tr("Gemaakt met een nieuwere versie"),
            _tr(
                "{name} is gemaakt met een nieuwere versie van Erbij Desktop. Werk de app bij om "
                "dit bestand te openen; tot die tijd blijft het onveranderd. U kunt ook een ander "
                "bestand kiezen."
            ).format(name=name),
            (Way.OTHER_FILE, Way.CLOSE),
        )
    if isinstance(error, NewerDatabaseError):
        return ErrorText(
            _tr("Onbekende versie"),
            _tr(
                "{name} heeft een schemaversie die deze Erbij Desktop niet kent: van een nieuwere "
                "versie van Erbij Desktop of van een ander programma. Er is niets veranderd. Kies "
                "een ander bestand, of werk de app bij als het van een nieuwere versie komt."
            ).format(name=name),
            (Way.OTHER_FILE, Way.CLOSE),
        )
    if isinstance(error, DatabaseInUseError):
        return ErrorText(
            _tr("Het bestand is al in gebruik"),
            _tr(
                "{name} is al geopend door {holder}. Twee programma's tegelijk in één bestand "
                "zouden elkaars werk overschrijven, dus is het hier niet geopend. Sluit het andere "
                "programma en probeer het opnieuw, of kies een ander bestand."
            ).format(name=name, holder=error.holder),
            (Way.RETRY, Way.OTHER_FILE, Way.CLOSE),
        )
    if isinstance(error, ReadOnlyLocationError):
        return ErrorText(
            _tr("Hier kan niet worden opgeslagen"),
            _tr(
                "In {what} van {name} mag niet worden geschreven (bijvoorbeeld een beveiligde "
                "USB-stick of een gedeelde map). Er is niets veranderd. Kopieer het bestand naar "
                "een map waarin u mag schrijven, zoals Documenten, en kies het daar."
            ).format(name=name, what=error.what),
            (Way.OTHER_FILE, Way.RETRY, Way.CLOSE),
        )
    if isinstance(error, DiskFullError):
        return ErrorText(
            _tr("De schijf is vol"), _disk_full_text(error), (Way.RETRY, Way.OTHER_FILE, Way.CLOSE)
        )
    if isinstance(error, DiskError):
        return ErrorText(
            _tr("Lees- of schrijffout van de schijf"),
            _tr(
                "De schijf meldde een fout bij het lezen of schrijven van {name}. Daaruit blijkt niet "
                "dat het bestand beschadigd is; het is niet opzij gezet of veranderd. Controleer de "
                "schijf of USB-stick en probeer het opnieuw."
            ).format(name=name),
            (Way.RETRY, Way.OTHER_FILE, Way.CLOSE),
        )
    if isinstance(error, RestoreError):
        return ErrorText(
            _tr("Terugzetten is niet gelukt"), str(error), (Way.RETRY, Way.OTHER_FILE, Way.CLOSE)
        )
    if isinstance(error, BackupError):
        return ErrorText(_tr("Reservekopie mislukt"), str(error), (Way.RETRY, Way.CLOSE))
    # Unavailable for now: nothing says the file is damaged, so no backup is put in its place.
    return ErrorText(
        _tr("De database is niet beschikbaar"),
        _tr("{message} Probeer het opnieuw of kies een ander bestand.").format(message=str(error)),
        (Way.RETRY, Way.OTHER_FILE, Way.CLOSE),
    )


def _disk_full_text(error: DiskFullError) -> str:
    """What a full disk means depends on what was being written; each sentence is true for its case."""
    advice = _tr("Maak ruimte vrij (bijvoorbeeld door de prullenbak te legen) en probeer het opnieuw.")
    if error.situation is Situation.OPEN:
        what = _tr(
            "De schijf is vol, daardoor kan de database nu niet worden geopend. Er is niets aan "
            "veranderd en alles wat erin stond is er nog."
        )
    elif error.situation is Situation.BACKUP:
        what = _tr("De schijf is vol, daardoor is de reservekopie niet gemaakt. De database zelf is intact.")
    elif error.situation is Situation.RESTORE:
        what = _tr(
            "De schijf is vol, daardoor is de reservekopie niet teruggezet. De huidige database is "
            "niet veranderd."
        )
    else:
        what = _tr(
            "De schijf is vol, daardoor is de laatste wijziging niet opgeslagen. Alles wat eerder "
            "was opgeslagen is intact."
        )
    return f"{what} {advice}"


def way_label(way: Way, *, at_startup: bool) -> str:
    labels = {
        Way.LATEST_BACKUP: _tr("Laatste reservekopie openen"),
        Way.OTHER_FILE: _tr("Ander bestand kiezen…"),
        Way.RETRY: _tr("Opnieuw proberen"),
        Way.CLOSE: _tr("Afsluiten") if at_startup else _tr("Sluiten"),
    }
    return labels[way]
