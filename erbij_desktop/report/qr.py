"""QR codes for the tables' join links: a table host joins by pointing a phone camera at the screen or card.

segno makes the codes (pure Python, no Qt, no network). One place for the join cards (report),
the Live tab and the beamer (ui), so a printed code and a shown one are the same. Error correction
M survives a smudged card or a beamer's glare; the quiet zone of four modules is part of the
picture, so whatever shows it needs no margin. The light modules are painted white, not left
transparent, so a code still scans on a dark background.
"""

from __future__ import annotations

import io

import segno

# Four modules of light around the code: what the QR standard asks for readers to find it.
QUIET_ZONE = 4
_ERROR = "m"


def _code(link: str) -> segno.QRCode:
    if not link.strip():
        raise ValueError("Er is geen link om een QR-code van te maken.")
    return segno.make_qr(link, error=_ERROR, boost_error=False)


def qr_svg(link: str) -> str:
    """The QR code of ``link`` as a scalable SVG (viewBox in modules, no fixed size), titled by the link."""
    buffer = io.BytesIO()
    _code(link).save(
        buffer,
        kind="svg",
        scale=1,
        border=QUIET_ZONE,
        xmldecl=False,
        omitsize=True,
        svgclass=None,
        lineclass=None,
        dark="#000",
        light="#fff",
        title=link,
    )
    return buffer.getvalue().decode("utf-8")


def qr_png(link: str, scale: int = 8) -> bytes:
    """The QR code of ``link`` as a PNG, ``scale`` pixels per module (black on white, quiet zone included)."""
    if scale < 1:
        raise ValueError("De schaal van een QR-code is minstens 1 pixel per module.")
    buffer = io.BytesIO()
    _code(link).save(buffer, kind="png", scale=scale, border=QUIET_ZONE, dark="#000", light="#fff")
    return buffer.getvalue()


def qr_modules(link: str) -> int:
    """The width of ``link``'s code in modules, quiet zone included (to size it on a page or screen)."""
    width, _height = _code(link).symbol_size(scale=1, border=QUIET_ZONE)
    return int(width)
