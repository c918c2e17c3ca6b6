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
