"""Dutch (translatable) names for the closed vocabularies of the data model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from erbij_desktop.domain.enums import ProgrammeKind


def kind_label(kind: ProgrammeKind) -> str:
    tr = QCoreApplication.translate
    labels = {
        ProgrammeKind.OPENING: tr("kind", "Opening"),
        ProgrammeKind.TALK: tr("kind", "Presentatie"),
        ProgrammeKind.INTERVIEW: tr("kind", "Interview"),
        ProgrammeKind.PANEL: tr("kind", "Panelgesprek"),
        ProgrammeKind.ROUNDTABLE: tr("kind", "Rondetafelgesprek"),
        ProgrammeKind.BREAK: tr("kind", "Pauze"),
        ProgrammeKind.CLOSING: tr("kind", "Afsluiting"),
        ProgrammeKind.OTHER: tr("kind", "Overig"),
    }
    return labels[kind]


def minutes_label(minutes: int | None) -> str:
    if not minutes:
        return ""
    return QCoreApplication.translate("minutes", "%1 min").replace("%1", str(minutes))
