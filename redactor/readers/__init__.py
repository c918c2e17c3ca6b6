"""One reader per input format; `read_document` picks it by file suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from redactor.documents import Document, file_sha256
from redactor.errors import EmptyDocument, UnreadableDocument, UnsupportedFormat
from redactor.readers import docx, email, pdf, text

Reader = Callable[[Path], Document]

READERS: dict[str, Reader] = {
    ".txt": text.read_text,
    ".md": text.read_text,
    ".pdf": pdf.read_pdf,
    ".eml": email.read_eml,
    ".docx": docx.read_docx,
}

SUPPORTED_SUFFIXES = frozenset(READERS)


def read_document(path: Path) -> Document:
    """Read any supported file; raise a DocumentError saying why it cannot be."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnsupportedFormat(path, f"unsupported file type '{path.suffix or '(none)'}'")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableDocument(path, f"cannot be read: {exc.strerror}") from None
    if size == 0:
        raise EmptyDocument(path, "zero-byte file")
    document = reader(path)
    document.sha256 = file_sha256(path)
    return document
