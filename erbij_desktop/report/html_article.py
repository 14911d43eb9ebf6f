"""The article as one self-contained HTML page, for the organisation's website.

Communications staff paste it into a CMS, so the markup is plain and semantic
(``article``, ``h1``/``h2``, ``p``, ``ul``, ``blockquote``, ``figure`` with
``figcaption``, a ``table`` for the key figures), photos are embedded as data
URLs with their alt texts, the page states its language, and there are no
scripts. A small style sheet makes it readable on its own, on a phone too;
a CMS may drop it without losing anything. Built from the same blocks as the
PDF (report.blocks), so order and consent are the same.
"""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from sqlalchemy.orm import Session

from erbij_desktop.domain.models import Event
from erbij_desktop.domain.privacy import PublicEvent, public_view
from erbij_desktop.storage.atomic import atomic_write_bytes

from . import images
from .appendix_outline import appendix_sections
from .blocks import (
    Article,
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

_STYLE = """
body{margin:0;background:#fff;color:#1d1d1b;font:1.0625rem/1.6 Georgia,'Noto Serif',serif}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1,h2,.kicker,.byline,figcaption,.dates,table{font-family:'Noto Sans',Arial,sans-serif}
h1{font-size:1.9rem;line-height:1.2;margin:.3rem 0 1rem}
h1 .headline{color:#0f5c66}
h2{font-size:1.2rem;color:#0f5c66;margin:2rem 0 .4rem}
.kicker{font-size:.8rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;color:#0f5c66;margin:0}
.lead{font-weight:700;font-size:1.15rem}
.byline,.dates,figcaption{font-size:.85rem;color:#5f6368}
.source{font-family:'Noto Sans',Arial,sans-serif;font-size:.85rem;color:#5f6368}
blockquote{margin:1.5rem 0;padding:.6rem 0;border-top:3px solid #0f5c66;border-bottom:1px solid #b9c4c6}
blockquote p{font-size:1.3rem;font-style:italic;color:#0f5c66;margin:0}
figure{margin:1.5rem 0}
figure img{display:block;max-width:100%;height:auto}
table{border-collapse:collapse;background:#e8f1f2;border-top:3px solid #0f5c66;margin:1.5rem 0;width:100%}
th{font-size:1.6rem;color:#0f5c66;text-align:left;white-space:nowrap;padding:.3rem .8rem;
vertical-align:middle}
td{font-size:.9rem;padding:.3rem .8rem}
caption{text-align:left;font-size:.85rem;color:#5f6368;caption-side:bottom;padding:.3rem 0}
aside{background:#f1efe9;border-top:3px solid #0f5c66;padding:.2rem 1rem .6rem;margin:2rem 0}
aside h2{margin-top:.8rem}
"""


def render_html(session: Session, event: Event, *, appendix: bool = False) -> bytes:
    """The event's article as one UTF-8 HTML document (images embedded)."""
    return render_html_view(public_view(session, event), appendix=appendix)


def write_html(session: Session, event: Event, target: Path, *, appendix: bool = False) -> None:
    atomic_write_bytes(Path(target), render_html(session, event, appendix=appendix), mode=0o644)


def render_html_view(view: PublicEvent, *, appendix: bool = False) -> bytes:
    labels = labels_for(view.language)
    content = article(view, labels)
    # A repeated pull quote decorates the printed page; the web page reads it once, in the text.
    parts = [_block(block) for block in content.blocks if not (isinstance(block, Quote) and block.repeat)]
    if appendix:
        parts.append(_appendix(view))
    return _page(content, "\n".join(p for p in parts if p)).encode("utf-8")


def _page(content: Article, body: str) -> str:
    author = f'<meta name="author" content="{escape(content.author)}">\n' if content.author else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(content.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(content.title)}</title>\n{author}"
        '<meta name="generator" content="Erbij Desktop">\n'
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n<article>\n{body}\n</article>\n</main>\n</body>\n</html>\n"
    )


