"""The article as a Word document (.docx), for colleagues to edit.

Real Word styles, so the document's outline, navigation pane and any house
template work: Title, Heading 1 (intertitles), Heading 2 (appendix rounds),
List Bullet (the chosen contributions), Quote, Caption; photos carry their alt
text, the key-figures table its summary; title, author, subject and language
are set in the document's properties. Made with python-docx from the same
blocks as the PDF (report.blocks), so order and consent are the same.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.domain.privacy import PublicEvent, public_view
from erbij_desktop.storage.atomic import atomic_write_bytes

from . import images
from .appendix_outline import appendix_sections
from .blocks import (
    Block,
    Box,
    Bullets,
    Byline,
    Dates,
    Figures,
    Heading,
    Kicker,
    Lead,
    Para,
    Photo,
    Quote,
    Title,
    article,
)
from .i18n import labels as labels_for

ACCENT = RGBColor(0x0F, 0x5C, 0x66)
MUTED = RGBColor(0x5F, 0x63, 0x68)
PHOTO_WIDTH = Cm(15)
WORD_LANGUAGE = {"nl": "nl-NL", "en": "en-GB"}


def render_docx(session: Session, event: Event, *, appendix: bool = False) -> bytes:
    """The event's article as the bytes of a .docx file."""
    return render_docx_view(public_view(session, event), appendix=appendix)


def write_docx(session: Session, event: Event, target: Path, *, appendix: bool = False) -> None:
    atomic_write_bytes(Path(target), render_docx(session, event, appendix=appendix), mode=0o644)


def render_docx_view(view: PublicEvent, *, appendix: bool = False) -> bytes:
    labels = labels_for(view.language)
    content = article(view, labels)
    document = Document()
    language = WORD_LANGUAGE.get(content.language, content.language)
    properties = document.core_properties
    properties.title = content.title
    properties.author = content.author
    properties.subject = content.subject
    properties.language = language
    properties.comments = "Erbij Desktop"
    _set_language(document, language)
    styles = _Styles(document)
    for block in content.blocks:
        if not (isinstance(block, Quote) and block.repeat):  # decoration of the printed page only
            _block(styles, block)
    if appendix:
        _appendix(styles, view)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _set_language(document: WordDocument, language: str) -> None:
    """The proofing language of every style (Word spell-checks and hyphenates by it)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        return
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), language)


class _Styles:
    """Paragraph style ids looked up once: python-docx looks a style up by name on every
    ``add_paragraph(style=…)``, which makes an appendix of 3,000 items take seconds."""

    def __init__(self, document: WordDocument) -> None:
        self.document = document
        self.ids: dict[str, str] = {}

    def paragraph(self, style: str, text: str = "") -> Paragraph:
        if style not in self.ids:
            self.ids[style] = self.document.styles[style].style_id
        element = self.document.element.body.add_p()
        element.style = self.ids[style]
        paragraph = Paragraph(element, self.document._body)
        if text:
            paragraph.add_run(text)
        return paragraph


def _lines(paragraph: Paragraph, text: str, **run_style: object) -> Paragraph:
    """Text in a paragraph, its own line breaks kept as Word line breaks."""
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()
        run.add_text(line)
        for name, value in run_style.items():
            setattr(run, name, value)
    return paragraph


def _block(styles: _Styles, block: Block) -> None:
    if isinstance(block, Para):
        _lines(styles.paragraph("Normal"), block.text, italic=block.kind == "question")
    elif isinstance(block, Heading):
        styles.paragraph("Heading 1", block.text)
    elif isinstance(block, Bullets):
        for bullet in block.items:
            paragraph = _lines(styles.paragraph("List Bullet"), bullet.text)
            if bullet.source:
                source = paragraph.add_run(f" — {bullet.source}")
                source.font.color.rgb = MUTED
    elif isinstance(block, Quote):
        _lines(styles.paragraph("Quote"), block.text)
        if block.attribution:
            styles.paragraph("Quote", f"— {block.attribution}")
    elif isinstance(block, Figures):
        _figures(styles, block)
    elif isinstance(block, Photo):
        _photo(styles, block)
    elif isinstance(block, Box):
        if block.heading:
            styles.paragraph("Heading 1", block.heading)
        for text in block.paragraphs:
            _lines(styles.paragraph("Normal"), text)
    elif isinstance(block, Dates):
        for line in block.lines:
            paragraph = styles.paragraph("Normal")
            run = paragraph.add_run(line)
            run.font.size = Pt(9)
            run.font.color.rgb = MUTED
    elif isinstance(block, Title):
        styles.paragraph("Title", block.text)
    elif isinstance(block, Kicker):
        styles.paragraph("Subtitle", block.text)
    elif isinstance(block, Lead):
        _lines(styles.paragraph("Normal"), block.text, bold=True)
    elif isinstance(block, Byline):
        paragraph = styles.paragraph("Normal")
        run = paragraph.add_run(block.text)
        run.font.size = Pt(9)
        run.font.color.rgb = MUTED
    else:
        raise TypeError(f"no Word form for {block!r}")


def _figures(styles: _Styles, block: Figures) -> None:
    table = styles.document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for value, text in block.rows:
        cells = table.add_row().cells
        run = cells[0].paragraphs[0].add_run(value)
        run.bold = True
        run.font.size = Pt(16)
        run.font.color.rgb = ACCENT
        cells[1].paragraphs[0].add_run(text)
    _table_description(table._tbl, block.summary)
    if block.source:
        styles.paragraph("Caption", block.source)


def _table_description(tbl: object, summary: str) -> None:
    """Word's 'Alt Text' of a table: w:tblCaption and w:tblDescription in its properties."""
    properties = tbl.tblPr  # type: ignore[attr-defined]
    for tag, value in (("w:tblCaption", summary[:120]), ("w:tblDescription", summary)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        properties.append(element)


def _photo(styles: _Styles, block: Photo) -> None:
    photo = block.photo
    prepared = images.prepare(photo.image, photo.sha256)
    if prepared is None or prepared.width <= 0 or prepared.height <= 0:
        return
    paragraph = styles.paragraph("Normal")
    shape = paragraph.add_run().add_picture(io.BytesIO(prepared.data), width=PHOTO_WIDTH)
    properties = shape._inline.docPr
    properties.set("descr", block.alt)
    properties.set("title", block.caption[:120] if block.caption else block.alt[:120])
    caption = " ".join(part for part in (block.caption, block.credit) if part)
    if caption:
        styles.paragraph("Caption", caption)


def _appendix(styles: _Styles, view: PublicEvent) -> None:
    styles.document.add_page_break()  # type: ignore[no-untyped-call]
    for index, section in enumerate(appendix_sections(view)):
        styles.paragraph("Heading 1" if index == 0 else "Heading 2", section.heading)
        if section.intro:
            styles.paragraph("Normal", section.intro)
        for group, items in section.groups:
            if group:
                styles.paragraph("Normal").add_run(group).bold = True
            for item in items:
                styles.paragraph("List Bullet", item)
