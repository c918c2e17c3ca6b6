"""Redacted Word output: the source package re-written part by part, text edited in place.

Why in place: replacing text inside the existing w:t elements keeps every run's
formatting (bold, fonts, hidden, table layout) for the kept words. The first
text element a redaction touches receives its label ("[DV VICTIM 1]"); the rest
of the redacted characters are cut from the following elements.

Offsets are mapped by re-running the reader's traversal (`story_pieces`) on the
source: the text it yields must equal the Document's pages, or the file changed
since it was read and nothing is written.

What the redacted copy must not carry is removed, not hidden: comments (parts,
relationships, content types, anchors), revision history (insertions accepted,
deletions and moved-from text removed, *PrChange records dropped), rsids and
trackRevisions, document variables, mail-merge settings, attached-template
paths, custom XML, glossary (AutoText), people, thumbnails, printer settings,
custom properties; core and app properties are replaced by neutral ones; image
alt text is cleared; hyperlink targets that hold a removed value are dropped.
The zip is new (fixed timestamps) and written atomically.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from redactor.documents import Document
from redactor.errors import UnreadableDocument
from redactor.plan import RedactionPlan
from redactor.readers.docx import (
    CT_NS,
    DROPPED_RELS,
    O_NS,
    R_NS,
    TEXT_TAGS,
    V_NS,
    W_NS,
    Package,
    Piece,
    check_supported,
    open_package,
    package_stories,
    pieces_text,
    rel_kind,
    w,
)
from redactor.verify import normalise, removed_values

WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"
APP_CT = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
NEUTRAL_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    b' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    b' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    b"<cp:revision>1</cp:revision></cp:coreProperties>"
)
NEUTRAL_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>nh-redactor</Application><DocSecurity>0</DocSecurity></Properties>"
)

# Revision markup: containers whose content is removed (deleted) or kept (inserted).
_REMOVED = (w("del"), w("moveFrom"))
_UNWRAPPED = (w("ins"), w("moveTo"))
_MARKERS = tuple(
    w(tag)
    for tag in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
        "commentRangeStart",
        "commentRangeEnd",
        "commentReference",
        "dataBinding",
    )
)
_SETTINGS_DROPPED = tuple(
    w(tag) for tag in ("rsids", "trackRevisions", "docVars", "attachedTemplate", "mailMerge")
)


def _redaction_edits(
    pages: list[list[Piece]], document: Document, plan: RedactionPlan
) -> dict[int, list[tuple[int, int, str]]]:
    """Per editable piece (by id), the (start, end, replacement) edits in piece coordinates."""
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for base, pieces in zip(document.page_offsets(), pages, strict=True):
        positions, position = [], base
        for piece in pieces:
            positions.append(position)
            position += len(piece.text)
        for redaction in plan.redactions:
            if redaction.end <= base or redaction.start >= position:
                continue
            labelled = False
            for piece, start in zip(pieces, positions, strict=True):
                end = start + len(piece.text)
                if piece.element is None or end <= redaction.start or start >= redaction.end:
                    continue
                local = (max(redaction.start, start) - start, min(redaction.end, end) - start)
                edits.setdefault(id(piece), []).append((*local, "" if labelled else redaction.label))
                labelled = True
    return edits


def _apply_edits(pages: list[list[Piece]], edits: dict[int, list[tuple[int, int, str]]]) -> None:
    for pieces in pages:
        for piece in pieces:
            changes = edits.get(id(piece))
            if not changes or piece.element is None:
                continue
            text = piece.text
            for start, end, replacement in sorted(changes, reverse=True):
                text = text[:start] + replacement + text[end:]
            if piece.attribute is not None:
                piece.element.set(piece.attribute, text)
            else:
                piece.element.text = text
                if piece.element.tag in TEXT_TAGS:
                    piece.element.set(XML_SPACE, "preserve")


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    for offset, child in enumerate(list(el)):
        parent.insert(index + offset, child)
    parent.remove(el)


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def clean_revisions(root: etree._Element) -> None:
    """Accept every tracked change: deleted text goes, inserted text stays, records go."""
    for el in list(root.iter(*_REMOVED, *_UNWRAPPED)):
        parent = el.getparent()
        if parent is None:
            continue
        if parent.tag == w("trPr") and el.tag == w("del"):
            row = parent.getparent()  # a deleted table row: accepting removes the row
            if row is not None:
                _remove(row)
        elif parent.tag in (w("rPr"), w("trPr"), w("pPr"), w("numPr")):
            _remove(el)  # a revision mark on a paragraph mark, run properties, row or numbering
    for el in list(root.iter(*_REMOVED)):
        _remove(el)
    for el in list(root.iter(*_UNWRAPPED)):
        _unwrap(el)
    for el in list(root.iter(w("delText"), w("delInstrText"))):
        _remove(el)  # deleted text outside a w:del (malformed, but Word may still show it)
    for el in list(root.iter(*_MARKERS)):
        _remove(el)
    for table in list(root.iter(w("tbl"))):
        if table.find(f".//{w('tr')}") is None:
            _remove(table)  # every row was a tracked deletion: a table without rows is invalid
    # A run left holding only its properties (it carried the comment reference) is dropped.
    for run in list(root.iter(w("r"))):
        if all(child.tag == w("rPr") for child in run) and len(run):
            _remove(run)


def strip_rsids(root: etree._Element) -> None:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attribute in [a for a in el.attrib if a.startswith(f"{{{W_NS}}}rsid")]:
            del el.attrib[attribute]


def _strip_alt_text(root: etree._Element) -> None:
    """Image descriptions and titles are text the detector does not read: cleared."""
    for el in root.iter(
        f"{{{WP_NS}}}docPr", "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"
    ):
        for attribute in ("descr", "title"):
            if attribute in el.attrib:
                del el.attrib[attribute]
    for el in root.iter(f"{{{V_NS}}}shape", f"{{{V_NS}}}rect", f"{{{V_NS}}}imagedata"):
        for attribute in ("alt", f"{{{O_NS}}}title", "title"):
            if attribute in el.attrib:
                del el.attrib[attribute]


def _blank_leaking_fields(root: etree._Element, values: list[str]) -> None:
    """A field instruction (HYPERLINK "mailto:...") that still holds a removed value, e.g. an
    address the detector did not flag as a whole, is emptied: the field's shown result stays."""
    for paragraph in root.iter(w("p")):
        instructions = [el for el in paragraph.iter(w("instrText")) if el.text]
        if instructions and _leaks("".join(el.text or "" for el in instructions), values):
            for el in instructions:
                el.text = ""
    for el in root.iter(w("fldSimple")):
        if _leaks(el.get(w("instr"), ""), values):
            el.set(w("instr"), "")


