"""Release check for redacted Word files, independent of how they were written.

The output's text is extracted two ways: python-docx (paragraphs, tables,
headers and footers, as a reader of the released file sees it) and the raw
text of every XML part with tags stripped (which also sees what python-docx
skips: deleted runs, field codes, text boxes, properties). Every part's raw
bytes are searched too (attributes, relationship targets, binary parts). A
removed value may occur no more often than the original keeps it unredacted
(verify.removed_values). Structure must be that of a released file: no
comments, no revision markup, no custom properties or custom XML, neutral core
and app properties, no embedded objects or macros. Failures name the check,
never the value (nor a part name: a part name can come from the input).
"""

from __future__ import annotations

import html
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from redactor.plan import RedactionPlan
from redactor.verify import LABEL, VerificationReport, check_bytes, check_text, redetect, removed_values

if TYPE_CHECKING:
    from redactor.pipeline import Pipeline

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
NEUTRAL_VALUES = frozenset({"", "nh-redactor"})
# Core properties that may keep a value: dates and the revision number say nothing of the content.
CORE_ALLOWED = frozenset({"created", "modified", "revision"})
APP_ALLOWED = frozenset({"Application", "DocSecurity", "AppVersion"})
REVISION_TAGS = tuple(
    f"{{{_W}}}{tag}"
    for tag in (
        "ins",
        "del",
        "moveFrom",
        "moveTo",
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
        "delText",
        "delInstrText",
    )
)
COMMENT_TAGS = tuple(f"{{{_W}}}{tag}" for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"))
SETTINGS_TAGS = tuple(f"{{{_W}}}{tag}" for tag in ("trackRevisions", "rsids", "docVars", "attachedTemplate"))
_TAG = re.compile(rb"<[^>]*>")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _python_docx_text(path: Path) -> str:
    """What a reader of the released file sees through python-docx."""
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    lines: list[str] = []

    def inner(container) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue  # a merged cell is listed once per grid column
                        seen.add(id(cell._tc))
                        inner(cell)
            else:
                lines.append(block.text)

    inner(document)
    parts: set[int] = set()
    for section in document.sections:
        for story in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            if story.is_linked_to_previous or id(story.part) in parts:
                continue
            parts.add(id(story.part))
            inner(story)
    return "\n".join(lines)


def _raw_text(data: bytes) -> str:
    """An XML part's character data with the tags stripped (adjacent runs join up)."""
    return html.unescape(_TAG.sub(b"", data).decode("utf-8", "replace"))


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _read_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}


def extract_docx_text(path: Path) -> tuple[str, dict[str, str]]:
    """The text of `path` by python-docx and, per XML part, with tags stripped."""
    parts = _read_parts(path)
    raw = {name: _raw_text(data) for name, data in parts.items() if _is_xml(name)}
    return _python_docx_text(path), raw


def _elements(root: etree._Element, *tags: str) -> Iterator[etree._Element]:
    yield from root.iter(*tags)


def check_docx_structure(parts: dict[str, bytes], report: VerificationReport) -> None:
    names = {name.lower(): name for name in parts}
    for lower in names:
        if re.search(r"(^|/)comments\w*\.xml$", lower):
            report.fail("Word file keeps a comments part")
        if lower.endswith("people.xml"):
            report.fail("Word file keeps a people (authors) part")
        if lower == "docprops/custom.xml":
            report.fail("Word file keeps custom properties")
        if lower.startswith("customxml/"):
            report.fail("Word file keeps custom XML parts")
        if "/embeddings/" in f"/{lower}" or "vbaproject" in lower or "/activex/" in f"/{lower}":
            report.fail("Word file keeps embedded objects or macros")
        if lower.startswith("docprops/thumbnail"):
            report.fail("Word file keeps a thumbnail")
    types = parts.get(names.get("[content_types].xml", ""), b"")
    for marker, what in (
        (b"comments+xml", "comments"),
        (b"custom-properties", "custom properties"),
        (b"oleObject", "embedded objects"),
        (b"vbaProject", "macros"),
        (b"macroEnabled", "macros"),
    ):
        if marker in types:
            report.fail(f"Word content types declare {what}")
    for name, data in parts.items():
        if not _is_xml(name):
            continue
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError:
            report.fail("Word file has an XML part that cannot be parsed")
            continue
        if any(True for _ in _elements(root, *REVISION_TAGS)):
            report.fail("Word file keeps tracked changes")
        if any(True for _ in _elements(root, *COMMENT_TAGS)):
            report.fail("Word file keeps comment anchors")
        if any(True for _ in _elements(root, *SETTINGS_TAGS)):
            report.fail("Word settings keep revision tracking, rsids, variables or template paths")
        if any(a.startswith(f"{{{_W}}}rsid") for el in root.iter() for a in el.attrib):
            report.fail("Word file keeps revision identifiers (rsid)")
        local = _local(root.tag)
        if local == "coreProperties":
            for el in root:
                if _local(el.tag) not in CORE_ALLOWED and (el.text or "").strip() not in NEUTRAL_VALUES:
                    report.fail("core properties beyond the neutral fields")
        elif local == "Properties" and name.lower().startswith("docprops/app"):
            for el in root:
                if _local(el.tag) not in APP_ALLOWED and "".join(el.itertext()).strip():
                    report.fail("app properties beyond the neutral fields")


def verify_docx(path: Path, plan: RedactionPlan, pipeline: Pipeline | None = None) -> VerificationReport:
    report = VerificationReport()
    values = removed_values(plan)
    try:
        parts = _read_parts(path)
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
        report.fail("output is not a readable Word file")
        return report
    check_docx_structure(parts, report)
    try:
        by_python_docx = _python_docx_text(path)
    except Exception:  # python-docx raises many types on a malformed package
        report.fail("python-docx cannot open the output")
    else:
        check_text(LABEL.sub("\x00", by_python_docx), values, "python-docx text", report)
        if pipeline is not None:
            redetect(by_python_docx, pipeline, "Word text", report)
    check_text("\n".join(parts), values, "part names", report)
    for name, data in parts.items():
        if _is_xml(name):
            check_text(LABEL.sub("\x00", _raw_text(data)), values, "XML part text", report)
        check_bytes(data, values, "part bytes", report)
    return report
