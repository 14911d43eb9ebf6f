"""A tagged PDF (PDF/UA-1 in structure) from ReportLab, which cannot tag by itself.

Public bodies must publish accessible documents, and a screen reader reads a
PDF through its *structure tree*, not through what is painted. So:

* every flowable that shows content carries a :class:`StructNode` (made when
  the story is built, so the tree is in reading order, not drawing order) and
  wraps what it draws in marked content (``/P <</MCID 3>> BDC … EMC``);
* whatever is decoration (running footer, watermark, rules, tints) is drawn
  as an ``/Artifact``, outside the tree;
* :class:`TaggedCanvas` numbers the marked content per page and, when the
  document is saved, writes the tree (StructTreeRoot, StructElems with /Alt,
  ParentTree, /StructParents on every page), /MarkInfo, /Lang, the XMP
  metadata with the PDF/UA identifier, DisplayDocTitle, and bookmarks.

Everything is written with ReportLab's own PDF objects in the one pass that
makes the file: no second parser, no re-save.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

PDF_VERSION = (1, 7)
_PAGE_KEYS = [*pdfdoc.PDFPage.__NoDefault__, "StructParents", "Tabs"]

MCR = tuple[int, int]  # (page index, marked-content id)


class StructNode:
    """One structure element (H1, P, LI, Figure, …) with its children in reading order."""

    __slots__ = ("actual_text", "alt", "attributes", "kids", "parent", "role")

    def __init__(
        self,
        role: str,
        parent: StructNode | None = None,
        *,
        alt: str = "",
        attributes: dict[str, Any] | None = None,
        actual_text: str = "",
    ) -> None:
        self.role = role
        # What the element says, as written: read instead of the painted lines, which are
        # hyphenated and broken without spaces.
        self.actual_text = actual_text
        self.parent = parent
        self.alt = alt
        self.attributes = attributes or {}
        self.kids: list[StructNode | MCR] = []
        if parent is not None:
            parent.kids.append(self)

    def child(self, role: str, **options: Any) -> StructNode:
        return StructNode(role, self, **options)

    def has_content(self) -> bool:
        return any(not isinstance(k, StructNode) or k.has_content() for k in self.kids)

    def walk(self) -> list[StructNode]:
        """This node and every node under it, in reading order."""
        out = [self]
        for kid in self.kids:
            if isinstance(kid, StructNode):
                out.extend(kid.walk())
        return out


class TaggedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that numbers marked content and writes the structure tree on save.

    Subclasses that hold pages back (to print "page N of M") call
    :meth:`finish_page` right after each real ``showPage``.
    """

    structure: StructNode | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["pdfVersion"] = PDF_VERSION
        super().__init__(*args, **kwargs)
        self._mcids: dict[int, list[StructNode]] = {}
        self._outline_keys = 0
        self.setViewerPreference("DisplayDocTitle", "true")

    # --- marked content -------------------------------------------------------------------------

    def begin_tagged(self, node: StructNode) -> None:
        page = self.getPageNumber() - 1
        owners = self._mcids.setdefault(page, [])
        node.kids.append((page, len(owners)))
        self._code.append(f"/{node.role} <</MCID {len(owners)}>> BDC")
        owners.append(node)

    def begin_artifact(self, kind: str = "Layout") -> None:
        self._code.append(f"/Artifact <</Type /{kind}>> BDC")

    def end_marked(self) -> None:
        self._code.append("EMC")

    def bookmark(self, title: str, level: int, top: float) -> None:
        """A bookmark (outline entry) to ``top`` in the current coordinates, e.g. a section heading."""
        self._outline_keys += 1
        key = f"section-{self._outline_keys}"
        self.bookmarkHorizontal(key, 0, top)
        self.addOutlineEntry(title, key, level=level, closed=False)

    # --- finishing ------------------------------------------------------------------------------

    def finish_page(self) -> None:
        page = self._doc.Pages.pages[-1]
        page.__NoDefault__ = _PAGE_KEYS
        page.StructParents = len(self._doc.Pages.pages) - 1
        page.Tabs = PDFName("S")

    def write_structure(self, *, title: str, author: str, subject: str, lang: str) -> None:
        """Add the tree, ParentTree, MarkInfo and XMP; call once, just before ``save``."""
        doc = self._doc
        if self._outline_keys:
            self.showOutline()
        root = self.structure
        pages = len(doc.Pages.pages)
        names: dict[int, str] = {}
        if root is not None:
            holding = _with_content(root)
            nodes = [root, *(n for n in root.walk()[1:] if id(n) in holding)]
            for index, node in enumerate(nodes):
                names[id(node)] = f"SE{index}"
            for node in nodes:
                doc.Reference(_StructElem(node, names), names[id(node)])
        parents = [[names[id(n)] for n in self._mcids.get(page, [])] for page in range(pages)]
        tree = PDFDictionary(
            {
                "Type": PDFName("StructTreeRoot"),
                "ParentTree": doc.Reference(_ParentTree(parents), "ParentTree"),
                "ParentTreeNextKey": pages,
            }
        )
        if root is not None:
            tree["K"] = PDFArray([PDFObjectReference(names[id(root)])])
        catalog = doc.Catalog
        catalog.StructTreeRoot = doc.Reference(tree, "StructTreeRoot")
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
        catalog.Metadata = doc.Reference(_xmp(title, author, subject, lang), "XMPMetadata")


