"""Register the shipped TTF families with ReportLab, once per process.

ReportLab's built-in Helvetica lacks ş, ğ and is never embedded; every PDF we
make uses these embedded Noto families instead:

* ``SERIF`` (Noto Serif) for running text,
* ``SANS`` (Noto Sans) for headings, captions and labels,
* ``ARABIC`` (Noto Sans Arabic) and ``HEBREW`` (Noto Sans Hebrew) for
  right-to-left runs.

Right-to-left paragraphs are shaped with HarfBuzz; ReportLab's default
feature set switches on discretionary ligatures (a joined "st"), which no
typesetter wants in running text, so registering the fonts also turns
``dlig`` off for every shaped paragraph.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from erbij_desktop.resources import resource

SERIF = "ErbijSerif"
SANS = "ErbijSans"
ARABIC = "ErbijArabic"
HEBREW = "ErbijHebrew"

_FAMILIES = {
    SERIF: ("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"),
    SANS: ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
    ARABIC: (
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
    ),
    HEBREW: (
        "NotoSansHebrew-Regular",
        "NotoSansHebrew-Bold",
        "NotoSansHebrew-Regular",
        "NotoSansHebrew-Bold",
    ),
}
_STYLES = ("", "-Bold", "-Italic", "-BoldItalic")


def bold(family: str) -> str:
    return f"{family}-Bold"


def italic(family: str) -> str:
    return f"{family}-Italic"


def disable_discretionary_ligatures() -> None:
    """Shape without ``dlig`` (ReportLab passes no features, so change its default set)."""
    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
    for default in defaults:
        if isinstance(default, dict) and "dlig" in default:
            default["dlig"] = False


@cache
def register_fonts() -> tuple[str, str, str]:
    """Register all families (idempotent); return (SERIF, SANS, ARABIC)."""
    disable_discretionary_ligatures()
    for family, files in _FAMILIES.items():
        for suffix, stem in zip(_STYLES, files, strict=True):
            pdfmetrics.registerFont(TTFont(family + suffix, str(resource("fonts", f"{stem}.ttf"))))
        for (is_bold, is_italic), suffix in zip(((0, 0), (1, 0), (0, 1), (1, 1)), _STYLES, strict=True):
            addMapping(family, is_bold, is_italic, family + suffix)
    return SERIF, SANS, ARABIC
