"""All contributions of an event as CSV, for Excel and for further analysis.

UTF-8 with a byte-order mark, so Excel shows ë and ş correctly when the file
is double-clicked. The separator follows the report language: Dutch Excel
expects ';' (its list separator), English Excel ','. Every field is quoted as
needed by Python's csv module, so texts with quotes, separators and newlines
come back exactly. Like the PDF, the CSV is made from the public view: a
person without consent has an empty "persoon" column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from erbij_desktop.domain.enums import ReportLanguage
from erbij_desktop.domain.models import Event
from erbij_desktop.domain.privacy import PublicEvent, public_view
from erbij_desktop.storage.atomic import atomic_write_bytes

from .i18n import labels

BOM = "\ufeff"


def delimiter_for(language: ReportLanguage) -> str:
    return ";" if language is ReportLanguage.NL else ","


def rows(view: PublicEvent) -> Iterator[list[str]]:
    """Header row, then one row per contribution, by round then in the round's order."""
    words = labels(view.language)
    yield list(words.csv_headers)
    for public_round in view.rounds:
        for c in public_round.contributions:
            local = c.created_at.astimezone()
            yield [
                public_round.title,
                public_round.question,
                c.table,
                c.text,
                c.report_text if c.report_text is not None else "",
                c.person,
                c.organisation,
                words.yes if c.highlighted else words.no,
                "; ".join(c.tags),
                local.strftime("%Y-%m-%d %H:%M:%S"),
            ]


def render_csv(session: Session, event: Event, *, delimiter: str | None = None) -> bytes:
    return render_csv_view(public_view(session, event), delimiter=delimiter)


def render_csv_view(view: PublicEvent, *, delimiter: str | None = None) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter or delimiter_for(view.language), lineterminator="\r\n")
    writer.writerows(rows(view))
    return (BOM + buffer.getvalue()).encode("utf-8")


def write_csv(session: Session, event: Event, target: Path, *, delimiter: str | None = None) -> None:
    """Write the CSV atomically: ``target`` is either the old file or the complete new one."""
    atomic_write_bytes(Path(target), render_csv(session, event, delimiter=delimiter), mode=0o644)


def write_csv_view(view: PublicEvent, target: Path, *, delimiter: str | None = None) -> None:
    """The CSV of a public view already read, written atomically."""
    atomic_write_bytes(Path(target), render_csv_view(view, delimiter=delimiter), mode=0o644)
