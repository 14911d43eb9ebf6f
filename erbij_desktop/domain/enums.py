"""Closed vocabularies of the data model, stored as their string values."""

from __future__ import annotations

import enum


class ProgrammeKind(enum.StrEnum):
    OPENING = "opening"
    TALK = "talk"
    INTERVIEW = "interview"
    PANEL = "panel"
    ROUNDTABLE = "roundtable"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


class ReportLanguage(enum.StrEnum):
    NL = "nl"
    EN = "en"


class ReportStatus(enum.StrEnum):
    DRAFT = "draft"
    FINAL = "final"
