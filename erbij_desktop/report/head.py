"""The head of the article on page one, across both columns: optional logo, a
kicker with date and place, the title with the headline quote, the bold lead
and a byline with the organisers, closed by a rule.
"""

from __future__ import annotations

import io

from reportlab.platypus import Flowable

from erbij_desktop.domain.privacy import PublicEvent

from . import images
from .blocks import Block
from .flowables import TaggedImage, rule
from .pdf_blocks import flowables
from .styles import Styles
from .tagging import StructNode

LOGO_HEIGHT = 38.0
LOGO_MAX_WIDTH = 150.0


def head_flowables(
    view: PublicEvent, head: tuple[Block, ...], st: Styles, root: StructNode
) -> list[Flowable]:
    out: list[Flowable] = []
    logo = _logo(view)
    if logo is not None:
        out.append(logo)
    out.extend(flowables(head, st, root))
    out.append(rule(thickness=0.8))
    return out


def _logo(view: PublicEvent) -> Flowable | None:
    """The organiser's logo: page furniture (an artifact), like a letterhead."""
    if not view.logo:
        return None
    prepared = images.prepare(view.logo)
    if prepared is None or prepared.width <= 0 or prepared.height <= 0:
        return None
    height = LOGO_HEIGHT
    width = height * prepared.width / prepared.height
    if width > LOGO_MAX_WIDTH:
        width = LOGO_MAX_WIDTH
        height = width * prepared.height / prepared.width
    logo = TaggedImage(io.BytesIO(prepared.data), width=width, height=height, hAlign="RIGHT")
    logo.spaceAfter = 4
    return logo
