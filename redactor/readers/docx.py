"""Word (.docx) text from the package XML, every story, revisions and hidden text included.

python-docx does not model tracked changes, comments' anchors or field codes, so
the package is read at the XML level (zipfile + lxml). Everything a person could
recover from the file is read: body, tables, headers, footers, footnotes,
endnotes, comments, hidden text (w:vanish), deleted and inserted text (w:del,
w:ins, moves), field instructions (HYPERLINK "mailto:..."), equation text and
text boxes. The writer drops comments and deleted text, but the detector must
see them so that what the writer keeps is checked against the same names.

`story_pieces` is the one traversal both the reader and the writer use: the
writer re-runs it on the source file to map document-text offsets back onto the
w:t (w:delText, w:instrText...) elements, so no XML is stored in the Document.

Content that cannot be redacted with confidence (embedded OLE objects, macros,
altChunk imports, charts, SmartArt, ActiveX, subdocuments, Strict OOXML,
unknown part types) raises UnsupportedWordContent: the batch quarantines it.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from redactor.documents import Document, Page
from redactor.errors import DocumentError, EmptyDocument, EncryptedDocument, UnreadableDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
PR_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# Elements whose text is document text (the writer edits these in place).
TEXT_TAGS = frozenset({w("t"), w("delText"), w("instrText"), w("delInstrText"), f"{{{M_NS}}}t"})
# Attributes that hold document text (read inline, surrounded by spaces).
ATTR_TEXT: dict[str, tuple[str, ...]] = {
    w("fldSimple"): (w("instr"),),
    f"{{{V_NS}}}textpath": ("string",),
    w("default"): (w("val"),),
    w("statusText"): (w("val"),),
    w("helpText"): (w("val"),),
    w("listEntry"): (w("val"),),
    w("listItem"): (w("displayText"), w("value")),
}
CELL_SEPARATOR = " | "

# Stories in the order they become Pages (after the main document).
STORY_TYPES = ("header", "footer", "footnotes", "endnotes", "comments")
WORDML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."

# Anything beyond this many uncompressed bytes is refused (zip bombs).
MAX_UNCOMPRESSED = 512 * 1024 * 1024

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=False)


class UnsupportedWordContent(DocumentError):
    """A Word construct the redactor cannot clean with confidence (OLE, macros, altChunk...)."""

    remedy = "remove the object or review this document by hand"


@dataclass(frozen=True)
class Piece:
    """A run of document text and, when editable, where it lives (element text or an attribute)."""

    text: str
    element: etree._Element | None = None
    attribute: str | None = None


@dataclass(frozen=True)
class Relationship:
    id: str
    type: str
    target: str  # part name (no leading slash) for internal targets, the raw target if external
    external: bool
    element: etree._Element


@dataclass
class Package:
    """The zip's parts, content types and relationships; XML parsed on demand and cached."""

    path: Path
    names: list[str]
    raw: dict[str, bytes]
    overrides: dict[str, str]
    defaults: dict[str, str]
    _xml: dict[str, etree._Element] = field(default_factory=dict)
    _rels: dict[str, tuple[etree._Element | None, list[Relationship]]] = field(default_factory=dict)

    def find(self, name: str) -> str | None:
        """The stored spelling of a part name (OPC part names are case-insensitive)."""
        lower = name.lower()
        return next((n for n in self.names if n.lower() == lower), None)

    def content_type(self, name: str) -> str:
        override = self.overrides.get(name.lower())
        if override is not None:
            return override
        return self.defaults.get(posixpath.splitext(name)[1].lstrip(".").lower(), "")

    def xml(self, name: str) -> etree._Element:
        if name not in self._xml:
            self._xml[name] = parse_xml(self.path, self.raw[name])
        return self._xml[name]

    def rels_name(self, part: str) -> str:
        folder, base = posixpath.split(part)
        return posixpath.join(folder, "_rels", f"{base}.rels")

    def relationships(self, part: str) -> list[Relationship]:
        """Relationships of `part` ("" for the package), internal targets resolved."""
        if part not in self._rels:
            stored = self.find(self.rels_name(part))
            if stored is None:
                self._rels[part] = (None, [])
            else:
                root = self.xml(stored)
                rels = []
                for el in root.iter(f"{{{PR_NS}}}Relationship"):
                    target = el.get("Target", "")
                    external = el.get("TargetMode", "") == "External"
                    if not external:
                        base = posixpath.dirname(part)
                        joined = unquote(
                            target[1:] if target.startswith("/") else posixpath.join(base, target)
                        )
                        target = self.find(posixpath.normpath(joined)) or posixpath.normpath(joined)
                    rels.append(Relationship(el.get("Id", ""), el.get("Type", ""), target, external, el))
                self._rels[part] = (root, rels)
        return self._rels[part][1]

    def main_part(self) -> str:
        for rel in self.relationships(""):
            if rel.type.endswith("/officeDocument") and not rel.external and rel.target in self.raw:
                return rel.target
        raise UnreadableDocument(self.path, "Word file has no main document part")

    def reachable(self, skip_types: frozenset[str] = frozenset()) -> list[str]:
        """Parts reachable from the package relationships, in discovery order."""
        seen: list[str] = []
        queue = [""]
        while queue:
            part = queue.pop(0)
            for rel in self.relationships(part):
                if rel.external or rel_kind(rel.type) in skip_types:
                    continue
                if rel.target in self.raw and rel.target not in seen:
                    seen.append(rel.target)
                    queue.append(rel.target)
        return seen


