"""Word fixtures generated on the fly: python-docx for the document, lxml and zip
edits for what python-docx does not write (tracked changes, footnotes, custom
properties, custom XML, embedded objects, macros)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Inches
from lxml import etree
from PIL import Image

VICTIM = "Jennifer Ruiz"
SUSPECT = "Marcus Delgado"
WITNESS = "Alan Whitcomb"
SSN = "123-45-6789"
VICTIM_DOB = "04/12/1988"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _run(text: str, tag: str = "t") -> etree._Element:
    run = etree.Element(qn("w:r"))
    t = etree.SubElement(run, qn(f"w:{tag}"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def _revision(kind: str, text: str, rid: int) -> etree._Element:
    """A tracked insertion ("ins") or deletion ("del") by a named author."""
    el = etree.Element(qn(f"w:{kind}"))
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), "Officer Lane")
    el.set(qn("w:date"), "2024-03-02T10:00:00Z")
    el.append(_run(text, "delText" if kind == "del" else "t"))
    return el


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def rewrite_zip(path: Path, changes: dict[str, bytes | None]) -> Path:
    """Replace, add (bytes) or delete (None) parts of the zip at `path`."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    for name, data in changes.items():
        if data is None:
            parts.pop(name, None)
        else:
            parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def add_part(
    path: Path, name: str, data: bytes, content_type: str, rel_type: str, source: str = "word/document.xml"
) -> str:
    """Add a part with its content-type override and a relationship from `source`; returns the rId."""
    types = etree.fromstring(_part(path, "[Content_Types].xml"))
    override = etree.SubElement(types, f"{{{CT_NS}}}Override")
    override.set("PartName", f"/{name}")
    override.set("ContentType", content_type)
    folder, base = source.rsplit("/", 1) if "/" in source else ("", source)
    rels_name = f"{folder}/_rels/{base}.rels" if folder else "_rels/.rels"
    rels = etree.fromstring(_part(path, rels_name))
    rid = f"rIdX{len(rels) + 1}"
    rel = etree.SubElement(rels, f"{{{REL_NS}}}Relationship")
    rel.set("Id", rid)
    rel.set("Type", rel_type)
    target = name[len(folder) + 1 :] if folder and name.startswith(folder + "/") else f"/{name}"
    rel.set("Target", target)
    rewrite_zip(
        path,
        {
            name: data,
            "[Content_Types].xml": etree.tostring(types, xml_declaration=True, encoding="UTF-8"),
            rels_name: etree.tostring(rels, xml_declaration=True, encoding="UTF-8"),
        },
    )
    return rid


def edit_document_xml(path: Path, edit) -> Path:
    root = etree.fromstring(_part(path, "word/document.xml"))
    edit(root)
    return rewrite_zip(
        path, {"word/document.xml": etree.tostring(root, xml_declaration=True, encoding="UTF-8")}
    )


