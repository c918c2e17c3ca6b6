"""The common currency of the pipeline: a document is a list of pages of text.

Readers produce it; everything after them is blind to the input format.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    """One page of text; `number` is 1-based as printed on the page.

    `ocr` holds the words and boxes Tesseract read when the page had no text
    layer (redactor.ocr.OcrWord); it is empty for pages with their own text.
    """

    number: int
    text: str
    ocr: tuple = ()


@dataclass
class Document:
    """A readable input: where it came from, its format and its pages."""

    path: Path
    kind: str
    pages: list[Page]
    sha256: str = ""

    @property
    def text(self) -> str:
        return PAGE_SEPARATOR.join(page.text for page in self.pages)

    def page_offsets(self) -> list[int]:
        """Start offset of each page inside `text`."""
        offsets, position = [], 0
        for page in self.pages:
            offsets.append(position)
            position += len(page.text) + len(PAGE_SEPARATOR)
        return offsets


PAGE_SEPARATOR = "\n\f\n"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