def rel_kind(type_uri: str) -> str:
    """The last segment of a relationship type ("comments", "oleObject", "hyperlink")."""
    return type_uri.rstrip("/").rsplit("/", 1)[-1]


def parse_xml(path: Path, data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        raise UnreadableDocument(path, "damaged XML inside the Word file") from None


def _natural(name: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name.lower())]


def open_package(path: Path) -> Package:
    """Load every part of the zip into memory, refusing encrypted, damaged or ambiguous files."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UnreadableDocument(path, f"cannot be read: {exc.strerror}") from None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # An OLE compound file: a password-protected .docx (EncryptedPackage) or a legacy .doc.
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocument(path, "Word file is password-protected (encrypted)")
        raise UnreadableDocument(path, "not a .docx file (legacy Word binary format?)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            if len({n.lower() for n in names}) != len(names):
                raise UnreadableDocument(path, "Word file has duplicate parts")
            if any(info.flag_bits & 0x1 for info in infos):
                raise EncryptedDocument(path, "Word file has encrypted parts")
            if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED:
                raise UnsupportedWordContent(path, "Word file is too large to process safely")
            raw = {info.filename: archive.read(info) for info in infos if not info.is_dir()}
    except DocumentError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
        raise UnreadableDocument(path, "damaged Word file (not a valid zip package)") from None
    except OSError as exc:
        raise UnreadableDocument(path, f"cannot be read: {exc.strerror}") from None
    stored = next((n for n in raw if n.lower() == "[content_types].xml"), None)
    if stored is None:
        raise UnreadableDocument(path, "damaged Word file (no content types)")
    types = parse_xml(path, raw[stored])
    overrides = {
        el.get("PartName", "").lstrip("/").lower(): el.get("ContentType", "")
        for el in types.iter(f"{{{CT_NS}}}Override")
    }
    defaults = {
        el.get("Extension", "").lower(): el.get("ContentType", "") for el in types.iter(f"{{{CT_NS}}}Default")
    }
    return Package(path, [n for n in names if n in raw], raw, overrides, defaults)


# Relationship kinds whose targets the writer never copies (so they need no cleaning):
# comments and their authors, custom properties and custom XML, AutoText, thumbnails
# (a picture of page one), template and mail-merge paths, printer settings, and
# Office's own metadata (editor "intelligence", sensitivity labels, add-in panes).
DROPPED_RELS = frozenset(
    {
        "comments",
        "commentsExtended",
        "commentsIds",
        "commentsExtensible",
        "people",
        "custom-properties",
        "customXml",
        "glossaryDocument",
        "thumbnail",
        "attachedTemplate",
        "mailMergeSource",
        "mailMergeHeaderSource",
        "recipientData",
        "printerSettings",
        "intelligence",
        "classificationlabels",
        "webextensiontaskpanes",
    }
)

# --- what the redactor refuses -------------------------------------------------------------

_REFUSED_RELS = {
    "oleObject": "Word file contains embedded objects",
    "package": "Word file contains embedded objects",
    "aFChunk": "Word file contains altChunk (imported content)",
    "subDocument": "Word file contains subdocuments",
    "control": "Word file contains ActiveX controls",
    "activeXControlBinary": "Word file contains ActiveX controls",
    "chart": "Word file contains charts",
    "diagramData": "Word file contains diagrams (SmartArt)",
    "vbaProject": "Word file contains macros",
}
_REFUSED_ELEMENTS = {
    w("altChunk"): "Word file contains altChunk (imported content)",
    w("object"): "Word file contains embedded objects",
    w("embedObject"): "Word file contains embedded objects",
    f"{{{O_NS}}}OLEObject": "Word file contains embedded objects",
    w("control"): "Word file contains ActiveX controls",
    w("subDoc"): "Word file contains subdocuments",
}
# Content types of the parts the writer keeps (dropped parts are never copied, so not listed;
# plain application/xml is not here: a kept XML part of unknown meaning would go unread).
_KNOWN_TYPES = re.compile(
    r"^(?:"
    + re.escape(WORDML_CT)
    + r"(?:document\.main|template\.main|document\.glossary|styles|settings|webSettings|fontTable|numbering"
    r"|header|footer|footnotes|endnotes|comments|commentsExtended|commentsIds|commentsExtensible|people)\+xml"
    r"|application/vnd\.openxmlformats-officedocument\.wordprocessingml\.printerSettings"
    r"|application/vnd\.openxmlformats-officedocument\.theme\+xml"
    r"|application/vnd\.ms-word\.stylesWithEffects\+xml"
    r"|application/vnd\.openxmlformats-package\.core-properties\+xml"
    r"|application/vnd\.openxmlformats-officedocument\.(?:extended|custom)-properties\+xml"
    r"|application/vnd\.openxmlformats-package\.relationships\+xml"
    r"|application/vnd\.openxmlformats-officedocument\.obfuscatedFont|application/x-font.*|font/.*"
    r"|image/.*"
    r")$"
)


def check_supported(package: Package) -> None:
    """Raise UnsupportedWordContent for constructs the writer cannot clean with confidence."""
    path = package.path
    for name in package.names:
        lower, ctype = name.lower(), package.content_type(name).lower()
        if "vbaproject" in lower or "vbadata" in lower or "macroenabled" in ctype or "vba" in ctype:
            raise UnsupportedWordContent(path, "Word file contains macros")
        if "/embeddings/" in f"/{lower}" or "oleobject" in ctype or ctype.endswith(".package"):
            raise UnsupportedWordContent(path, "Word file contains embedded objects")
        if "/activex/" in f"/{lower}" or "activex" in ctype:
            raise UnsupportedWordContent(path, "Word file contains ActiveX controls")
    main = package.main_part()
    root = package.xml(main)
    if root.tag.startswith(f"{{{STRICT_W_NS}}}"):
        raise UnsupportedWordContent(path, "Word file uses Strict Open XML")
    if root.tag != w("document"):
        raise UnreadableDocument(path, "Word file's main part is not a document")
    for part in ["", *package.reachable()]:
        for rel in package.relationships(part):
            reason = _REFUSED_RELS.get(rel_kind(rel.type))
            if reason:
                raise UnsupportedWordContent(path, reason)
    for part in package.reachable(skip_types=DROPPED_RELS):
        if not _KNOWN_TYPES.match(package.content_type(part)):
            raise UnsupportedWordContent(path, "Word file contains parts of an unsupported type")
    for part in story_parts(package):
        for el in package.xml(part).iter(*_REFUSED_ELEMENTS):
            raise UnsupportedWordContent(path, _REFUSED_ELEMENTS[el.tag])


# --- the shared traversal ------------------------------------------------------------------


def story_parts(package: Package) -> list[str]:
    """Main document, then headers, footers, footnotes, endnotes, comments: the Page order."""
    main = package.main_part()
    reachable = package.reachable()
    parts = [main]
    for story in STORY_TYPES:
        ctype = f"{WORDML_CT}{story}+xml"
        parts += sorted((p for p in reachable if package.content_type(p) == ctype), key=_natural)
    return parts


class _Walker:
    """Document order over one story: paragraphs end with a newline, a table row's
    cells share one line separated by " | " (so "Role | Name | DOB" reads as a header)."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.cells: list[bool] = []  # per open cell: has a paragraph been read yet
        self.row_started: list[bool] = []

    def emit(self, text: str, element: etree._Element | None = None, attribute: str | None = None) -> None:
        if text or element is not None:
            self.pieces.append(Piece(text, element, attribute))

    def line_end(self) -> None:
        self.emit(" " if self.cells else "\n")

    def walk(self, el: etree._Element) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return  # XML comments and processing instructions are not text
        if tag in TEXT_TAGS:
            self.emit(el.text or "", el)
            return
        for attribute in ATTR_TEXT.get(tag, ()):
            value = el.get(attribute)
            if value:
                self.emit(" ")
                self.emit(value, el, attribute)
                self.emit(" ")
        parent = el.getparent()
        if tag in (w("tab"), w("ptab")) and parent is not None and parent.tag == w("r"):
            self.emit("\t")
        elif tag in (w("br"), w("cr")):
            self.line_end()
        elif tag == w("noBreakHyphen"):
            self.emit("-")
        elif tag == w("tr"):
            self.row_started.append(False)
            self._children(el)
            self.row_started.pop()
            self.line_end()
        elif tag == w("tc"):
            if self.row_started and self.row_started[-1]:
                self.emit(CELL_SEPARATOR)
            if self.row_started:
                self.row_started[-1] = True
            self.cells.append(False)
            self._children(el)
            self.cells.pop()
        elif tag == w("p") and self.cells:
            # Inside a cell, paragraphs are separated by a space (the row stays on one line).
            if self.cells[-1]:
                self.emit(" ")
            self.cells[-1] = True
            self._children(el)
        elif tag == w("p"):
            self._children(el)
            self.line_end()
        else:
            self._children(el)

    def _children(self, el: etree._Element) -> None:
        for child in el:
            self.walk(child)


def story_pieces(root: etree._Element) -> list[Piece]:
    """The text of one story part as pieces, in the one deterministic order reader and writer share."""
    walker = _Walker()
    walker.walk(root)
    return walker.pieces


def package_stories(package: Package) -> list[tuple[str, list[Piece]]]:
    """(part name, pieces) for every story, in Page order."""
    return [(part, story_pieces(package.xml(part))) for part in story_parts(package)]


def pieces_text(pieces: list[Piece]) -> str:
    return "".join(piece.text for piece in pieces)


def read_docx(path: Path) -> Document:
    """Every story of a .docx as one Page each (body, headers, footers, footnotes, endnotes, comments)."""
    package = open_package(path)
    check_supported(package)
    texts = [pieces_text(pieces) for _, pieces in package_stories(package)]
    if not any(text.strip() for text in texts):
        raise EmptyDocument(path, "no text in the Word file")
    pages = [Page(number, text) for number, text in enumerate(texts, start=1)]
    return Document(path=path, kind="docx", pages=pages)
