"""Plain text and Markdown: one page, decoded as UTF-8 (Windows-1252 as a fallback)."""

from __future__ import annotations

from pathlib import Path

from redactor.documents import Document, Page
from redactor.errors import EmptyDocument, UnreadableDocument


def read_text(path: Path) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(path, f"cannot be read: {exc.strerror}") from None
    if b"\x00" in raw[:4096]:
        raise UnreadableDocument(path, "binary content in a text file")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Exports from older office systems are often Windows-1252; it decodes any byte
        # string except five unused code points, which we refuse rather than guess.
        try:
            content = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise UnreadableDocument(path, "text is neither UTF-8 nor Windows-1252") from None
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if not content.strip():
        raise EmptyDocument(path, "no text in the file")
    return Document(path=path, kind="text", pages=[Page(1, content)])