def _leaks(target: str, values: list[str]) -> bool:
    squeezed = normalise(unquote(target))
    return any(value in squeezed for value in values)


def _clean_relationships(
    package: Package, part: str, root: etree._Element | None, values: list[str]
) -> bytes | None:
    """The part's .rels without dropped kinds; hyperlinks holding a removed value are unlinked."""
    rels = package.relationships(part)
    if not rels:
        return None
    rels_root = rels[0].element.getroottree().getroot()
    unlinked: set[str] = set()
    for rel in rels:
        kind = rel_kind(rel.type)
        if kind in DROPPED_RELS:
            _remove(rel.element)
        elif rel.external and _leaks(rel.target, values):
            if kind == "hyperlink":
                unlinked.add(rel.id)
                _remove(rel.element)
            else:
                rel.element.set("Target", "about:blank")
    if root is not None and unlinked:
        for link in root.iter(w("hyperlink")):
            if link.get(f"{{{R_NS}}}id") in unlinked:
                del link.attrib[f"{{{R_NS}}}id"]
    return _serialise(rels_root)


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _content_types(package: Package, kept: set[str]) -> bytes:
    name = package.find("[Content_Types].xml")
    assert name is not None
    root = package.xml(name)
    for el in list(root.iter(f"{{{CT_NS}}}Override")):
        part = package.find(el.get("PartName", "").lstrip("/"))
        if part is None or part not in kept:
            _remove(el)
    return _serialise(root)


def write_docx(source: Path, document: Document, plan: RedactionPlan, target: Path) -> None:
    """Write the redacted copy of `source` to `target` (atomically)."""
    package = open_package(source)
    check_supported(package)
    stories = package_stories(package)
    pages = [pieces for _, pieces in stories]
    read_now = [pieces_text(pieces) for pieces in pages]
    if read_now != [page.text for page in document.pages] or plan.text != document.text:
        raise UnreadableDocument(source, "Word file changed since it was read")
    _apply_edits(pages, _redaction_edits(pages, document, plan))
    values = list(removed_values(plan))

    kept = package.reachable(skip_types=DROPPED_RELS)
    main = package.main_part()
    story_names = {name for name, _ in stories}
    output: dict[str, bytes] = {}
    for part in kept:
        ctype = package.content_type(part)
        if ctype == CORE_CT:
            output[part] = NEUTRAL_CORE
            continue
        if ctype == APP_CT:
            output[part] = NEUTRAL_APP
            continue
        is_xml = ctype.endswith("xml")
        root = package.xml(part) if is_xml else None
        if root is not None and part.startswith(_folder(main)):
            clean_revisions(root)
            strip_rsids(root)
            if part in story_names:
                _strip_alt_text(root)
                _blank_leaking_fields(root, values)
            if root.tag == w("settings"):
                for el in list(root.iter(*_SETTINGS_DROPPED)):
                    _remove(el)
        rels = _clean_relationships(package, part, root, values)
        output[part] = _serialise(root) if root is not None else package.raw[part]
        if rels is not None:
            output[package.rels_name(part)] = rels
    package_rels = _clean_relationships(package, "", None, values)
    if package_rels is not None:
        output["_rels/.rels"] = package_rels
    content_types = _content_types(package, set(kept))

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".partial-", suffix=".docx")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            _store(archive, "[Content_Types].xml", content_types)
            for name, data in output.items():
                _store(archive, name, data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _folder(part: str) -> str:
    folder = part.rsplit("/", 1)[0] if "/" in part else ""
    return f"{folder}/" if folder else ""


def _store(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    archive.writestr(info, data)
