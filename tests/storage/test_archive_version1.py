"""A version-1 archive (before issue 15's publishing fields) keeps importing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ReportStatus
from erbij_desktop.domain.errors import ValidationError
from erbij_desktop.domain.events import update_event
from erbij_desktop.resources import resource
from erbij_desktop.storage.archive import export_content
from erbij_desktop.storage.archive_import import import_content
from erbij_desktop.storage.archive_io import ArchiveContent, read_directory

VERSION_2_FIELDS = {
    "event": ("attendance_text",),
    "programme": ("figures_summary",),
    "rounds": ("selection_intro",),
    "photos": ("alt_text",),
}


def _as_version_1() -> ArchiveContent:
    """The demo archive as version 1 wrote it: no publishing fields."""
    content = read_directory(resource("demo", "archive"))
    document = json.loads(content.document)
    document["version"] = 1
    for part, fields in VERSION_2_FIELDS.items():
        for entry in [document[part]] if part == "event" else document[part]:
            for field in fields:
                del entry[field]
    return ArchiveContent(json.dumps(document, ensure_ascii=False).encode("utf-8"), content.files)


def test_version_1_imports_with_empty_publishing_fields(session: Session) -> None:
    event = import_content(session, _as_version_1())
    assert event.attendance_text == ""
    assert [r.selection_intro for r in event.rounds] == ["", ""]
    assert all(i.figures_summary == "" for i in event.programme)
    assert [p.alt_text for p in event.photos] == ["", "", "", ""]
    assert event.report_status is ReportStatus.FINAL  # as it was; the rule holds for the next change


def test_export_writes_version_3_with_the_version_2_fields(session: Session, demo_event: object) -> None:
    from erbij_desktop.domain.models import Event

    assert isinstance(demo_event, Event)
    document = json.loads(export_content(session, demo_event).document)
    assert document["version"] == 4
    assert document["event"]["attendance_text"] == "ruim honderd aanwezigen"
    assert document["rounds"][1]["selection_intro"].startswith("Er komen vele goede initiatieven")
    assert all(p["alt_text"] for p in document["photos"])


def test_a_report_with_a_photo_without_alt_text_cannot_be_final(session: Session) -> None:
    event = import_content(session, _as_version_1())
    update_event(session, event, report_status=ReportStatus.DRAFT)
    session.commit()  # the test owns the session: the draft status is stored
    with pytest.raises(ValidationError) as caught:
        update_event(session, event, report_status=ReportStatus.FINAL)
    assert "zonder alt-tekst" in str(caught.value) and "Praktijktafel VWS 2.jpg" in str(caught.value)
    session.rollback()
    session.refresh(event)
    assert event.report_status is ReportStatus.DRAFT  # stored data untouched
    from erbij_desktop.domain.photos import update_photo

    for photo in event.photos:
        update_photo(session, photo, alt_text="Een illustratie.")
    update_event(session, event, report_status=ReportStatus.FINAL)
    assert event.report_status is ReportStatus.FINAL
