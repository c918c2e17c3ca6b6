"""PDF text layer through pypdf, page by page, page numbers kept.

A PDF that is encrypted, damaged, or whose pages carry no text (a scan) is not
guessed at: it raises, and the batch quarantines it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from redactor.documents import Document, Page
from redactor.errors import EncryptedDocument, NoTextLayer, UnreadableDocument

# A page whose text layer has fewer letters or digits than this, while other
# pages have text, is treated as a scanned page inside a text PDF.
MIN_CHARS_PER_PAGE = 1

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(path: Path) -> Document:
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            raise EncryptedDocument(path, "PDF is encrypted")
        texts = [page.extract_text() or "" for page in reader.pages]
    except EncryptedDocument:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadableDocument(path, f"damaged PDF ({type(exc).__name__})") from None
    except Exception as exc:  # pypdf raises many types on broken files
        raise UnreadableDocument(path, f"damaged PDF ({type(exc).__name__})") from None
    if not texts:
        raise UnreadableDocument(path, "PDF has no pages")
    blank = [
        number
        for number, text in enumerate(texts, start=1)
        if sum(ch.isalnum() for ch in text) < MIN_CHARS_PER_PAGE
    ]
    if len(blank) == len(texts):
        raise NoTextLayer(path, "PDF has no text layer (scanned pages)")
    if blank:
        # A page without text may be a scan of a statement; releasing the rest
        # without looking at it is not an option.
        pages = ", ".join(str(n) for n in blank)
        raise NoTextLayer(path, f"page(s) {pages} have no text layer (scanned pages)")
    pages = [Page(number, text) for number, text in enumerate(texts, start=1)]
    return Document(path=path, kind="pdf", pages=pages)