def _with_content(root: StructNode) -> set[int]:
    """Ids of the nodes that hold marked content somewhere below them, in one pass over the tree
    (asking each node on its own walks every subtree again: thousands of appendix items)."""
    found: set[int] = set()

    def visit(node: StructNode) -> bool:
        holds = False
        for kid in node.kids:
            if not isinstance(kid, StructNode) or visit(kid):
                holds = True
        if holds:
            found.add(id(node))
        return holds

    visit(root)
    return found


class _ParentTree(PDFObject):  # type: ignore[misc]
    """The number tree from each page's marked content to its structure elements, as bytes."""

    __RefOnly__ = 1

    def __init__(self, pages: list[list[str]]) -> None:
        self.pages = pages

    def format(self, document: Any) -> bytes:
        ids = document.idToObjectNumberAndVersion
        parts = []
        for page, owners in enumerate(self.pages):
            refs = " ".join("{} {} R".format(*ids[name]) for name in owners)
            parts.append(f"{page} [ {refs} ]")
        return ("<< /Nums [ " + "\n".join(parts) + " ] >>").encode("latin-1")


class _StructElem(PDFObject):  # type: ignore[misc]
    """One StructElem written straight to bytes: an appendix has thousands, and ReportLab's
    generic dictionaries format each key and value through several layers. Marked content on
    the element's own page is a plain MCID."""

    __RefOnly__ = 1

    def __init__(self, node: StructNode, names: dict[int, str]) -> None:
        self.node = node
        self.names = names

    def format(self, document: Any) -> bytes:
        node, names = self.node, self.names
        ids = document.idToObjectNumberAndVersion

        def ref(name: str) -> str:
            number, version = ids[name]
            return f"{number} {version} R"

        kids: list[str] = []
        first_page: int | None = None
        for kid in node.kids:
            if isinstance(kid, StructNode):
                if id(kid) in names:
                    kids.append(ref(names[id(kid)]))
                continue
            page, mcid = kid
            if first_page is None:
                first_page = page
            kids.append(
                str(mcid)
                if page == first_page
                else f"<< /Type /MCR /Pg {ref(f'Page{page + 1}')} /MCID {mcid} >>"
            )
        parent = names[id(node.parent)] if node.parent is not None else "StructTreeRoot"
        out = [f"<< /Type /StructElem /S /{node.role} /P {ref(parent)} /K [ {' '.join(kids)} ]"]
        if first_page is not None:
            out.append(f" /Pg {ref(f'Page{first_page + 1}')}")
        text = out[0].encode("latin-1") + "".join(out[1:]).encode("latin-1")
        extra = b""
        if node.alt:
            extra += b" /Alt " + PDFString(node.alt).format(document)
        if node.actual_text:
            extra += b" /ActualText " + PDFString(node.actual_text).format(document)
        if node.attributes:
            attributes = {
                key: PDFName(v) if key in ("O", "Scope") else _value(v) for key, v in node.attributes.items()
            }
            extra += b" /A " + PDFDictionary(attributes).format(document)
        return text + extra + b" >>"


def _value(value: Any) -> Any:
    if isinstance(value, str):
        return PDFString(value)
    if isinstance(value, (list, tuple)):
        return PDFArray([_value(v) for v in value])
    return value


def _xmp(title: str, author: str, subject: str, lang: str) -> PDFStream:
    """XMP metadata: Dublin Core title/creator/description and the PDF/UA-1 identifier."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{xml_escape(text)}</rdf:li></rdf:Alt>'

    creator = (
        f"<dc:creator><rdf:Seq><rdf:li>{xml_escape(author)}</rdf:li></rdf:Seq></dc:creator>" if author else ""
    )
    description = f"<dc:description>{alt(subject)}</dc:description>" if subject else ""
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">'
        f"<dc:format>application/pdf</dc:format><dc:title>{alt(title)}</dc:title>{creator}{description}"
        f"<dc:language><rdf:Bag><rdf:li>{xml_escape(lang)}</rdf:li></rdf:Bag></dc:language>"
        "<pdf:Producer>ReportLab PDF Library - (opensource)</pdf:Producer>"
        f"<xmp:CreatorTool>Erbij Desktop</xmp:CreatorTool><xmp:CreateDate>{now}</xmp:CreateDate>"
        f"<xmp:ModifyDate>{now}</xmp:ModifyDate><xmp:MetadataDate>{now}</xmp:MetadataDate>"
        "<pdfuaid:part>1</pdfuaid:part>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    dictionary = PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")})
    return PDFStream(dictionary, packet.encode("utf-8"), filters=[])
