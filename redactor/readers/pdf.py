"""PDF text page by page: the text layer through pypdf, scanned pages through OCR.

A PDF that is encrypted or damaged is not guessed at: it raises, and the batch
quarantines it. A page with no text layer is read by Tesseract (redactor.ocr)
and keeps its word boxes; if OCR is unavailable or cannot read the page, the
document is quarantined. Mixed documents work page by page.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from redactor.documents import Document, Page
from redactor.errors import EncryptedDocument, UnexaminedPicture, UnreadableDocument
from redactor.ocr import ocr_page

# A page whose text layer has fewer letters or digits than this is a scan.
MIN_CHARS_PER_PAGE = 1
# A picture covering this share of a page that has text may itself be text (a pasted
# statement or ID); it is not read, so the document goes to a person instead.
LARGE_PICTURE_SHARE = 0.25

logging.getLogger("pypdf").setLevel(logging.ERROR)


def _has_text(text: str) -> bool:
    return sum(ch.isalnum() for ch in text) >= MIN_CHARS_PER_PAGE


def read_pdf(path: Path) -> Document:
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            raise EncryptedDocument(path, "PDF is encrypted")
        texts = [page.extract_text() or "" for page in reader.pages]
    except EncryptedDocument:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        kind = "damaged PDF" if isinstance(exc, PdfReadError | OSError | ValueError) else "unreadable PDF"
        raise UnreadableDocument(path, f"{kind} ({type(exc).__name__})") from None
    if not texts:
        raise UnreadableDocument(path, "PDF has no pages")
    pages = [Page(number, text) for number, text in enumerate(texts, start=1) if _has_text(text)]
    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pages:
            if _large_picture(pdf[page.number - 1]):
                raise UnexaminedPicture(
                    path, f"page {page.number} holds a large picture beside its text, which is not read"
                )
        for number, text in enumerate(texts, start=1):
            if not _has_text(text):
                ocr_text, words = ocr_page(pdf[number - 1], path, number)
                pages.append(Page(number, ocr_text, words))
    finally:
        pdf.close()
    pages.sort(key=lambda page: page.number)
    return Document(path=path, kind="pdf", pages=pages)


def _large_picture(page) -> bool:
    """True when one image on the page covers LARGE_PICTURE_SHARE of it or more."""
    width, height = page.get_size()
    for image in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= LARGE_PICTURE_SHARE * width * height:
            return True
    return False