def report_docx(path: Path) -> Path:
    """A family-violence incident report with the victim's name, an SSN and the witness in
    every place a .docx can hide text."""
    document = docx.Document()
    core = document.core_properties
    core.title = f"Incident report {VICTIM}"
    core.author = VICTIM
    core.subject = f"Complainant {VICTIM}"
    core.keywords = SSN
    core.last_modified_by = VICTIM
    core.comments = f"victim {VICTIM}"
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Case 2024-018833. Complainant SSN: {SSN}"
    section.footer.paragraphs[0].text = f"Prepared for court. Victim SSN: {SSN}"

    heading = document.add_paragraph()
    heading.add_run("NEW HAVEN POLICE DEPARTMENT INCIDENT REPORT").bold = True
    document.add_paragraph("Offense: Assault 3rd (53a-61) (Family Violence)")
    narrative = document.add_paragraph("Officers responded to a domestic disturbance. The victim, ")
    narrative.add_run(VICTIM)
    narrative.add_run(", stated that Marcus Delgado struck her. ")
    narrative.add_run("Delgado was arrested at the scene.").bold = True
    commented = document.add_paragraph("Ruiz declined medical treatment at the scene.")
    document.add_comment(
        commented.runs, text=f"Call {VICTIM} before release. SSN {SSN}.", author="Officer Lane", initials="OL"
    )
    hidden = document.add_paragraph("Advocate notified. ")
    hidden.add_run(f"Internal: {VICTIM} is staying with her sister.").font.hidden = True

    revised = document.add_paragraph("The complainant ")
    revised._p.append(_revision("del", f"{VICTIM} ", 901))
    revised._p.append(_revision("ins", "(named above) ", 902))
    revised._p.append(_run("gave a written statement. "))
    revised._p.append(_revision("ins", "Follow-up interview scheduled.", 903))

    field = document.add_paragraph("Contact: ")
    for piece, tag in (
        ("begin", None),
        (f' HYPERLINK "mailto:{VICTIM.lower().replace(" ", ".")}@example.org" ', "instrText"),
        ("separate", None),
        ("email on file", "t"),
        ("end", None),
    ):
        if tag is None:
            run = etree.SubElement(field._p, qn("w:r"))
            etree.SubElement(run, qn("w:fldChar")).set(qn("w:fldCharType"), piece)
        else:
            field._p.append(_run(piece, tag))

    document.add_paragraph("Involved persons")
    rows = [
        ("Role", "Name", "DOB"),
        ("V", VICTIM, VICTIM_DOB),
        ("S", SUSPECT, "09/30/1985"),
        ("W", WITNESS, "01/02/1970"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value

    picture = document.add_paragraph().add_run()
    picture.add_picture(io.BytesIO(_png()), width=Inches(0.5))
    doc_pr = picture._r.find(".//" + qn("wp:docPr"))
    doc_pr.set("descr", f"Photo of {VICTIM}")
    doc_pr.set("title", VICTIM)
    document.add_paragraph(f"Her SSN: {SSN}. Reference ").add_run().element.append(_footnote_reference(1))
    document.settings.element.append(etree.Element(qn("w:trackRevisions")))
    document.paragraphs[1]._p.set(qn("w:rsidR"), "00AB12CD")
    document.save(str(path))

    add_part(
        path,
        "word/footnotes.xml",
        _footnotes(f"Statement taken from {VICTIM} on scene."),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        f"{OFFICE_RELS}/footnotes",
    )
    add_part(
        path,
        "docProps/custom.xml",
        _custom_properties({"Complainant": VICTIM, "ComplainantSSN": SSN}),
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        f"{OFFICE_RELS}/custom-properties",
        source="",
    )
    add_part(
        path,
        "customXml/item1.xml",
        f"<case><victim>{VICTIM}</victim></case>".encode(),
        "application/xml",
        f"{OFFICE_RELS}/customXml",
    )
    return path


def _footnote_reference(number: int) -> etree._Element:
    ref = etree.Element(qn("w:footnoteReference"))
    ref.set(qn("w:id"), str(number))
    return ref


def _footnotes(text: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()


def _custom_properties(values: dict[str, str]) -> bytes:
    props = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" name="{name}">'
        f"<vt:lpwstr>{value}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{props}</Properties>'
    ).encode()


def revisions_docx(path: Path) -> Path:
    """Every kind of revision record: a move, a formatting change, an inserted paragraph
    mark, a tracked row deletion, each near the victim's name."""
    document = docx.Document()
    moved = document.add_paragraph("Statement: ")
    move_from = etree.SubElement(moved._p, qn("w:moveFrom"))
    move_from.set(qn("w:id"), "11")
    move_from.set(qn("w:author"), VICTIM)
    move_from.append(_run(f"{VICTIM} moved out. "))
    move_to = etree.SubElement(moved._p, qn("w:moveTo"))
    move_to.set(qn("w:id"), "12")
    move_to.append(_run("She moved out."))
    changed = document.add_paragraph()
    run = changed.add_run(f"Reported by {VICTIM}.")
    run.bold = True
    change = etree.SubElement(run._r.get_or_add_rPr(), qn("w:rPrChange"))
    change.set(qn("w:id"), "13")
    change.set(qn("w:author"), VICTIM)
    etree.SubElement(change, qn("w:rPr"))
    mark = etree.SubElement(changed._p.get_or_add_pPr(), qn("w:rPr"))
    etree.SubElement(mark, qn("w:ins")).set(qn("w:id"), "14")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "V", "Kept row"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "V", f"{VICTIM} deleted row"
    row_pr = table.rows[1]._tr.get_or_add_trPr()
    etree.SubElement(row_pr, qn("w:del")).set(qn("w:id"), "15")
    document.save(str(path))
    return path


_MORE_PLACES = f"""<w:wrap xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>
<w:p><w:r><w:t>Box: {VICTIM}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape alt="{VICTIM}"><v:textbox><w:txbxContent>
<w:p><w:r><w:t>Box: {VICTIM}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>
<w:p><w:fldSimple w:instr=" AUTHOR {VICTIM} "><w:r><w:t>{VICTIM}</w:t></w:r></w:fldSimple></w:p>
<w:p><w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="{VICTIM}" w:value="V1"/></w:dropDownList>
</w:sdtPr><w:sdtContent><w:r><w:t>choice</w:t></w:r></w:sdtContent></w:sdt></w:p>
</w:wrap>"""


def more_places_docx(path: Path) -> Path:
    """A text box (written twice, as DrawingML and VML fallback, with VML alt text), a simple
    field whose instruction names the victim, and a drop-down list item."""
    simple_docx(path, [f"The victim, {VICTIM}, was interviewed."])

    def insert(root: etree._Element) -> None:
        body = root.find(qn("w:body"))
        for index, paragraph in enumerate(etree.fromstring(_MORE_PLACES)):
            body.insert(index, paragraph)

    return edit_document_xml(path, insert)


def simple_docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def split_runs_docx(path: Path, runs: list[tuple[str, dict[str, bool]]]) -> Path:
    """One paragraph whose runs carry the given text and formatting (bold/italic/hidden)."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, style in runs:
        run = paragraph.add_run(text)
        run.bold = style.get("bold")
        run.italic = style.get("italic")
        run.font.hidden = style.get("hidden")
    document.save(str(path))
    return path


def with_embedded_object(path: Path) -> Path:
    """A report with an OLE object (word/embeddings + w:object), as Word writes an embedded sheet."""
    simple_docx(
        path, ["Offense: Assault 3rd (53a-61) (Family Violence)", f"The victim, {VICTIM}, was interviewed."]
    )
    rid = add_part(
        path,
        "word/embeddings/oleObject1.bin",
        f"OLE data {VICTIM}".encode(),
        "application/vnd.openxmlformats-officedocument.oleObject",
        f"{OFFICE_RELS}/oleObject",
    )

    def embed(root: etree._Element) -> None:
        body = root.find(qn("w:body"))
        paragraph = etree.Element(qn("w:p"))
        run = etree.SubElement(paragraph, qn("w:r"))
        obj = etree.SubElement(run, qn("w:object"))
        ole = etree.SubElement(obj, "{urn:schemas-microsoft-com:office:office}OLEObject")
        ole.set("ProgID", "Excel.Sheet.12")
        ole.set(f"{{{OFFICE_RELS}}}id", rid)
        body.insert(0, paragraph)

    return edit_document_xml(path, embed)


def with_macros(path: Path) -> Path:
    simple_docx(path, [f"The victim, {VICTIM}, was interviewed."])
    add_part(
        path,
        "word/vbaProject.bin",
        b"\xd0\xcf\x11\xe0 macro",
        "application/vnd.ms-office.vbaProject",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
    )
    return path


def with_alt_chunk(path: Path) -> Path:
    simple_docx(path, [f"The victim, {VICTIM}, was interviewed."])
    rid = add_part(
        path,
        "word/afchunk.htm",
        f"<html><body>{VICTIM}</body></html>".encode(),
        "text/html",
        f"{OFFICE_RELS}/aFChunk",
    )

    def chunk(root: etree._Element) -> None:
        alt = etree.Element(qn("w:altChunk"))
        alt.set(f"{{{OFFICE_RELS}}}id", rid)
        root.find(qn("w:body")).insert(0, alt)

    return edit_document_xml(path, chunk)


def damaged_docx(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def encrypted_docx(path: Path) -> Path:
    """The shape of a password-protected .docx: an OLE compound file holding EncryptedPackage."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)
    return path
