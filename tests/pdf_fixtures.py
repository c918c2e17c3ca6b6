"""PDF fixtures generated on the fly (see tests/resources/README.md)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter


def text_pdf(path: Path, pages: list[str]) -> Path:
    pdf = FPDF(format="Letter")
    pdf.set_font("Helvetica", size=10)
    for body in pages:
        pdf.add_page()
        for line in body.split("\n"):
            pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def image_only_pdf(path: Path) -> Path:
    """A page with a drawn shape and no text layer, standing in for a scan."""
    pdf = FPDF(format="Letter")
    pdf.add_page()
    pdf.set_fill_color(30, 30, 30)
    pdf.rect(20, 20, 120, 40, style="F")
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path, source: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def broken_pdf(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def pdf_with_hidden_places(path: Path, body: str, secret: str) -> Path:
    """A text PDF whose Title, Author and a text annotation also hold `secret`."""
    pdf = FPDF(format="Letter")
    pdf.set_title(f"Report {secret}")
    pdf.set_author(secret)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in body.split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.text_annotation(20, 200, f"note: {secret}")
    pdf.output(str(path))
    return path


def incremental_update(path: Path, source: Path, old_text: str, new_text: str) -> Path:
    """`source` with an incremental update that rewrites the first page's content,
    so the earlier revision (holding `old_text`) stays in the file's bytes."""
    from pypdf.generic import ContentStream, DecodedStreamObject, NameObject

    writer = PdfWriter(str(source), incremental=True)
    page = writer.pages[0]
    content = page.get_contents()
    data = content.get_data() if content is not None else b""
    stream = DecodedStreamObject()
    stream.set_data(data.replace(old_text.encode("latin-1"), new_text.encode("latin-1")))
    page[NameObject("/Contents")] = writer._add_object(stream)
    del ContentStream
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _render_pages(source: Path, dpi: int) -> list:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source))
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def scanned_pdf(
    path: Path, pages: list[str], keep_text: frozenset[int] = frozenset(), source: Path | None = None
) -> Path:
    """A PDF whose pages are pictures of typed text, as a scanner makes them. Pages whose
    index is in `keep_text` stay text pages (a mixed document). The typed original is
    kept at `source` when given (to find where a value sat), else deleted."""
    import io

    typed = text_pdf(source or path.with_suffix(".typed.tmp"), pages)
    images = _render_pages(typed, 200)
    out = PdfWriter()
    for index, image in enumerate(images):
        if index in keep_text:
            out.add_page(PdfReader(typed).pages[index])
            continue
        page_pdf = FPDF(unit="pt", format="Letter")
        page_pdf.add_page()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        page_pdf.image(buffer, x=0, y=0, w=page_pdf.w, h=page_pdf.h)
        out.add_page(PdfReader(io.BytesIO(bytes(page_pdf.output()))).pages[0])
    if source is None:
        typed.unlink()
    with path.open("wb") as handle:
        out.write(handle)
    return path


def rotated_pdf(path: Path, body: str, degrees: int = 90) -> Path:
    """A text page stored with /Rotate, as scanners and landscape exports make them."""
    writer = PdfWriter(clone_from=PdfReader(text_pdf(path.with_suffix(".tmp"), [body])))
    writer.pages[0].rotate(degrees)
    path.with_suffix(".tmp").unlink()
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def pdf_with_form_attachment_xmp(path: Path, body: str, secret: str) -> Path:
    """A text PDF with `secret` in a filled form field, an attached file and XMP metadata."""
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(text_pdf(path.with_suffix(".tmp"), [body])))
    path.with_suffix(".tmp").unlink()
    field = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("ssn"),
            NameObject("/V"): TextStringObject(secret),
            NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 72, 300, 92)]),
        }
    )
    ref = writer._add_object(field)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject([ref]), NameObject("/NeedAppearances"): BooleanObject(True)}
    )
    writer.add_attachment("statement.txt", f"Statement of {secret}".encode())
    xmp = DecodedStreamObject()
    xmp.set_data(
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + secret.encode() + b"</dc:creator>"
        b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def text_page_with_picture(path: Path, body: str, picture_text: str) -> Path:
    """A text page that also carries a large picture of typed text (a pasted statement)."""
    import io

    picture = _render_pages(text_pdf(path.with_suffix(".pic.tmp"), [picture_text]), 100)[0]
    path.with_suffix(".pic.tmp").unlink()
    pdf = FPDF(format="Letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, body, new_x="LMARGIN", new_y="NEXT")
    buffer = io.BytesIO()
    picture.crop((0, 0, picture.width, picture.height // 2)).save(buffer, format="PNG")
    buffer.seek(0)
    pdf.image(buffer, x=10, y=40, w=190)
    pdf.output(str(path))
    return path