def _text(text: str) -> str:
    """User text, escaped; its own line breaks kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _block(block: Block) -> str:
    if isinstance(block, Para):
        css = ' class="question"' if block.kind == "question" else ""
        return f"<p{css}>{_text(block.text)}</p>"
    if isinstance(block, Heading):
        return f"<h2>{_text(block.text)}</h2>"
    if isinstance(block, Bullets):
        items = []
        for bullet in block.items:
            source = f' <span class="source">— {_text(bullet.source)}</span>' if bullet.source else ""
            items.append(f"<li>{_text(bullet.text)}{source}</li>")
        return "<ul>\n" + "\n".join(items) + "\n</ul>"
    if isinstance(block, Quote):
        by = f"\n<footer>— {_text(block.attribution)}</footer>" if block.attribution else ""
        return f"<blockquote>\n<p>{_text(block.text)}</p>{by}\n</blockquote>"
    if isinstance(block, Figures):
        return _figures(block)
    if isinstance(block, Photo):
        return _photo(block)
    if isinstance(block, Box):
        heading = f"<h2>{_text(block.heading)}</h2>\n" if block.heading else ""
        return (
            "<aside>\n" + heading + "\n".join(f"<p>{_text(p)}</p>" for p in block.paragraphs) + "\n</aside>"
        )
    if isinstance(block, Dates):
        return (
            '<footer class="dates">\n'
            + "\n".join(f"<p>{_text(line)}</p>" for line in block.lines)
            + "\n</footer>"
        )
    if isinstance(block, Title):
        headline = f' <span class="headline">{_text(block.headline)}</span>' if block.headline else ""
        separator = ""
        if block.headline and block.title.strip():
            separator = "" if block.title.rstrip().endswith((":", "?", "!")) else ":"
        return f"<h1>{_text(block.title)}{separator}{headline}</h1>"
    if isinstance(block, Kicker):
        return f'<p class="kicker">{_text(block.text)}</p>'
    if isinstance(block, Lead):
        return f'<p class="lead">{_text(block.text)}</p>'
    if isinstance(block, Byline):
        return f'<p class="byline">{_text(block.text)}</p>'
    raise TypeError(f"no HTML form for {block!r}")


def _figures(block: Figures) -> str:
    rows = "\n".join(
        f'<tr><th scope="row">{_text(value)}</th><td>{_text(text)}</td></tr>' for value, text in block.rows
    )
    caption = " ".join(part for part in (block.summary, block.source) if part)
    return f"<table>\n<caption>{_text(caption)}</caption>\n{rows}\n</table>"


def _photo(block: Photo) -> str:
    photo = block.photo
    prepared = images.prepare(photo.image, photo.sha256)
    if prepared is None or prepared.width <= 0 or prepared.height <= 0:
        return ""
    mime = "image/png" if prepared.data.startswith(b"\x89PNG") else "image/jpeg"
    source = f"data:{mime};base64,{base64.b64encode(prepared.data).decode('ascii')}"
    img = (
        f'<img src="{source}" alt="{escape(block.alt)}" width="{prepared.width}" height="{prepared.height}">'
    )
    caption = _text(block.caption)
    if block.credit:
        credit = f'<small class="credit">{_text(block.credit)}</small>'
        caption = f"{caption} {credit}" if caption else credit
    figcaption = f"\n<figcaption>{caption}</figcaption>" if caption else ""
    return f"<figure>\n{img}{figcaption}\n</figure>"


def _appendix(view: PublicEvent) -> str:
    out = []
    for section in appendix_sections(view):
        out.append(f"<h2>{_text(section.heading)}</h2>")
        if section.intro:
            out.append(f"<p>{_text(section.intro)}</p>")
        for group, items in section.groups:
            if group:
                out.append(f"<p><strong>{_text(group)}</strong></p>")
            out.append("<ul>\n" + "\n".join(f"<li>{_text(item)}</li>" for item in items) + "\n</ul>")
    return "\n".join(out)
