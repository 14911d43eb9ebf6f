"""Report: the 3,000-contribution event with 20 photos, against bare ReportLab laying out the same text.

The measured path is the app's own: ``render_report`` loads the event from the
database, applies consent (``domain.privacy.public_view``), builds the article
with its appendix of all 3,000 contributions and lays it out. The baseline is a
bare ReportLab script that gets the very paragraphs the report prints (the
same texts, escaped, in the report's own paragraph styles, so the same
registered fonts) and the same 20 photos, and lays them out in the same
two-column A4 frames, with none of the article logic. They alternate, several
times; the figures are medians. Target (issue 5): <= 1.5x. The demo report
(the reference article) must render in under a second, fonts loading included.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from common import Result, child_main, ensure_import_path, median, ms, timed

ensure_import_path()

from generator import QUICK_REPORT_EVENT, REPORT_EVENT, build_event  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph  # noqa: E402
from reportlab.platypus import Image as RLImage  # noqa: E402

from erbij_desktop.domain.models import Event  # noqa: E402
from erbij_desktop.domain.privacy import PublicEvent, public_view  # noqa: E402
from erbij_desktop.report import images  # noqa: E402
from erbij_desktop.report.article import render_report  # noqa: E402
from erbij_desktop.report.docx_article import render_docx  # noqa: E402
from erbij_desktop.report.html_article import render_html  # noqa: E402
from erbij_desktop.report.markup import escape  # noqa: E402
from erbij_desktop.report.styles import (  # noqa: E402
    COLUMN_WIDTH,
    GUTTER,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_HEIGHT,
    styles,
)
from erbij_desktop.report.text_rules import paragraphs, source_of  # noqa: E402
from erbij_desktop.storage.archive_demo import import_demo  # noqa: E402
from erbij_desktop.storage.database import open_database  # noqa: E402

RATIO_TARGET = 1.5
DEMO_TARGET_MS = 1000.0
# Issue 15: the website and Word versions of the 3,000-contribution event, appendix included.
OTHER_FORMAT_TARGET_MS = 2000.0


def report_texts(view: PublicEvent) -> list[tuple[str, str]]:
    """(text, style name) of the paragraphs the report with appendix prints, for the bare script."""
    body: list[str] = [view.title, view.lead]
    for item in view.items:
        body.append(item.heading)
        body.extend(paragraphs(item.narrative))
        for round_ in item.rounds:
            body += [round_.intro, round_.question, *(c.text_for_report for c in round_.highlights)]
        body.extend(p.caption for p in item.photos)
    body += [*paragraphs(view.conclusion), view.background_heading, *paragraphs(view.background_text)]
    appendix: list[str] = []
    for round_ in view.rounds:
        appendix += [round_.title, round_.question]
        appendix += [f"{c.text_for_report} — {source_of(c)}" for c in round_.contributions]
    return [(t, "body") for t in body if t] + [(t, "appendix_item") for t in appendix if t]


def bare_reportlab(texts: list[tuple[str, str]], photos: list[bytes]) -> bytes:
    """The baseline: the same paragraphs and photos, same fonts and columns, no article logic."""
    sheet = styles()
    frames = [
        Frame(MARGIN_LEFT + i * (COLUMN_WIDTH + GUTTER), MARGIN_BOTTOM, COLUMN_WIDTH, TEXT_HEIGHT, id=f"c{i}")
        for i in range(2)
    ]
    out = io.BytesIO()
    document = BaseDocTemplate(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    document.addPageTemplates([PageTemplate("p", frames)])
    story: list[object] = [Paragraph(escape(text), getattr(sheet, style)) for text, style in texts]
    for data in photos:
        story.append(RLImage(io.BytesIO(data), width=COLUMN_WIDTH, height=COLUMN_WIDTH * 1067 / 1600))
    document.build(story)
    return out.getvalue()


def measure(workdir: Path, quick: bool) -> list[Result]:
    repeat = 2 if quick else 5
    shape = QUICK_REPORT_EVENT if quick else REPORT_EVENT
    database = open_database(str(workdir / "report.sqlite"))
    try:
        with database.transaction() as session:
            demo, _ = import_demo(session)
            demo_cold = timed(lambda: render_report(session, demo))  # the first render loads the fonts
            demo_warm = median([timed(lambda: render_report(session, demo)) for _ in range(repeat)])

            event = session.get(Event, build_event(session, shape))
            assert event is not None
            view = public_view(session, event)
            texts = report_texts(view)
            photos = [p.image for item in view.items for p in item.photos]
            highlights = sum(len(r.highlights) for item in view.items for r in item.rounds)
            assert len(photos) == shape.photos

            def ours(appendix: bool) -> bytes:
                session.expire_all()  # read everything from the database again, like a fresh render
                images.clear_cache()
                return render_report(session, event, appendix=appendix)

            def other(render) -> bytes:  # type: ignore[no-untyped-def]
                session.expire_all()
                images.clear_cache()
                return render(session, event, appendix=True)  # type: ignore[no-any-return]

            bare, report, article, html, docx = [], [], [], [], []
            for _ in range(repeat):
                bare.append(timed(lambda: bare_reportlab(texts, photos)))
                report.append(timed(lambda: ours(True)))
                article.append(timed(lambda: ours(False)))
                html.append(timed(lambda: other(render_html)))
                docx.append(timed(lambda: other(render_docx)))
    finally:
        database.close()

    section = "4 Report"
    size = f"{shape.contributions:,} contributions, {len(photos)} photos"
    return [
        Result(section, "demo report (reference article), first render", ms(demo_cold), "ms",
               limit=DEMO_TARGET_MS),
        Result(section, "demo report, again", ms(demo_warm), "ms"),
        Result(section, f"report with appendix ({size}; {len(texts):,} paragraphs)", ms(median(report)), "ms",
               ms(median(bare)), ratio_limit=RATIO_TARGET),
        Result(section, f"article only ({highlights} highlighted contributions, no appendix)",
               ms(median(article)), "ms"),
        Result(section, f"HTML with appendix ({size})", ms(median(html)), "ms", limit=OTHER_FORMAT_TARGET_MS),
        Result(section, f"Word (.docx) with appendix ({size})", ms(median(docx)), "ms",
               limit=OTHER_FORMAT_TARGET_MS),
    ]  # fmt: skip


def main() -> int:
    """Run on its own (``python tests/benchmarks/report_bench.py``): print the figures and the ratio."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="erbij-report-bench-") as folder:
        results = measure(Path(folder), quick="--quick" in sys.argv[1:])
    for result in results:
        ratio = f"   ratio {result.ratio:.2f}x (target <= {result.ratio_limit:g}x)" if result.ratio else ""
        baseline = f"   bare {result.baseline:,.0f} ms" if result.baseline is not None else ""
        print(f"{result.measure}: {result.value:,.0f} ms{baseline}{ratio}")
    missed = [r for r in results if r.ok is False]
    print("all targets met" if not missed else f"MISSED: {', '.join(r.measure for r in missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    if sys.argv[1:] and not sys.argv[1].startswith("-"):
        sys.exit(child_main(measure))  # started by run.py with a work folder
    sys.exit(main())
