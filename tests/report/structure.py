"""Reading a tagged PDF the way a screen reader does: its structure tree, in order."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject


@dataclass(frozen=True)
class Element:
    role: str
    depth: int
    text: str  # the element's /ActualText ("" for grouping elements)
    alt: str
    attributes: dict[str, Any]
    marked: int  # marked-content references directly under it


def structure(data: bytes) -> list[Element]:
    """Every structure element below the root, depth first (reading order)."""
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    out: list[Element] = []

    def visit(node: DictionaryObject, depth: int) -> None:
        kids = node.get("/K", [])
        kids = kids if isinstance(kids, ArrayObject) else [kids]
        marked = 0
        children = []
        for kid in kids:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if (isinstance(kid, DictionaryObject) and kid.get("/Type") == "/MCR") or isinstance(kid, int):
                marked += 1
            elif isinstance(kid, DictionaryObject):
                children.append(kid)
        attributes = node.get("/A")
        out.append(
            Element(
                role=str(node["/S"])[1:],
                depth=depth,
                text=str(node.get("/ActualText", "")),
                alt=str(node.get("/Alt", "")),
                attributes={
                    str(k)[1:]: v for k, v in (attributes.get_object().items() if attributes else [])
                },
                marked=marked,
            )
        )
        for child in children:
            visit(child, depth + 1)

    for top in root["/K"] if isinstance(root["/K"], ArrayObject) else [root["/K"]]:
        visit(top.get_object(), 0)
    return out


def key(text: str) -> str:
    """Whitespace collapsed, for comparing with the article."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
